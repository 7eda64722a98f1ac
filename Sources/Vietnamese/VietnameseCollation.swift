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
        var weights = WeightCache()
        return sortKey(name, weights: &weights)
    }

    /// Whether `a` comes before `b`; names that collate equal fall back to their code points, so the order is total.
    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        let ka = sortKey(a), kb = sortKey(b)
        if ka != kb { return ka.lexicographicallyPrecedes(kb) }
        return a.unicodeScalars.map(\.value).lexicographicallyPrecedes(b.unicodeScalars.map(\.value))
    }

    /// How names that collate equal are ordered.
    public enum TieBreak: Sendable {
        /// In their input order (a stable sort).
        case inputOrder
        /// By code points, as ``areInIncreasingOrder(_:_:)`` orders them; equal names keep their input order.
        case codePoints
    }

    /// `items` ordered by the name `byName` gives each. Each name's key is computed once (and each
    /// distinct character's weights once), not once per comparison.
    public static func sorted<T>(_ items: [T], byName name: (T) -> String, tieBreak: TieBreak = .inputOrder) -> [T] {
        order(items.map(name), tieBreak: tieBreak).map { items[$0] }
    }

    /// The positions of `names` in their Vietnamese order: what ``sorted(_:byName:tieBreak:)`` orders the items
    /// by. Not generic, so a caller that keeps its items elsewhere (the delegate list) sorts without the generic
    /// maps over its items (0.25 M of a 300-delegate list's 31 M instructions, callgrind).
    public static func order(_ names: [String], tieBreak: TieBreak = .inputOrder) -> [Int] {
        var weights = WeightCache()
        let keys = names.map { sortKey($0, weights: &weights) }
        // Positions are sorted, not the items: a comparison then copies two integers, not two items.
        return names.indices.sorted { x, y in
            let order = compare(keys[x], keys[y])
            if order != 0 { return order < 0 }
            if tieBreak == .codePoints {
                // Scalars, not String ==, which would take NFC and NFD spellings for the same name.
                let a = names[x].unicodeScalars.lazy.map(\.value), b = names[y].unicodeScalars.lazy.map(\.value)
                if a.lexicographicallyPrecedes(b) { return true }
                if b.lexicographicallyPrecedes(a) { return false }
            }
            return x < y
        }
    }

    /// The order of two sort keys in one pass over their weights: negative when `a` comes first, zero when they
    /// are equal, positive when `b` does; what `a != b` then `a.lexicographicallyPrecedes(b)` decide in two
    /// generic passes (1.0 M instructions the comparisons of a 300-delegate list's sort, callgrind).
    static func compare(_ a: [UInt32], _ b: [UInt32]) -> Int {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                var index = 0
                let shorter = min(a.count, b.count)
                while index < shorter {
                    if a[index] != b[index] { return a[index] < b[index] ? -1 : 1 }
                    index += 1
                }
                return a.count == b.count ? 0 : a.count < b.count ? -1 : 1
            }
        }
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

    /// The weights of the characters met so far in one sort: names repeat few distinct characters.
    /// Keyed by scalar: NFC Vietnamese letters are one scalar each (others are computed each time).
    typealias WeightCache = [UInt32: (UInt32, UInt32)]

    /// ``sortKey(_:)`` with the weights of characters outside ``latinSortKey(_:)`` kept in `cache`.
    static func sortKey(_ name: String, weights cache: inout WeightCache) -> [UInt32] {
        latinSortKey(name) ?? characterSortKey(name, weights: &cache)
    }

    /// ``sortKey(_:)`` character by character, for any text.
    static func characterSortKey(_ name: String, weights cache: inout WeightCache) -> [UInt32] {
        var key: [UInt32] = []
        for word in VietnameseName(name).collationOrder {
            var primaries: [UInt32] = []
            var tones: [UInt32] = []
            for character in word {
                let (primary, tone) = weights(character, cache: &cache)
                primaries.append(primary)
                tones.append(tone)
            }
            key += primaries + [0] + tones + [0]
        }
        return key
    }

    /// (primary, secondary) weights of one character: ASCII directly, anything else once per cache.
    static func weights(_ character: Character, cache: inout WeightCache) -> (UInt32, UInt32) {
        let scalars = character.unicodeScalars
        guard let scalar = scalars.first, scalars.count == 1 else { return weights(character) }
        if scalar.isASCII {
            // What `weights(_:)` gives: a letter's rank (all 26 are in the alphabet), else code point + 1; no tone.
            let lower = scalar.properties.lowercaseMapping
            return (letterRank[lower] ?? UInt32(lower.unicodeScalars.first?.value ?? 0) + 1, 1)
        }
        if let known = cache[scalar.value] { return known }
        let computed = weights(character)
        cache[scalar.value] = computed
        return computed
    }

    /// (primary, secondary) weights of one character.
    static func weights(_ character: Character) -> (UInt32, UInt32) {
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
