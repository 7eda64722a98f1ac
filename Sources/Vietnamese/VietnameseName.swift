/// A Vietnamese full name in its written order: họ (family), tên đệm (middle), tên (given).
///
/// "Nguyễn Thị Minh Khai" has the family name "Nguyễn", the middle "Thị Minh" and the given name "Khai".
/// A one-word name is a given name only.
public struct VietnameseName: Sendable, Hashable {
    /// Họ — the first word.
    public var family: String
    /// Tên đệm — the words between, possibly none.
    public var middle: [String]
    /// Tên — the last word, by which lists are ordered.
    public var given: String

    public init(_ fullName: String) {
        let words = VietnameseText.normalized(fullName).split(whereSeparator: \.isWhitespace).map(String.init)
        switch words.count {
        case 0: (family, middle, given) = ("", [], "")
        case 1: (family, middle, given) = ("", [], words[0])
        default: (family, middle, given) = (words[0], Array(words[1..<(words.count - 1)]), words[words.count - 1])
        }
    }

    /// The words in the order a "vần A, B, C" list compares them: given, then middle, then family.
    public var collationOrder: [String] {
        [given] + middle + (family.isEmpty ? [] : [family])
    }
}
