/// The Vietnamese sort key of a name read on UTF-8 bytes, for nearly every name: no `Character`,
/// no words as strings, no dictionary.
extension VietnameseCollation {
    /// What ``sortKey(_:)`` gives for `name`, when the name holds only ASCII and precomposed Latin letters
    /// (U+00C0–U+024F, U+1E00–U+1EFF: every Vietnamese letter in NFC); `nil` for any other text.
    ///
    /// Such text is NFC already, each of its scalars is one character (a CR LF pair aside, which is white
    /// space either way) and its white space is ASCII, so the words are runs of scalars between ASCII
    /// spaces and each scalar's weights come from one table.
    static func latinSortKey(_ name: String) -> [UInt32]? {
        var name = name
        return name.withUTF8 { bytes -> [UInt32]? in
            // Each scalar as its row of `latinWeights`; the words as ranges of that list.
            var rows: [Int] = []
            rows.reserveCapacity(bytes.count)
            var words: [Range<Int>] = []
            var wordStart: Int? = nil
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                let row: Int
                if lead < 0x80 {
                    index += 1
                    if lead == 0x20 || (0x09...0x0D).contains(lead) {
                        if let start = wordStart { words.append(start..<rows.count) }
                        wordStart = nil
                        continue
                    }
                    row = Int(lead)
                } else if (0xC3...0xC9).contains(lead) {
                    let value = Int(lead & 0x1F) << 6 | Int(bytes[index + 1] & 0x3F)
                    guard value < 0x250 else { return nil }
                    row = 0x80 + value - 0xC0
                    index += 2
                } else if lead == 0xE1, (0xB8...0xBB).contains(bytes[index + 1]) {
                    let value = 0x1000 | Int(bytes[index + 1] & 0x3F) << 6 | Int(bytes[index + 2] & 0x3F)
                    row = 0x80 + 0x190 + value - 0x1E00
                    index += 3
                } else {
                    return nil
                }
                if wordStart == nil { wordStart = rows.count }
                rows.append(row)
            }
            if let start = wordStart { words.append(start..<rows.count) }
            // A name without words has one empty given name (see `VietnameseName`).
            if words.isEmpty { return [0, 0] }
            // Given name, then the middle names in order, then the family name (see `VietnameseName`).
            var key: [UInt32] = []
            key.reserveCapacity(2 * rows.count + 2 * words.count)
            let order = words.count == 1 ? words : [words[words.count - 1]] + words[1..<(words.count - 1)] + [words[0]]
            for word in order {
                for position in word { key.append(latinWeights[rows[position]].primary) }
                key.append(0)
                for position in word { key.append(latinWeights[rows[position]].tone) }
                key.append(0)
            }
            return key
        }
    }

    /// The weights ``weights(_:cache:)`` gives U+0000–U+007F, then U+00C0–U+024F, then U+1E00–U+1EFF,
    /// worked out once.
    static let latinWeights: [(primary: UInt32, tone: UInt32)] = {
        var cache = WeightCache()
        return (Array(0..<0x80) + Array(0xC0..<0x250) + Array(0x1E00..<0x1F00)).map { value in
            Unicode.Scalar(UInt32(value)).map { weights(Character($0), cache: &cache) } ?? (1, 1)
        }
    }()
}
