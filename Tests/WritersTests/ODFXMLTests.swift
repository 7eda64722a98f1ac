import DocumentTree
import Testing
@testable import ODFWriting
@testable import WriterSupport

@Suite("ODF XML helpers")
struct ODFXMLTests {
    @Test("lengths print with at most three decimals, no trailing zeros, whatever the locale", arguments: [
        (20.0, "20"), (82.5, "82.5"), (1.0 / 3, "0.333"), (9.55, "9.55"), (-0.0004, "0"), (-2.5, "-2.5"), (Double.nan, "0"),
    ])
    func numbers(_ value: Double, _ expected: String) {
        #expect(ODFXML.number(value) == expected)
    }

    @Test("escaping keeps tabs and new lines, drops other control characters and noncharacters")
    func escaping() {
        #expect(ODFXML.escape("a\tb\nc\rd\u{0}e\u{1F}f\u{7F}g\u{FFFE}h\u{10FFFF}") == "a\tb\nc\rdef\u{7F}gh\u{10FFFF}")
        #expect(ODFXML.escape("<&>\"'") == "&lt;&amp;&gt;&quot;'")
    }
}

@Suite("XML escaping, fast path")
struct ODFXMLFastPathTests {
    @Test("text needs escaping exactly when escaping changes it")
    func needsEscapingMatchesEscape() {
        let samples = ["", "Đảng bộ xã Tân Lễ", "a&b", "<", ">", "\"", "'", "tab\there", "line\nbreak", "\r", "\u{0}", "\u{1F}",
                       "\u{7F}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "x\u{FFEF}y", "\u{EFBF}", "ế\u{BF}", "\u{10FFFF}", "😀"]
        for text in samples {
            let changed = Array(ODFXML.escapeScalars(text).unicodeScalars) != Array(text.unicodeScalars)
            #expect(ODFXML.needsEscaping(text.utf8) == changed, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("a text is collapsed exactly when collapsing white space as HTML does leaves it as it is, read from a String or its bytes")
    func collapsedMatchesCollapsing() {
        let samples = ["", " ", "a", " a", "a ", "a b", "a  b", "a\tb", "a\nb", "a\u{A0}b", "Nguyễn Văn An", "Nguyễn  Văn",
                       "a long text with no double space at all, longer than a small string", "a long text  with a double space in it, long"]
        for text in samples {
            let collapsed = text.split(whereSeparator: { " \t\n\r\u{0C}".unicodeScalars.contains($0.unicodeScalars.first!) })
                .joined(separator: " ")
            #expect(XMLText.isCollapsed(text) == (!text.isEmpty && collapsed == text), "\(text)")
            #expect(XMLText.isCollapsed(text) == XMLText.isCollapsed(text.utf8), "\(text)")
        }
    }

}
