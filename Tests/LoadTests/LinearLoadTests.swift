import Diagnostics
import Foundation
import Load
import Testing

/// Every check is linear in its input (issue 12 §4). The inputs are large enough that the quadratic code this
/// replaced would not finish in a test run (1.2 MB of "a\u{301}" took 8 s in Foundation's NFC, growing with the
/// square; 40 000 marks on one letter took minutes in the renderer's line split), yet small for linear code.
@Suite struct LinearLoadTests {
    /// `count` letters each with a combining acute: NFC makes each one precomposed á.
    static func accented(_ count: Int) -> String { String(repeating: "a\u{301}", count: count) }

    @Test("a 2 MB name of a + combining acute loads, in NFC, and its diagnostics render")
    func megabytesOfAccents() {
        let name = Self.accented(700_000)
        let result = load(minimal(replacing: [13: "  - {id: hoa, name: \(name)}", 9: "  number: x"]))
        #expect(summary(result) == ["congress.yaml:9:11 DH104"])
        let clean = load(minimal(replacing: [13: "  - {id: hoa, name: \(name)}"]))
        #expect(clean.congress?.people.first?.name == String(repeating: "á", count: 700_000))
        let rendered = DiagnosticRenderer(sources: result.sources).render(result.diagnostics[0], language: .vi)
        #expect(rendered.hasSuffix("  number: x\n          ^"))
    }

    @Test("a megabyte of combining marks on one letter is refused where the run passes 30 marks (DH137)")
    func longRunOfMarks() {
        let marks = String(repeating: "\u{301}\u{323}", count: 500_000)
        let result = load(minimal(replacing: [13: "  - {id: hoa, name: Hòa\(marks)}"]))
        #expect(summary(result) == ["congress.yaml:13:54 DH137"])
        #expect(onlyText(result, .en) == "'congress.yaml' holds more than 30 combining marks in a row on one letter — not ordinary text (Unicode UAX #15)")
        let rendered = DiagnosticRenderer(sources: result.sources).render(result.diagnostics[0], language: .en)
        #expect(rendered.hasPrefix("congress.yaml:13:54: error [DH137]"))
        // Thirty marks are text (a stack no real letter has, but within Unicode's stream-safe bound).
        let thirty = String(repeating: "\u{301}", count: 30)
        #expect(load(minimal(replacing: [13: "  - {id: hoa, name: Hòa\(thirty)}"])).diagnostics.isEmpty)
        let escaped = String(repeating: "\\u0301", count: 31)
        #expect(summary(load(minimal(replacing: [13: "  - {id: hoa, name: \"Hòa\(escaped)\"}"]))) == ["congress.yaml:13:21 DH137"])
    }
}
