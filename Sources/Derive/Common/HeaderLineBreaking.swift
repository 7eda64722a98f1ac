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
        var lines: [[Substring]] = []
        var current: [Substring] = []
        var currentWidth = 0.0
        // A line's width: its words and one space between each two (words measured once).
        func widthWith(_ words: [Substring], _ widths: [Double]) -> Double {
            (current.isEmpty ? 0 : currentWidth + space) + widths.reduce(0, +) + Double(max(words.count - 1, 0)) * space
        }
        for phrase in phrases {
            let words = phrase.split(whereSeparator: \.isWhitespace)
            guard !words.isEmpty else { continue }
            let widths = words.map(width)
            let together = widthWith(words, widths)
            if !current.isEmpty, together <= columnWidthMM {
                current += words
                currentWidth = together
                continue
            }
            if !current.isEmpty { lines.append(current) }
            current = []
            currentWidth = 0
            var broken = 0
            for (word, wordWidth) in zip(words, widths) {
                if !current.isEmpty, currentWidth + space + wordWidth > columnWidthMM {
                    lines.append(current)
                    broken += 1
                    current = []
                    currentWidth = 0
                }
                currentWidth = current.isEmpty ? wordWidth : currentWidth + space + wordWidth
                current.append(word)
            }
            // A phrase broken over lines: a lone last word takes the one before it down with it.
            if broken > 0, current.count == 1, let above = lines.last, above.count >= 3, let moved = above.last {
                lines[lines.count - 1].removeLast()
                current.insert(moved, at: 0)
                currentWidth = width(moved) + space + currentWidth
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.map { $0.joined(separator: "\u{00A0}") }
    }

    /// The width of a space between two words, in millimetres.
    static let space = millimetres(ems: 0.25)

    /// Estimated printed width of `text` in bold upper case at the header size, in millimetres (Times/Liberation
    /// Serif Bold proportions: capitals about 0.72 em, figures and small letters 0.5 em, a space 0.25 em, other
    /// marks 0.33 em). The header is upper case: a letter outside ASCII counts as a capital (a small one is
    /// over-estimated, so its line breaks early rather than overflows); combining marks and the word joiner
    /// print nothing.
    static func width<S: StringProtocol>(_ text: S) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x09, 0xA0: ems += 0.25
            case 0x41...0x5A: ems += 0.72
            case 0x30...0x39, 0x61...0x7A: ems += 0.5
            case 0x00...0x7F: ems += 0.33
            case 0x0300...0x036F, 0x2060: continue
            default: ems += 0.72
            }
        }
        return millimetres(ems: ems)
    }

    /// `ems` at the header size in bold (6 % wider), in millimetres.
    static func millimetres(ems: Double) -> Double {
        ems * sizePt * 1.06 * 25.4 / 72
    }
}
