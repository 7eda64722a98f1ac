import Foundation

/// Text operations that must respect Vietnamese letters.
public enum VietnameseText {
    /// NFC — the one normal form every text is kept in ("hòa" typed as o + combining grave becomes "hòa").
    public static func normalized(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
    }

    /// Upper case for headings ("Đảng bộ huyện Hưng Hà" → "ĐẢNG BỘ HUYỆN HƯNG HÀ"), in NFC.
    /// Unicode full case mapping needs no locale for Vietnamese (no dotless-i rules).
    public static func uppercased(_ text: String) -> String {
        normalized(text.uppercased())
    }
}
