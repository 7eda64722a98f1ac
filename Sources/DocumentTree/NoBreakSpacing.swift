/// Khoảng trắng không ngắt — where a line may not break between two words: after "≥" and "≤" ("≥ 50%" never
/// leaves "≥" at a line's end) and between a number and its unit ("15 phút", "300 đại biểu", "1 vụ/năm"),
/// the space becoming a no-break space (U+00A0). Issue 15; the typographer's rule that a figure never stands
/// apart from what it counts (Vietnamese writes "50%" with no space at all, so a percent needs nothing).
///
/// Applied by the tree reader to every text as it arrives (``Whitespace/Children``), so both writers get it
/// and no template or view model spells a no-break space; a text with no digit, "≥" or "≤" is returned as it is.
public enum NoBreakSpacing {
    /// The units a number keeps on its line: time, people and votes counted in a congress's papers, quantities
    /// of a report's targets. Lower case: a capital after a number begins something else.
    public static let units: [String] = [
        "giây", "phút", "giờ", "ngày", "tuần", "tháng", "năm", "người", "đồng chí", "đại biểu", "đảng viên",
        "phiếu", "chi bộ", "đảng bộ", "hộ", "lượt", "vụ", "đồng", "nghìn", "triệu", "tỷ", "ha", "km", "kg", "tấn",
    ]

    /// The units as scalars, longest first ("đồng chí" before "đồng").
    private static let unitScalars: [[Unicode.Scalar]] = units.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

    /// `text` with a no-break space after "≥" and "≤" and between a number and the unit after it.
    public static func apply(_ text: String) -> String {
        // On the string's own bytes when it has them in one piece: through the UTF-8 view's iterator the test
        // cost about 300 instructions a table cell, the whole of `apply` 465 on average; so 228 (callgrind, a 300-delegate list).
        guard text.utf8.withContiguousStorageIfAvailable({ mayNeedBinding($0) }) ?? mayNeedBinding(text.utf8) else { return text }
        var scalars = Array(text.unicodeScalars)
        var changed = false
        var index = 1
        while index < scalars.count {
            defer { index += 1 }
            guard scalars[index] == " " else { continue }
            let before = scalars[index - 1]
            if before == "≥" || before == "≤" {
                scalars[index] = "\u{00A0}"
                changed = true
            } else if before.properties.numericType == .decimal, let unit = unit(in: scalars, at: index + 1) {
                scalars[index] = "\u{00A0}"
                for inner in (index + 1)..<(index + 1 + unit.count) where scalars[inner] == " " { scalars[inner] = "\u{00A0}" }
                changed = true
            }
        }
        guard changed else { return text }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }

    /// Whether `bytes` hold a digit or "≥" / "≤" (E2 89 A5 / E2 89 A4) followed by a space: the one test most
    /// texts take, on their bytes, with nothing allocated.
    static func mayNeedBinding<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in bytes {
            if byte == 0x20 {
                if (0x30...0x39).contains(previous) { return true }
                if (previous == 0xA4 || previous == 0xA5) && beforePrevious == 0x89 { return true }
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// The unit that starts at `start` and ends at a word's end (the text's end, a space or punctuation). A unit
    /// word followed by a number labels that number and belongs to it, not to the one before: "ngày 19 tháng 5
    /// năm 2020", "16 giờ 45" are left as they are.
    private static func unit(in scalars: [Unicode.Scalar], at start: Int) -> [Unicode.Scalar]? {
        unitScalars.first { unit in
            let end = start + unit.count
            guard end <= scalars.count, scalars[start..<end].elementsEqual(unit) else { return false }
            if end == scalars.count { return true }
            if scalars[end].properties.isAlphabetic || scalars[end].properties.numericType != nil { return false }
            return !(scalars[end] == " " && end + 1 < scalars.count && scalars[end + 1].properties.numericType == .decimal)
        }
    }
}
