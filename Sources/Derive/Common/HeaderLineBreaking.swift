/// Where the issuer block of the Party header breaks its lines (36-HD/VPTW, Phụ lục: the issuer — tên cơ quan
/// ban hành — stands centred in the left column, broken where its meaning breaks; reviews/papers.md §3).
///
/// The block is given as parts, each starting a line of its own — the congress ("ĐẠI HỘI ĐẢNG VIÊN"), the organisation
/// ("CHI BỘ KHU PHỐ 3"), its number and term ("LẦN THỨ XII,", "NHIỆM KỲ 2025 - 2027"), the issuing body ("BAN THẨM
/// TRA TƯ CÁCH ĐẠI BIỂU") — and each part as phrases of meaning. Phrases of one part that fit the column share a line;
/// a phrase too long for the column breaks between words, each line filled as far as it goes, except that its
/// last line never holds one word alone while the line above can give it one ("BAN THẨM TRA TƯ CÁCH / ĐẠI BIỂU",
/// not "BAN THẨM TRA TƯ CÁCH ĐẠI / BIỂU"). Inside a line the words are joined by no-break spaces (U+00A0), so no
/// writer breaks a line again wherever its width happens to end ("… CHI BỘ KHU / PHỐ 3").
public enum HeaderLineBreaking {
    /// Width of the issuer column, in millimetres: half the text width of A4 with 30/15 mm margins
    /// (FormatProfile.hd36_2018, headerIssuerShare 0.5), less 2.5 mm so an estimate a little short still fits.
    static let columnWidthMM = 80.0
    /// The issuer's size: 14 pt bold (FormatProfile.headerSizePt).
    static let sizePt = 14.0

    /// The lines of the issuer block for `parts` (each a list of phrases), words inside a line joined by no-break spaces.
    public static func lines(_ parts: [[String]]) -> [String] {
        parts.flatMap(lines(phrases:))
    }

    /// The lines of one part of the issuer block.
    static func lines(phrases: [String]) -> [String] {
        var lines: [[String]] = []
        var current: [String] = []
        func fits(_ words: [String]) -> Bool { width(words.joined(separator: " ")) <= columnWidthMM }
        for phrase in phrases {
            let words = phrase.split(whereSeparator: \.isWhitespace).map(String.init)
            guard !words.isEmpty else { continue }
            if !current.isEmpty, fits(current + words) {
                current += words
                continue
            }
            if !current.isEmpty { lines.append(current) }
            current = []
            var broken = 0
            for word in words {
                if !current.isEmpty, !fits(current + [word]) {
                    lines.append(current)
                    broken += 1
                    current = []
                }
                current.append(word)
            }
            // A phrase broken over lines: a lone last word takes the one before it down with it.
            if broken > 0, current.count == 1, let above = lines.last, above.count >= 3, let moved = above.last {
                lines[lines.count - 1].removeLast()
                current.insert(moved, at: 0)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.map { $0.joined(separator: "\u{00A0}") }
    }

    /// Estimated printed width of `text` in bold upper case at the header size, in millimetres (Times/Liberation
    /// Serif Bold proportions: capitals about 0.72 em, figures 0.5 em, a space 0.25 em).
    static func width(_ text: String) -> Double {
        let ems = text.reduce(0.0) { sum, character in
            if character.isWhitespace { return sum + 0.25 }
            if character.isUppercase { return sum + 0.72 }
            if character.isNumber { return sum + 0.5 }
            if character.isLowercase { return sum + 0.5 }
            return sum + 0.33
        }
        return ems * sizePt * 1.06 * 25.4 / 72
    }
}
