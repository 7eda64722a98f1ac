import DocumentTree
import PDFDrawing
import Testing
@testable import PaperLayout

/// How a paragraph is set into lines: first fit at plain spaces, justified but for the last line, the first-line
/// indent, the exact line pitch, widows and orphans; all positions worked out by hand with ``FixedMetrics``.
@Suite("Paper layout: lines")
struct LineSettingTests {
    static let pt = 72 / 25.4
    static let profile = FormatProfile.hd36_2018
    /// The text area: 210 − 30 − 15 mm.
    static let textWidth = 165 * pt
    static let left = 30 * pt
    static let top = 20 * pt

    static func document(_ body: [Node], profile: FormatProfile = profile) -> Document {
        Document(name: "test", title: "Thử", body: body, profile: profile)
    }

    static func paragraph(_ text: String, classes: String? = nil) -> Node {
        .element(Element(name: "p", attributes: classes.map { [Attribute(name: "class", value: $0)] } ?? [], children: [.text(text)]))
    }

    static func layout(_ body: [Node], profile: FormatProfile = profile) -> [DrawnPage] {
        PaperLayout(metrics: FixedMetrics()).pages(of: document(body, profile: profile))
    }

    @Test("a paragraph breaks at plain spaces, first fit; every line but the last is justified to the right edge")
    func justified() throws {
        // 14 pt: a 10-letter word is 70 pt, a space 3.5 pt. The first line (less the 10 mm indent) is 439.37 pt, the
        // others 467.72 pt: six words and five spaces (437.5 pt) fit, a seventh (511 pt) does not: 6 + 6 + 6 + 2.
        let word = "abcdefghij"
        let pages = Self.layout([Self.paragraph(Array(repeating: word, count: 20).joined(separator: " "))])
        #expect(pages.count == 1)
        let runs = pages[0].texts
        // Each word of a stretched line is a run of its own; the last line, not stretched, is one run.
        #expect(runs.count == 19)
        #expect(runs[18].text == "abcdefghij abcdefghij")
        let baselines = Array(Set(runs.map(\.baseline))).sorted()
        #expect(baselines.count == 4)
        #expect(runs.filter { $0.baseline == baselines[0] }.count == 6)
        // First line: starts at the indent, its last word ends at the right edge; the second starts at the margin.
        #expect(abs(runs[0].x - (Self.left + 10 * Self.pt)) < 0.001)
        #expect(abs(runs[5].x + 70 - (Self.left + Self.textWidth)) < 0.001)
        #expect(abs(runs[6].x - Self.left) < 0.001)
        #expect(abs(runs[11].x + 70 - (Self.left + Self.textWidth)) < 0.001)
        // The last line starts at the margin.
        #expect(abs(runs[18].x - Self.left) < 0.001)
        // Exact pitch 18 pt, the baseline at 80 % of the first line (LibreOffice's fixed line height).
        #expect(abs(baselines[0] - (Self.top + 14.4)) < 0.001)
        #expect(abs(baselines[1] - baselines[0] - 18) < 0.001)
    }

    @Test("a no-break space never breaks a line; a word wider than the line breaks between characters")
    func noBreakAndLongWord() {
        let joined = Array(repeating: "abcdefghij", count: 8).joined(separator: "\u{00A0}")   // 8 × 70 + 7 × 3.5 pt: one piece
        let pages = Self.layout([Self.paragraph("xy " + joined)])
        let runs = pages[0].texts
        // "xy" alone on the first line, the joined words on the next ones, broken between characters.
        #expect(runs[0].text == "xy")
        #expect(runs.count >= 3)
        #expect(runs.dropFirst().map(\.text).joined() == joined)
        #expect(runs.allSatisfy { $0.x + Double($0.text.unicodeScalars.count) * 0 <= Self.left + Self.textWidth })
        let long = String(repeating: "ư", count: 2_000)
        let longPages = Self.layout([Self.paragraph(long)])
        #expect(longPages[0].texts.map(\.text).joined() == long)
        // 2,000 × 7 pt on lines of 467.7 pt: 66 characters a line (the first, indented, 62).
        #expect(longPages[0].texts.count == 1 + Int(((2_000 - 62) / 66.0).rounded(.up)))
    }
}
