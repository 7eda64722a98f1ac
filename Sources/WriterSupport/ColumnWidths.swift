import DocumentTree

/// Column widths of a data table, estimated from its text: every column is at least as wide as its
/// longest word (so "1975" or "STT" never breaks), and the room left is shared after the length of
/// the columns' text. A column of figures (the running number STT, votes, percentages: cells of class
/// `num`) grows only to set its heading on one line, and the room a short table leaves goes to its text
/// columns, as a browser lays out the HTML (`th.stt` is 1 % wide there). Estimates use Times/Liberation Serif
/// proportions, no font metrics.
package struct ColumnWidths {
    /// Text size in the table, in points.
    package let sizePt: Double
    /// Width of the table, in millimetres.
    package let available: Double

    /// Widths for text of `sizePt` points in a table `available` millimetres wide.
    package init(sizePt: Double, available: Double) {
        self.sizePt = sizePt
        self.available = available
    }

    /// Horizontal padding of a cell plus a safety margin, in millimetres.
    package static let cellPaddingMM = 3.0
    /// Text longer than this many characters wraps anyway; it does not ask for more width.
    static let longTextCharacters = 30
    /// How far a column's wish goes from the mean of its cells towards its longest cell (0 … 1).
    static let longestCellWeight = 0.25

    /// One share of the table width per column, summing to 1, for rows of cells with their span.
    package func shares(_ rows: [[(cell: Element, span: Int, heading: Bool)]], columns: Int) -> [Double] {
        var cells: [Cell] = []
        for row in rows {
            var column = 0
            for entry in row {
                defer { column += entry.span }
                guard entry.span == 1, column < columns else { continue }
                cells.append(Cell(column: column, text: Node.element(entry.cell).textContent, heading: entry.heading,
                                  figure: Cell.isFigure(entry.cell)))
            }
        }
        return shares(cells: cells, columns: columns)
    }

    /// A cell that asks its column for width: one that spans a single column of the table.
    package struct Cell {
        package let column: Int
        package let text: String
        /// A heading is set in bold and asks only for its longest word.
        package let heading: Bool
        /// A figure: a body cell of class `num`, or the heading of the running-number column (class `stt`).
        package let figure: Bool

        package init(column: Int, text: String, heading: Bool, figure: Bool) {
            self.column = column
            self.text = text
            self.heading = heading
            self.figure = figure
        }

        /// Whether `cell` is a figure (see ``figure``).
        package static func isFigure(_ cell: Element) -> Bool {
            // Most cells have no class: one look at the attributes tells, not two (0.13 M of 33.3 M instructions a
            // 300-delegate list, callgrind).
            guard cell.attribute("class") != nil else { return false }
            return cell.hasClass("num") || cell.hasClass("stt")
        }
    }

    /// One share of the table width per column, summing to 1; `cells` are the cells that span one column.
    package func shares(cells: [Cell], columns: Int) -> [Double] {
        guard columns > 0 else { return [] }
        var minimum = Array(repeating: Self.cellPaddingMM + 2, count: columns)
        var desired = minimum
        // The floor of each column: its longest syllable (a name joined by no-break spaces may still wrap
        // between its words when nothing else fits; a syllable never breaks).
        var floor = minimum
        // Most cells are read on their bytes; text outside that fast path is measured by characters,
        // and since a list repeats cell texts and words, each such one is measured once.
        var measured: [CellText: CellWidth] = [:]
        var ems = EmCache()
        // A column of figures: its STT heading, or every one of its body cells a figure.
        var runningNumber = Array(repeating: false, count: columns)
        var bodyCells = Array(repeating: 0, count: columns)
        var bodyFigures = Array(repeating: 0, count: columns)
        // What the body cells of each column want, added up (for their mean).
        var bodyWanted = Array(repeating: 0.0, count: columns)
        // Each column's widest heading set on one line.
        var headingLine = Array(repeating: 0.0, count: columns)
        // Each column's last cell measured, with its widths: a list repeats a column's text from one row to the next
        // ("Nam", "Kinh", "Đảng viên" in 1,050 of the 2,408 cells of a 300-delegate list), and comparing two short
        // strings costs some 20 instructions where measuring one took 600 (0.6 M of 34.2 M a document; callgrind).
        var above: [(text: String, heading: Bool, width: CellWidth)?] = Array(repeating: nil, count: columns)
        for entry in cells {
            if entry.heading {
                if entry.figure { runningNumber[entry.column] = true }
                headingLine[entry.column] = max(headingLine[entry.column],
                                                width(entry.text, bold: true, ems: &ems) + Self.cellPaddingMM)
            } else {
                bodyCells[entry.column] += 1
                if entry.figure { bodyFigures[entry.column] += 1 }
            }
            let cell: CellWidth
            // The lengths first: texts of two lengths differ, told without String's comparison (some 140 instructions).
            if let last = above[entry.column], last.heading == entry.heading, last.text.utf8.count == entry.text.utf8.count,
               last.text == entry.text {
                cell = last.width
            } else if let latin = measureLatin(entry.text, heading: entry.heading) {
                cell = latin
            } else if let known = measured[CellText(text: entry.text, heading: entry.heading)] {
                cell = known
            } else {
                let key = CellText(text: entry.text, heading: entry.heading)
                cell = measure(key, ems: &ems)
                measured[key] = cell
            }
            above[entry.column] = (entry.text, entry.heading, cell)
            minimum[entry.column] = max(minimum[entry.column], cell.longest + Self.cellPaddingMM)
            floor[entry.column] = max(floor[entry.column], cell.syllable + Self.cellPaddingMM)
            desired[entry.column] = max(desired[entry.column], cell.wanted + Self.cellPaddingMM)
            if !entry.heading { bodyWanted[entry.column] += cell.wanted + Self.cellPaddingMM }
        }
        // A column asks for what its cells typically want, not for its one longest cell: the mean, plus a
        // quarter of the way to the longest. A notes column that is mostly empty, or a unit column with one
        // long unit, no longer takes the room the names and positions of every row need.
        for column in 0..<columns where bodyCells[column] > 0 {
            let mean = bodyWanted[column] / Double(bodyCells[column])
            desired[column] = max(minimum[column], mean + (desired[column] - mean) * Self.longestCellWeight)
        }
        let figures = (0..<columns).map { runningNumber[$0] || (bodyCells[$0] > 0 && bodyFigures[$0] == bodyCells[$0]) }
        return distribute(minimum: minimum, desired: desired, figures: figures, headingLine: headingLine, floor: floor)
    }

    /// The pieces of a word that a line never breaks: the whole word. LibreOffice does not break after a
    /// slash between letters — it printed "triệu đồng/người/năm" in a column sized for "người/" as
    /// "đồng/ng" / "ười/năm" (issue 15) — so "đồng/người/năm" is one piece.
    static func unbreakable(_ word: String) -> [String] {
        [word]
    }

    /// The text of a cell and whether it is a heading (set in bold).
    struct CellText: Hashable {
        let text: String
        let heading: Bool
    }

    /// What a cell asks of its column: its longest unbreakable run (a word, or words joined by no-break
    /// spaces: a name), its longest syllable, and the width it would like.
    struct CellWidth {
        let longest: Double
        let wanted: Double
        /// The longest syllable (a run between any spaces, no-break ones too): the floor no column goes below.
        var syllable: Double

        init(longest: Double, wanted: Double, syllable: Double? = nil) {
            self.longest = longest
            self.wanted = wanted
            self.syllable = syllable ?? longest
        }
    }

    /// The widths of one cell: its longest word never breaks; it would like its first 30 characters on one line.
    func measure(_ cell: CellText, ems: inout EmCache) -> CellWidth {
        // A line breaks at a space, never at a no-break space (U+00A0: inside a name).
        let words = cell.text.split(whereSeparator: { $0.isWhitespace && $0 != "\u{00A0}" }).map(String.init)
        let longest = words.flatMap(Self.unbreakable).map { width($0, bold: cell.heading, ems: &ems) }.max() ?? 0
        let syllables = cell.text.contains("\u{00A0}") ? cell.text.split(whereSeparator: \.isWhitespace).map(String.init) : words
        let syllable = syllables.flatMap(Self.unbreakable).map { width($0, bold: cell.heading, ems: &ems) }.max() ?? 0
        let wanted = cell.heading ? longest
            : width(String(words.joined(separator: " ").prefix(Self.longTextCharacters)), bold: false, ems: &ems)
        return CellWidth(longest: longest, wanted: wanted, syllable: syllable)
    }

    /// Estimated printed width of `text`, in millimetres.
    func width(_ text: String, bold: Bool) -> Double {
        var ems = EmCache()
        return width(text, bold: bold, ems: &ems)
    }

    /// Widths in ems met so far in one table: of its texts (columns repeat the same words) and of its
    /// single-scalar characters (telling an upper-case letter costs a string for most lower-case ones).
    struct EmCache {
        var texts: [String: Double] = [:]
        var scalars: [UInt32: Double] = [:]
    }

    /// `width(_:bold:)`, the ems of non-ASCII text looked up in `ems` or added to it.
    func width(_ text: String, bold: Bool, ems cache: inout EmCache) -> Double {
        let em: Double
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            em = Self.asciiEms(text.utf8)
        } else if let latin = Self.latinEms(text) {
            em = latin
        } else if let known = cache.texts[text] {
            em = known
        } else {
            em = text.reduce(0.0) { sum, character in
                let scalars = character.unicodeScalars
                guard let scalar = scalars.first, scalars.count == 1 else { return sum + Self.em(character) }
                if let known = cache.scalars[scalar.value] { return sum + known }
                let computed = Self.em(character)
                cache.scalars[scalar.value] = computed
                return sum + computed
            }
            cache.texts[text] = em
        }
        return millimetres(ems: em, bold: bold)
    }

    /// A width in ems as millimetres at the table's text size (bold text is 6 % wider).
    func millimetres(ems em: Double, bold: Bool) -> Double {
        em * (bold ? 1.06 : 1) * sizePt * 25.4 / 72
    }

    /// The width of `text` in ems, character by character.
    static func ems(_ text: String) -> Double {
        text.reduce(0.0) { $0 + em($1) }
    }

    /// The narrow letters (about 0.28–0.33 em in Times/Liberation Serif): i, j, l, f, t, r and the toned i's.
    static let narrowLetters: Set<Character> = ["i", "j", "l", "f", "t", "r", "ì", "í", "ỉ", "ĩ", "ị"]
    /// The narrow capitals (about 0.33–0.39 em): I and the toned I's, J.
    static let narrowCapitals: Set<Character> = ["I", "J", "Ì", "Í", "Ỉ", "Ĩ", "Ị"]

    /// The width of a no-break space (U+00A0), as of a space.
    static let noBreakSpaceEm = 0.25

    /// The wide capitals (about 0.89–0.94 em): M, W ("Mường" is wider than five average letters).
    static let wideCapitals: Set<Character> = ["M", "W"]

    /// The width of one character in ems.
    static func em(_ character: Character) -> Double {
        if character == " " || character == "\u{00A0}" { return 0.25 }
        if narrowCapitals.contains(character) { return 0.4 }
        if narrowLetters.contains(character) { return 0.3 }
        if wideCapitals.contains(character) { return 0.94 }
        if character.isUppercase { return 0.72 }
        if character.isNumber { return 0.5 }
        return character == "m" || character == "w" ? 0.78 : 0.48
    }

    /// `ems` for ASCII text (numbers, "STT"), byte by byte: the same sums without grapheme breaking.
    /// (A CR LF pair would be one character, but the text here is split on white space.)
    static func asciiEms(_ utf8: String.UTF8View) -> Double {
        utf8.reduce(0.0) { $0 + asciiEm($1) }
    }

    /// Minimums first; the rest shared in proportion to what each column still wants. When even the
    /// minimums do not fit, every column keeps at least its floor (its longest syllable: "Mường" never
    /// becomes "Mườn/g") and the room above the floors is shared in proportion to what each minimum asks
    /// beyond its floor; only when the floors themselves do not fit are they scaled down.
    /// When every column gets what it wants, the room left first sets the headings of the `figures`
    /// columns on one line (`headingLine`), as far as it goes; the rest goes to the text columns in
    /// proportion to what they want, or to every column when all hold figures.
    private func distribute(minimum: [Double], desired: [Double], figures: [Bool], headingLine: [Double],
                            floor: [Double]) -> [Double] {
        let minTotal = minimum.reduce(0, +)
        let desiredTotal = desired.reduce(0, +)
        let floorTotal = floor.reduce(0, +)
        var widths: [Double]
        if minTotal >= available, floorTotal < minTotal, floorTotal < available {
            let ratio = (available - floorTotal) / (minTotal - floorTotal)
            widths = zip(floor, minimum).map { $0 + ($1 - $0) * ratio }
        } else if minTotal >= available {
            widths = minimum
        } else if desiredTotal <= available {
            widths = desired
            var room = available - desiredTotal
            let headings = desired.indices.map { figures[$0] ? max(0, headingLine[$0] - desired[$0]) : 0 }
            let headingsTotal = headings.reduce(0, +)
            if headingsTotal > 0 {
                let share = min(1, room / headingsTotal)
                for index in widths.indices { widths[index] += headings[index] * share }
                room -= headingsTotal * share
            }
            let growing = figures.allSatisfy { $0 } ? figures.map { _ in true } : figures.map { !$0 }
            let growingTotal = zip(desired, growing).reduce(0) { $0 + ($1.1 ? $1.0 : 0) }
            for index in widths.indices where growing[index] { widths[index] += room * desired[index] / growingTotal }
        } else {
            let ratio = (available - minTotal) / (desiredTotal - minTotal)
            widths = zip(minimum, desired).map { $0 + ($1 - $0) * ratio }
        }
        let total = widths.reduce(0, +)
        return widths.map { $0 / total }
    }
}
