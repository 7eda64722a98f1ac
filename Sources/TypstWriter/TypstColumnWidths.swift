import DocumentTree

/// Column widths of a data table in millimetres, laid out as a browser lays out a table of automatic width:
/// each column has a floor (its longest piece that may not break: a syllable, a name joined by no-break spaces,
/// a year) and a wish (its longest text on one line); when every wish fits, the room left goes to the text
/// columns after their wishes, else each column gets its floor and the rest is shared after what it lacks.
/// A column of figures (`num`, `stt`) wishes only for its floor and its heading on one line; a heading asks a
/// text column only for its longest word.
/// Text is measured with Liberation Serif's proportions (Times metrics), not the font file: an estimate
/// with a cell's padding and a safety margin added, so a floor is never too narrow for what it holds.
struct TypstColumnWidths {
    /// Text size in the table, in points.
    let sizePt: Double
    /// Width of the table, in millimetres.
    let available: Double

    /// The cell's horizontal inset (1 mm each side, `TypstPreamble`) and a margin for the estimate.
    static let paddingMM = 3.0

    struct Cell {
        let column: Int
        let text: String
        let heading: Bool
        let figure: Bool
    }

    func widths(_ cells: [Cell], columns: Int) -> [Double] {
        guard columns > 0 else { return [] }
        var floor = Array(repeating: Self.paddingMM + 2, count: columns)
        var wish = floor
        var figures = Array(repeating: true, count: columns)
        var headingLine = Array(repeating: 0.0, count: columns)
        for cell in cells where cell.column < columns {
            let bold = cell.heading
            let pieces = Self.unbreakable(cell.text)
            let longest = pieces.map { width($0, bold: bold) }.max() ?? 0
            floor[cell.column] = max(floor[cell.column], longest + Self.paddingMM)
            if cell.heading {
                headingLine[cell.column] = max(headingLine[cell.column], width(Substring(cell.text), bold: true) + Self.paddingMM)
                continue
            }
            if !cell.figure { figures[cell.column] = false }
            // A line after a `<br/>` ("\n") is the cell's secondary line (a delegate's ghi chú under the position): it
            // asks only its floor and wraps in the width the first line asks, so one long note does not widen the
            // column at the others' cost (LibreOffice and Chromium set the same list on 6 pages, Typst took 8).
            let first = cell.text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            wish[cell.column] = max(wish[cell.column], width(first, bold: false) + Self.paddingMM)
        }
        for column in 0..<columns {
            // A column of figures grows only to set its heading on one line ("Số phiếu bầu" over "262").
            if figures[column] { wish[column] = max(floor[column], headingLine[column]) }
            wish[column] = max(wish[column], floor[column])
        }
        let floors = floor.reduce(0, +), wishes = wish.reduce(0, +)
        if wishes <= available {
            let growing = (0..<columns).filter { !figures[$0] }
            let pool = growing.isEmpty ? Array(0..<columns) : growing
            let weight = pool.reduce(0) { $0 + wish[$1] }
            var out = wish
            for column in pool { out[column] += (available - wishes) * wish[column] / max(weight, 0.001) }
            return out
        }
        if floors >= available { return floor.map { $0 * available / floors } }
        let lack = wishes - floors
        return (0..<columns).map { floor[$0] + (available - floors) * (wish[$0] - floor[$0]) / lack }
    }

    /// The pieces of `text` a line may not break: between plain spaces, after "/" and after a dash
    /// (a no-break space and a word joiner hold their neighbours together).
    static func unbreakable(_ text: String) -> [Substring] {
        var pieces: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == " " || character == "\t" || character == "\n" {
                if start < index { pieces.append(text[start..<index]) }
                start = next
            } else if character == "/" || character == "-" || character == "–", next < text.endIndex, text[next] != "\u{2060}" {
                pieces.append(text[start..<next])
                start = next
            }
            index = next
        }
        if start < text.endIndex { pieces.append(text[start...]) }
        return pieces
    }

    /// The width of `text` in millimetres at the table's size, from Times proportions per kind of character.
    func width(_ text: Substring, bold: Bool) -> Double {
        var em = 0.0
        for character in text {
            if character == " " || character == "\u{00A0}" { em += 0.25; continue }
            if character == "\u{2060}" { continue }
            if character.isNumber { em += 0.5; continue }
            if character.isUppercase {
                em += "IJ".contains(character) ? 0.39 : "MW".contains(character) ? 0.94 : 0.72
                continue
            }
            if character.isLetter {
                em += "ijlt".contains(character) ? 0.28 : "fr".contains(character) ? 0.36 : "mw".contains(character) ? 0.75 : 0.5
                continue
            }
            switch character {
            case "%": em += 0.833   // Times' per cent sign is as wide as an M less a little: "89,73%" needs it
            case "&", "—": em += 0.8
            case "@": em += 0.92
            case "–": em += 0.5
            default: em += 0.33
            }
        }
        return em * (bold ? 1.06 : 1) * sizePt * 25.4 / 72
    }
}
