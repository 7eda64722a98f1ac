import DocumentTree

/// Column widths of a data table, estimated from its text: every column is at least as wide as its
/// longest word (so "1975" or "STT" never breaks), and the room left is shared after the length of
/// the columns' text. Estimates use Times/Liberation Serif proportions, no font metrics.
struct ODFColumnWidths {
    /// Text size in the table, in points.
    let sizePt: Double
    /// Width of the table, in millimetres.
    let available: Double

    /// Horizontal padding of a cell plus a safety margin, in millimetres.
    static let cellPaddingMM = 3.0
    /// Text longer than this many characters wraps anyway; it does not ask for more width.
    static let longTextCharacters = 30

    /// One share of the table width per column, summing to 1.
    func shares(_ rows: [[(cell: Element, span: Int, heading: Bool)]], columns: Int) -> [Double] {
        guard columns > 0 else { return [] }
        var minimum = Array(repeating: Self.cellPaddingMM + 2, count: columns)
        var desired = minimum
        for row in rows {
            var column = 0
            for entry in row {
                defer { column += entry.span }
                guard entry.span == 1, column < columns else { continue }
                let text = Node.element(entry.cell).textContent
                let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
                let longest = words.map { width($0, bold: entry.heading) }.max() ?? 0
                minimum[column] = max(minimum[column], longest + Self.cellPaddingMM)
                let wanted = entry.heading ? longest : width(String(words.joined(separator: " ").prefix(Self.longTextCharacters)), bold: false)
                desired[column] = max(desired[column], wanted + Self.cellPaddingMM)
            }
        }
        return distribute(minimum: minimum, desired: desired)
    }

    /// Estimated printed width of `text`, in millimetres.
    func width(_ text: String, bold: Bool) -> Double {
        let em = text.utf8.allSatisfy { $0 < 0x80 } ? Self.asciiEms(text.utf8) : Self.ems(text)
        return em * (bold ? 1.06 : 1) * sizePt * 25.4 / 72
    }

    /// The width of `text` in ems, character by character.
    static func ems(_ text: String) -> Double {
        text.reduce(0.0) { sum, character in
            if character == " " { return sum + 0.25 }
            if character.isUppercase { return sum + 0.72 }
            if character.isNumber { return sum + 0.5 }
            return sum + (character == "m" || character == "w" ? 0.78 : 0.48)
        }
    }

    /// `ems` for ASCII text (numbers, "STT"), byte by byte: the same sums without grapheme breaking.
    /// (A CR LF pair would be one character, but the text here is split on white space.)
    static func asciiEms(_ utf8: String.UTF8View) -> Double {
        utf8.reduce(0.0) { sum, byte in
            switch byte {
            case 0x20: return sum + 0.25
            case 0x41...0x5A: return sum + 0.72
            case 0x30...0x39: return sum + 0.5
            case 0x6D, 0x77: return sum + 0.78
            default: return sum + 0.48
            }
        }
    }

    /// Minimums first; the rest shared in proportion to what each column still wants, or, when even
    /// the minimums do not fit, the minimums scaled down.
    private func distribute(minimum: [Double], desired: [Double]) -> [Double] {
        let minTotal = minimum.reduce(0, +)
        let desiredTotal = desired.reduce(0, +)
        let widths: [Double]
        if minTotal >= available {
            widths = minimum
        } else if desiredTotal <= available {
            widths = desired
        } else {
            let ratio = (available - minTotal) / (desiredTotal - minTotal)
            widths = zip(minimum, desired).map { $0 + ($1 - $0) * ratio }
        }
        let total = widths.reduce(0, +)
        return widths.map { $0 / total }
    }
}
