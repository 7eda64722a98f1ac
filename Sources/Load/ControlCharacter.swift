/// The characters the format refuses: C0 controls other than tab, line feed and carriage return, DEL,
/// and the noncharacters U+FFFE and U+FFFF, which XML 1.0 forbids (the template engine would refuse
/// them at render time; refusing them on load tells `check` too, with the line and column); and the
/// bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069, Unicode UAX #9),
/// which make a name print in another order than the editor shows ("Trojan Source", CVE-2021-42574):
/// Vietnamese is written left to right and never needs them.
enum ControlCharacter {
    static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || scalar.value == 0x7F
            || scalar.value == 0xFFFE || scalar.value == 0xFFFF
            || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// `U+0007`.
    static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(4 - hex.count, 0)) + hex
    }

    /// The first refused character of a text with its 1-based line and column (columns count scalars).
    static func first(in text: String) -> (line: Int, column: Int, scalar: String)? {
        var position = LineColumnCounter()
        for scalar in text.unicodeScalars {
            if isRefused(scalar) { return (position.line, position.column, name(scalar)) }
            position.advance(over: scalar)
        }
        return nil
    }
}
