import Vietnamese

/// The column-width estimate of a cell read on UTF-8 bytes, for the text of nearly every cell:
/// no `Character`, no array of words, no dictionary.
extension ColumnWidths {
    /// What ``measure(_:ems:)`` gives for `text`, when the text is ``LatinText`` (ASCII and precomposed
    /// Latin letters only); `nil` for any other text.
    ///
    /// Words are runs of scalars between ASCII spaces, each scalar one character, never broken
    /// (``unbreakable(_:)``). The ems are summed in the order
    /// ``measure(_:ems:)`` sums them, so the widths are the same to the last bit.
    func measureLatin(_ text: String, heading: Bool) -> CellWidth? {
        var text = text
        return text.withUTF8 { bytes -> CellWidth? in
            var cell = LatinCell(widths: self, heading: heading)
            // The table once, not its lazy global's check on every scalar.
            let ems: [Double] = Self.latinEms
            // The text is read in segments between no-break spaces (C2 A0, inside a name): a no-break space
            // ends a syllable but not the word, and counts as a character of 0.25 em.
            var start = 0
            while true {
                var end = start
                while end + 1 < bytes.count, !(bytes[end] == 0xC2 && bytes[end + 1] == 0xA0) { end += 1 }
                if end + 1 >= bytes.count { end = bytes.count }
                // Read in this loop, not through `LatinText.read`'s closure (see `LatinText.step`).
                let segment = UnsafeBufferPointer(rebasing: bytes[start..<end])
                var index = 0
                while index < segment.count {
                    guard let (step, next) = LatinText.step(in: segment, at: index) else { return nil }
                    index = next
                    switch step {
                    case .space: cell.endWord()
                    case .scalar(let row): cell.add(ems[row])
                    }
                }
                guard end < bytes.count else { break }
                cell.addNoBreakSpace()
                start = end + 2
            }
            return cell.finish()
        }
    }

    /// ``ems(_:)`` of `text` read on its UTF-8 bytes, when the text is ``LatinText`` whose only white
    /// space is the space character; `nil` for any other text. Summed in the order ``ems(_:)`` sums,
    /// so the width is the same to the last bit (a heading such as "Nội dung biểu quyết").
    static func latinEms(_ text: String) -> Double? {
        var text = text
        return text.withUTF8 { bytes -> Double? in
            guard !bytes.contains(where: { (0x09...0x0D).contains($0) }) else { return nil }
            var sum = 0.0
            let latin = LatinText.read(bytes) { step in
                switch step {
                case .space: sum += asciiEm(0x20)
                case .scalar(let row): sum += latinEms[row]
                }
            }
            return latin ? sum : nil
        }
    }

    /// The width in ems of an ASCII character, as ``em(_:)`` gives it.
    static func asciiEm(_ byte: UInt8) -> Double {
        switch byte {
        case 0x20: return 0.25
        case 0x49, 0x4A: return 0.4                                 // I J
        case 0x4D, 0x57: return 0.94                                // M W
        case 0x66, 0x69, 0x6A, 0x6C, 0x72, 0x74: return 0.3         // f i j l r t
        case 0x41...0x5A: return 0.72
        case 0x30...0x39: return 0.5
        case 0x6D, 0x77: return 0.78
        default: return 0.48
        }
    }

    /// ``em(_:)`` of each scalar of ``LatinText``, by table row, worked out once.
    static let latinEms: [Double] = LatinText.scalars.map { em(Character($0)) }
}

/// The running sums of ``ColumnWidths/measureLatin(_:heading:)`` over one cell's text, kept in a value of
/// their own (no closure captures them, so no access to them is checked at run time).
private struct LatinCell {
    let widths: ColumnWidths
    let heading: Bool
    var longest = 0.0
    var word = 0.0
    var syllables = 0.0
    var syllable = 0.0
    var inWord = false
    var words = 0
    /// The first `longTextCharacters` characters of the words joined by single spaces.
    var joined = 0.0
    var joinedCount = 0

    init(widths: ColumnWidths, heading: Bool) {
        self.widths = widths
        self.heading = heading
    }

    /// A character of a word (a scalar, or a no-break space of `em`): opens the word if none is open
    /// (a space before it in the joined text), and counts in the word and the joined text.
    mutating func addToWord(_ em: Double) {
        if !inWord {
            inWord = true
            if words > 0, joinedCount < ColumnWidths.longTextCharacters {
                joined += ColumnWidths.asciiEm(0x20)
                joinedCount += 1
            }
            words += 1
        }
        word += em
        if joinedCount < ColumnWidths.longTextCharacters {
            joined += em
            joinedCount += 1
        }
    }

    /// A scalar of `em`: in the word and in the syllable.
    mutating func add(_ em: Double) {
        addToWord(em)
        syllable += em
    }

    /// White space: the word and the syllable end.
    mutating func endWord() {
        if inWord {
            longest = max(longest, widths.millimetres(ems: word, bold: heading))
            syllables = max(syllables, widths.millimetres(ems: syllable, bold: heading))
        }
        inWord = false
        word = 0
        syllable = 0
    }

    /// A no-break space: the syllable ends, the word goes on.
    mutating func addNoBreakSpace() {
        if inWord { syllables = max(syllables, widths.millimetres(ems: syllable, bold: heading)) }
        syllable = 0
        addToWord(ColumnWidths.noBreakSpaceEm)
    }

    /// The cell's widths once its text is read.
    func finish() -> ColumnWidths.CellWidth {
        var last = self
        if inWord {
            last.longest = max(longest, widths.millimetres(ems: word, bold: heading))
            last.syllables = max(syllables, widths.millimetres(ems: syllable, bold: heading))
        }
        return ColumnWidths.CellWidth(longest: last.longest, wanted: heading ? last.longest : widths.millimetres(ems: joined, bold: false),
                                      syllable: last.syllables)
    }
}
