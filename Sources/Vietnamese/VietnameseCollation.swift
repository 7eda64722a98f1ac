import Foundation

/// The Vietnamese alphabetical order of names ("xếp theo vần A, B, C").
///
/// Rules (DOMAIN.md §4; CLDR `vi` collation, S51):
/// - names compare by given name, then middle name, then family name;
/// - letters are primary, in the order a ă â b c d đ e ê (f) g h i (j) k l m n o ô ơ p q r s t u ư v (w) x y (z);
/// - tones are secondary, in the order none, huyền, hỏi, ngã, sắc, nặng (`&̀<<̉<<̃<<́<<̣`);
/// - case is ignored; each word's letters decide before its tones, and a word decides before the next.
///
/// Foundation's locale collation is not dependable on Linux, so the key is computed here over NFC text.
public enum VietnameseCollation {
    /// A key whose lexicographic order is the Vietnamese order of the names.
    public static func sortKey(_ name: String) -> [UInt32] {
        var key: [UInt32] = []
        for word in VietnameseName(name).collationOrder {
            var primaries: [UInt32] = []
            var tones: [UInt32] = []
            for character in word {
                let (primary, tone) = weights(character)
                primaries.append(primary)
                tones.append(tone)
            }
            key += primaries + [0] + tones + [0]
        }
        return key
    }

    /// Whether `a` comes before `b`; names that collate equal fall back to their code points, so the order is total.
    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        let ka = sortKey(a), kb = sortKey(b)
        if ka != kb { return ka.lexicographicallyPrecedes(kb) }
        return a.unicodeScalars.map(\.value).lexicographicallyPrecedes(b.unicodeScalars.map(\.value))
    }

    /// `items` ordered by the name `byName` gives each; equal names keep their input order.
    public static func sorted<T>(_ items: [T], byName name: (T) -> String) -> [T] {
        let keyed = items.enumerated().map { (offset: $0.offset, key: sortKey(name($0.element)), name: name($0.element), item: $0.element) }
        return keyed.sorted { x, y in
            if x.key != y.key { return x.key.lexicographicallyPrecedes(y.key) }
            return x.offset < y.offset
        }.map(\.item)
    }

    /// The Vietnamese alphabet with the Latin letters Vietnamese does not use in their ASCII places.
    /// Letters are written base + modifier mark (breve U+0306, circumflex U+0302, horn U+031B).
    private static let alphabet: [String] = [
        "a", "a\u{306}", "a\u{302}", "b", "c", "d", "đ", "e", "e\u{302}", "f", "g", "h", "i", "j", "k", "l", "m", "n",
        "o", "o\u{302}", "o\u{31B}", "p", "q", "r", "s", "t", "u", "u\u{31B}", "v", "w", "x", "y", "z",
    ]
    private static let letterRank: [String: UInt32] = Dictionary(
        uniqueKeysWithValues: alphabet.enumerated().map { ($0.element, UInt32(1000 + $0.offset)) })

    /// Tone marks in CLDR order: huyền, hỏi, ngã, sắc, nặng (none is 1).
    private static let toneRank: [UInt32: UInt32] = [0x300: 2, 0x309: 3, 0x303: 4, 0x301: 5, 0x323: 6]

    /// (primary, secondary) weights of one character.
    private static func weights(_ character: Character) -> (UInt32, UInt32) {
        let decomposed = String(character).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
        var letter = ""
        var tone: UInt32 = 1
        for scalar in decomposed {
            if let rank = toneRank[scalar.value] { tone = rank } else { letter.unicodeScalars.append(scalar) }
        }
        if let rank = letterRank[letter] { return (rank, tone) }
        if let first = letter.unicodeScalars.first {
            // Digits and punctuation before letters, anything else after them, by code point.
            let value = first.value
            return (value < 0x80 ? value + 1 : 2000 + value, tone)
        }
        return (1, tone)
    }
}
