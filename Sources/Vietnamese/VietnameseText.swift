import Foundation

/// Text operations that must respect Vietnamese letters.
public enum VietnameseText {
    /// NFC — the one normal form every text is kept in ("hòa" typed as o + combining grave becomes "hòa").
    ///
    /// Through the Swift standard library's own normaliser (the one `String` comparison uses, streaming, linear
    /// while runs of combining marks stay short; it has only the underscored name `_nfcCodeUnits` so far), not
    /// Foundation's `precomposedStringWithCanonicalMapping`: on Linux that moves the rest of the buffer at every
    /// composition, so 1 MB of "a\u{301}" took minutes. The loader refuses runs of more than 30 combining marks
    /// (`CombiningMarkRun`), where any normaliser's reordering is quadratic.
    public static func normalized(_ text: String) -> String {
        isNFCForSure(text) ? text : String(decoding: text._nfcCodeUnits, as: UTF8.self)
    }

    /// Whether `text` is NFC without asking Foundation: every scalar is below U+0300 or in Latin
    /// Extended Additional (U+1E00–U+1EFF, where the precomposed Vietnamese letters are). Such
    /// scalars all have NFC_Quick_Check = Yes: no combining mark, nothing NFC would compose or replace.
    static func isNFCForSure(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.value < 0x300 || (0x1E00...0x1EFF).contains($0.value) }
    }

    /// Upper case for headings ("Đảng bộ huyện Hưng Hà" → "ĐẢNG BỘ HUYỆN HƯNG HÀ"), in NFC.
    /// Unicode full case mapping needs no locale for Vietnamese (no dotless-i rules).
    public static func uppercased(_ text: String) -> String {
        latinUppercased(text) ?? normalized(text.uppercased())
    }
}
