import Testing
import Vietnamese

@Suite("Year range")
struct YearRangeTests {
    @Test("a term reads '2025 - 2030' and holds no break opportunity: no-break spaces and a word joiner after the hyphen")
    func unbreakable() {
        let text = YearRange.text(from: 2025, to: 2030)
        #expect(text.unicodeScalars.map(\.value) == [0x32, 0x30, 0x32, 0x35, 0xA0, 0x2D, 0x2060, 0xA0, 0x32, 0x30, 0x33, 0x30])
        // Read as a reader sees it: the joiner is invisible, the spaces are spaces.
        let seen = text.replacingOccurrences(of: "\u{2060}", with: "").replacingOccurrences(of: "\u{00A0}", with: " ")
        #expect(seen == "2025 - 2030")
    }
}
