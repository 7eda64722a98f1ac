import Testing
@testable import Writers

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
