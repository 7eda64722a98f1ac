/// The bytes of a PDF file as they are made: ASCII tokens, numbers and strings appended to one `[UInt8]`,
/// never a `String` per glyph. Numbers are written the same way on every machine (no locale, no exponent).
struct PDFBytes {
    var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    var count: Int { bytes.count }

    @inline(__always) mutating func append(_ byte: UInt8) { bytes.append(byte) }

    mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }

    /// ASCII text (PDF keywords, names, the fixed parts of dictionaries).
    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Text known to be ASCII (names built here, XML made here, decimal figures).
    mutating func appendText(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// A whole number in decimal.
    mutating func append(int value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        var divisor: UInt = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude / divisor % 10))
            divisor /= 10
        }
    }

    /// A real number rounded to 1/1000 (a thousandth of a point: far finer than a printer's dot), trailing
    /// zeros dropped: `72`, `72.5`, `-0.125`. Not finite → 0.
    mutating func append(real value: Double) {
        guard value.isFinite, value.magnitude < 1e15 else { bytes.append(UInt8(ascii: "0")); return }
        append(thousandths: Int((value * 1000).rounded()))
    }

    /// A number given in thousandths, as `append(real:)` writes it.
    mutating func append(thousandths: Int) {
        if thousandths < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = thousandths.magnitude
        append(int: Int(magnitude / 1000))
        var fraction = Int(magnitude % 1000)
        guard fraction != 0 else { return }
        bytes.append(UInt8(ascii: "."))
        var divisor = 100
        while fraction != 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / divisor))
            fraction %= divisor
            divisor /= 10
        }
    }

    /// `n 0 R`, a reference to object `n`.
    mutating func append(reference object: Int) {
        append(int: object)
        append(" 0 R")
    }

    static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// Two bytes of a glyph or character code as four hex digits (inside `<…>`).
    @inline(__always) mutating func appendHex16(_ value: UInt16) {
        bytes.append(Self.hexDigits[Int(value >> 12)])
        bytes.append(Self.hexDigits[Int(value >> 8 & 0xF)])
        bytes.append(Self.hexDigits[Int(value >> 4 & 0xF)])
        bytes.append(Self.hexDigits[Int(value & 0xF)])
    }

    /// A text string (`/Title`, an outline entry) as UTF-16BE with its byte order mark, in hex: any
    /// character, and nothing in it can close the string. Control characters become U+FFFD.
    mutating func append(textString text: String) {
        append("<FEFF")
        for unit in PDFText.printable(text).utf16 { appendHex16(unit) }
        append(">")
    }
}

/// What text may stand in a PDF's metadata.
enum PDFText {
    /// `text` with every control character (C0, DEL, C1) and noncharacter U+FFFE/U+FFFF replaced by U+FFFD;
    /// a tab, line feed or carriage return becomes a space.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" || scalar == "\n" || scalar == "\r" { scalars.append(" ") }
            else if isControl(scalar) { scalars.append("\u{FFFD}") }
            else { scalars.append(scalar) }
        }
        return String(scalars)
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }
}
