/// WordprocessingML's units, from the millimetres and points of the format profile: lengths in twentieths of a
/// point (twips, `w:w`, `w:left`, `w:line` …), font sizes in half-points (`w:sz`), borders in eighths of a point.
enum DOCXUnits {
    /// Twips in a millimetre: 1440 a inch, 25.4 mm an inch.
    static let twipsPerMM = 1440 / 25.4

    /// `mm` in twips, rounded.
    static func twips(mm: Double) -> Int { Int((mm * twipsPerMM).rounded()) }

    /// `pt` in twips, rounded.
    static func twips(pt: Double) -> Int { Int((pt * 20).rounded()) }

    /// `pt` in half-points (`w:sz`), rounded, at least 2 (1 pt).
    static func halfPoints(_ pt: Double) -> Int { max(Int((pt * 2).rounded()), 2) }

    /// `pt` in eighths of a point (`w:sz` of a border), rounded.
    static func eighths(pt: Double) -> Int { Int((pt * 8).rounded()) }
}
