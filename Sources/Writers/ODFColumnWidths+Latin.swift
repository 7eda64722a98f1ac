/// The column-width estimate of a cell read on UTF-8 bytes, for the text of nearly every cell:
/// no `Character`, no array of words, no dictionary.
extension ODFColumnWidths {
    /// What ``measure(_:ems:)`` gives for `text`, when the text holds only ASCII and precomposed Latin
    /// letters (U+00C0–U+024F, U+1E00–U+1EFF: every Vietnamese letter in NFC); `nil` for any other text.
    ///
    /// In such text every scalar is one character (a CR LF pair aside, which is white space either way)
    /// and the white space is ASCII, so words are runs of scalars between ASCII spaces. The ems are
    /// summed in the order ``measure(_:ems:)`` sums them, so the widths are the same to the last bit.
    func measureLatin(_ text: String, heading: Bool) -> CellWidth? {
        var text = text
        return text.withUTF8 { bytes -> CellWidth? in
            var longest = 0.0
            var word = 0.0
            var inWord = false
            var words = 0
            // The first `longTextCharacters` characters of the words joined by single spaces.
            var joined = 0.0
            var joinedCount = 0
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                let em: Double
                if lead < 0x80 {
                    index += 1
                    if lead == 0x20 || (0x09...0x0D).contains(lead) {
                        if inWord { longest = max(longest, millimetres(ems: word, bold: heading)) }
                        inWord = false
                        word = 0
                        continue
                    }
                    em = Self.asciiEm(lead)
                } else if (0xC3...0xC9).contains(lead) {
                    let value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    guard value <= 0x24F else { return nil }
                    em = Self.latinEms[Int(value) - 0xC0]
                    index += 2
                } else if lead == 0xE1, (0xB8...0xBB).contains(bytes[index + 1]) {
                    let value = UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F) | 0x1000
                    em = Self.latinEms[Self.latinCount + Int(value) - 0x1E00]
                    index += 3
                } else {
                    return nil
                }
                if !inWord {
                    inWord = true
                    if words > 0, joinedCount < Self.longTextCharacters {
                        joined += Self.asciiEm(0x20)
                        joinedCount += 1
                    }
                    words += 1
                }
                word += em
                if joinedCount < Self.longTextCharacters {
                    joined += em
                    joinedCount += 1
                }
            }
            if inWord { longest = max(longest, millimetres(ems: word, bold: heading)) }
            return CellWidth(longest: longest, wanted: heading ? longest : millimetres(ems: joined, bold: false))
        }
    }

    /// The width in ems of an ASCII character, as ``em(_:)`` gives it.
    static func asciiEm(_ byte: UInt8) -> Double {
        switch byte {
        case 0x20: return 0.25
        case 0x41...0x5A: return 0.72
        case 0x30...0x39: return 0.5
        case 0x6D, 0x77: return 0.78
        default: return 0.48
        }
    }

    /// How many scalars U+00C0–U+024F are (the first block of ``latinEms``).
    static let latinCount = 0x250 - 0xC0

    /// ``em(_:)`` of U+00C0–U+024F, then of U+1E00–U+1EFF, worked out once.
    static let latinEms: [Double] = (Array(0xC0..<0x250) + Array(0x1E00..<0x1F00)).map { value in
        Unicode.Scalar(UInt32(value)).map { em(Character($0)) } ?? 0.48
    }
}
