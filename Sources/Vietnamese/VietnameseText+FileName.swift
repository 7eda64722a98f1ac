import Foundation

/// File names that read as Vietnamese without diacritics ("Chương trình đại hội" → "chuong-trinh-dai-hoi").
extension VietnameseText {
    /// `text` lower-cased, each letter stripped of its tone and vowel marks (đ → d), every run of other characters
    /// one hyphen, none at either end: safe on every file system, and sorted by a file list as the text reads.
    public static func fileName(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        // Canonical decomposition splits a letter from its marks (ế → e + ◌̂ + ◌́); the marks are dropped.
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            let letter: Unicode.Scalar?
            switch scalar.value {
            case 0x0300...0x036F: continue                       // combining marks
            case 0x0111: letter = "d"                            // đ has no decomposition
            case 0x30...0x39, 0x61...0x7A: letter = scalar       // a–z, 0–9
            default: letter = nil
            }
            guard let letter else {
                pendingHyphen = !out.isEmpty
                continue
            }
            if pendingHyphen { out.append("-") }
            pendingHyphen = false
            out.unicodeScalars.append(letter)
        }
        return out
    }
}
