import Foundation

/// Small XML helpers shared by the XML writers (ODF, DOCX): escaping, forbidden characters, white space, lengths.
package enum XMLText {
    /// `text` escaped for XML character data and attribute values; characters XML 1.0 forbids are dropped.
    /// Text with nothing to escape or drop (most of it) is returned as it is, without a copy.
    package static func escape(_ text: String) -> String {
        needsEscaping(text.utf8) ? escapeScalars(text) : text
    }

    /// `escape` scalar by scalar, whatever the text holds.
    package static func escapeScalars(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if isAllowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Whether `escape` would change the text, read on UTF-8 bytes: `&`, `<`, `>`, `"`, a control
    /// character other than tab, LF and CR, or U+FFFE / U+FFFF (EF BF BE / EF BF BF; EF is never a
    /// continuation byte, so those three bytes are always that character). Generic so that the bytes
    /// of a string are read in place when it has them in one piece (``ODFMarkup/append(escaping:)``).
    package static func needsEscaping<UTF8Bytes: Sequence<UInt8>>(_ utf8: UTF8Bytes) -> Bool {
        var twoBack: UInt8 = 0
        var oneBack: UInt8 = 0
        for byte in utf8 {
            // One test for the bytes below 0x40 (``escapedBelow64``); the lead of U+FFFE / U+FFFF checked when its last byte comes.
            if byte < 0x40 {
                if (escapedBelow64 >> UInt64(byte)) & 1 != 0 { return true }
            } else if byte >= 0xBE, byte <= 0xBF, twoBack == 0xEF, oneBack == 0xBF {
                return true
            }
            twoBack = oneBack
            oneBack = byte
        }
        return false
    }

    /// The bytes below 0x40 that ``needsEscaping(_:)`` looks for, one bit each: the control characters but tab, LF
    /// and CR, and `"`, `&`, `<`, `>`. One shift and test a byte instead of a switch's comparisons: the DOCX writer
    /// scans every cell of a list (126 instructions a cell of eight bytes before, callgrind).
    /// Bits 0x00–0x1F but 0x09, 0x0A, 0x0D; bits 0x22, 0x26, 0x3C, 0x3E.
    static var escapedBelow64: UInt64 { 0x5000_0044_FFFF_D9FF }

    /// Whether XML 1.0 allows `scalar` in a document (Char production; surrogates cannot occur in Swift).
    package static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value == 0x9 || value == 0xA || value == 0xD }
        return value != 0xFFFE && value != 0xFFFF
    }

    /// A length in millimetres, e.g. `30mm`, with at most three decimals and no trailing zeros.
    package static func mm(_ value: Double) -> String { number(value) + "mm" }

    /// A length in points, e.g. `14pt`.
    package static func pt(_ value: Double) -> String { number(value) + "pt" }

    /// `value` with at most three decimals, locale-independent, without trailing zeros.
    package static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let thousandths = (value * 1000).rounded()
        let negative = thousandths < 0
        let magnitude = Int64(abs(thousandths))
        // Written digit by digit: a figure is a small string, made without a string per part.
        var result = negative && magnitude != 0 ? "-" : ""
        result += String(magnitude / 1000)
        var fraction = magnitude % 1000
        if fraction != 0 { result += "." }
        // The three decimals, each one written while some non-zero decimal follows it (no trailing zero).
        var place: Int64 = 100
        while fraction != 0 {
            let digit = fraction / place
            result.unicodeScalars.append(Unicode.Scalar(UInt8(ascii: "0") + UInt8(digit)))
            fraction -= digit * place
            place /= 10
        }
        return result
    }

    /// Space, tab, LF, CR or form feed: HTML's white space.
    @inlinable
    package static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// Whether a text collapsed as HTML collapses white space stays as it is: no white space at its ends, none
    /// but single spaces inside (the spaces are ASCII; no byte of a multi-byte character is). Generic so that
    /// a string's bytes are read in place when it has them in one piece.
    package static func isCollapsed<UTF8Bytes: BidirectionalCollection<UInt8>>(_ utf8: UTF8Bytes) -> Bool {
        guard let first = utf8.first, let last = utf8.last, !isSpace(first), !isSpace(last) else { return false }
        var afterSpace = false
        for byte in utf8 {
            if byte == 0x20 {
                if afterSpace { return false }
                afterSpace = true
            } else if isSpace(byte) {
                return false
            } else {
                afterSpace = false
            }
        }
        return true
    }

    /// ``isCollapsed(_:)`` of the UTF-8 of `text`, read in place when the string has them in one piece. Called
    /// from another module the generic one is not specialised (each byte a call through a protocol witness):
    /// the DOCX writer spent 4.9 M instructions a 300-row delegate list in it, about 2,000 a cell (callgrind).
    package static func isCollapsed(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { isCollapsed($0) } ?? isCollapsed(text.utf8)
    }
}
