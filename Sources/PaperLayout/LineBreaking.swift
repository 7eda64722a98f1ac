import PDFDrawing

/// How a paragraph's lines stand between its edges.
enum Alignment: Sendable, Equatable {
    /// Both edges straight, all lines but the last (and a line ended by `br`) stretched at their spaces.
    case justify
    case left, center, right
}

/// One line of a paragraph, set: its runs of text from its left edge, on its baseline (y 0).
struct SetLine: Sendable, Equatable {
    /// The drawn runs, x from the line's left edge, baseline 0.
    var items: [DrawnItem]
    /// The width the text takes (before stretching).
    var naturalWidth: Double
}

/// Breaks a paragraph's words into lines, first fit (as LibreOffice does), at plain spaces only; no hyphenation.
/// A word wider than a whole line is broken between two characters, the only place a line breaks inside a word.
struct LineBreaking {
    let metrics: any TextMetrics
    let sizePt: Double
    let alignment: Alignment

    /// A word measured: its runs and their widths.
    private struct Word {
        var pieces: [InlineText.Piece]
        var widths: [Double]
        var width: Double
    }

    /// Where a line ends.
    private enum LineEnd { case wrap, lineBreak, paragraph }

    /// The lines of `text`: the first `firstWidth` wide, the others `width` wide (points).
    func lines(_ text: InlineText, firstWidth: Double, width: Double) -> [SetLine] {
        var out: [SetLine] = []
        var words: [Word] = []
        var spaces: [Double] = []         // the space before each word of the line but the first
        var spaceFaces: [(FaceStyle, Bool)] = []
        var lineWidth = 0.0
        var pendingSpace: (FaceStyle, Bool)?
        func available() -> Double { max(out.isEmpty ? firstWidth : width, 1) }
        func finish(_ end: LineEnd) {
            out.append(set(words, spaces: spaces, spaceFaces: spaceFaces, natural: lineWidth, available: available(), end: end))
            words = []; spaces = []; spaceFaces = []; lineWidth = 0
        }
        for token in text.tokens {
            switch token {
            case .space(let face, let underline):
                pendingSpace = (face, underline)
            case .lineBreak:
                finish(.lineBreak)
                pendingSpace = nil
            case .word(let pieces):
                var word = measure(pieces)
                let space = words.isEmpty ? 0 : pendingSpace.map { metrics.advance(of: " ", in: $0.0) * sizePt } ?? 0
                let spaceFace = pendingSpace ?? (.regular, false)
                pendingSpace = nil
                if lineWidth + space + word.width <= available() + 0.001 {
                    if !words.isEmpty { spaces.append(space); spaceFaces.append(spaceFace); lineWidth += space }
                    words.append(word); lineWidth += word.width
                    continue
                }
                if !words.isEmpty { finish(.wrap) }
                // A word wider than the line: as many characters as fit, the rest on the next lines.
                while word.width > available() + 0.001 {
                    let (head, tail) = split(word, fitting: available())
                    words = [head]; lineWidth = head.width
                    finish(.wrap)
                    word = tail
                }
                words = [word]; lineWidth = word.width
            }
        }
        if !words.isEmpty || out.isEmpty || text.tokens.last == .lineBreak { finish(.paragraph) }
        return out
    }

    /// `text` set on one line as one run when it is plain (one face, single spaces, no white space at either end) and
    /// fits `width`: most cells of a table and lines of a header, set without breaking them into words.
    func singleLine(_ text: String, face: FaceStyle, width: Double) -> SetLine? {
        var previousSpace = true
        for byte in text.utf8 {
            let space = byte == 0x20
            if space && previousSpace { return nil }
            if byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C { return nil }
            previousSpace = space
        }
        if previousSpace { return nil }   // empty, or a space at the end
        let natural = metrics.width(of: Substring(text), in: face, sizePt: sizePt)
        guard natural <= max(width, 1) + 0.001 else { return nil }
        let slack = max(width - natural, 0)
        let x: Double
        switch alignment {
        case .justify, .left: x = 0
        case .center: x = slack / 2
        case .right: x = slack
        }
        return SetLine(items: [.text(x: x, baseline: 0, face: face, sizePt: sizePt, text: text)], naturalWidth: natural)
    }

    private func measure(_ pieces: [InlineText.Piece]) -> Word {
        let widths = pieces.map { metrics.width(of: Substring($0.text), in: $0.face, sizePt: sizePt) }
        return Word(pieces: pieces, widths: widths, width: widths.reduce(0, +))
    }

    /// The first characters of `word` that fit `available` (at least one), and the rest.
    private func split(_ word: Word, fitting available: Double) -> (Word, Word) {
        var head: [InlineText.Piece] = []
        var tail: [InlineText.Piece] = []
        var used = 0.0
        var full = false
        for piece in word.pieces {
            if full { tail.append(piece); continue }
            var taken = "", rest = ""
            for scalar in piece.text.unicodeScalars {
                if full { rest.unicodeScalars.append(scalar); continue }
                let advance = metrics.advance(of: scalar, in: piece.face) * sizePt
                if used + advance > available + 0.001, used > 0 || !taken.isEmpty || !head.isEmpty {
                    full = true
                    rest.unicodeScalars.append(scalar)
                } else {
                    used += advance
                    taken.unicodeScalars.append(scalar)
                }
            }
            if !taken.isEmpty { head.append(InlineText.Piece(text: taken, face: piece.face, underline: piece.underline)) }
            if !rest.isEmpty { tail.append(InlineText.Piece(text: rest, face: piece.face, underline: piece.underline)) }
        }
        return (measure(head), measure(tail))
    }

    /// The drawn runs of one line: each word at its x (a justified line stretched at its spaces), an underline
    /// under each underlined stretch.
    private func set(_ words: [Word], spaces: [Double], spaceFaces: [(FaceStyle, Bool)], natural: Double,
                     available: Double, end: LineEnd) -> SetLine {
        let slack = max(available - natural, 0)
        var x: Double
        var stretch = 0.0
        switch alignment {
        case .justify:
            x = 0
            if end == .wrap, words.count > 1 { stretch = slack / Double(words.count - 1) }
        case .left: x = 0
        case .center: x = slack / 2
        case .right: x = slack
        }
        var items: [DrawnItem] = []
        var underlineStart: Double?
        let underlineY = Self.underlinePositionEm * sizePt
        let underlineWidth = Self.underlineThicknessEm * sizePt
        func closeUnderline(at end: Double) {
            if let start = underlineStart, end > start {
                items.append(.line(x1: start, y1: underlineY, x2: end, y2: underlineY, widthPt: underlineWidth, dashPt: []))
            }
            underlineStart = nil
        }
        // A line not stretched keeps its words in one run while the face stays the same (the font's own space between
        // them); a stretched line draws each word at its own x.
        var run: (x: Double, face: FaceStyle, text: String)?
        func flush() {
            if let open = run { items.append(.text(x: open.x, baseline: 0, face: open.face, sizePt: sizePt, text: open.text)) }
            run = nil
        }
        for (index, word) in words.enumerated() {
            if index > 0 {
                let gap = spaces[index - 1] + stretch
                if !spaceFaces[index - 1].1 { closeUnderline(at: x) }
                if stretch == 0, let open = run, open.face == spaceFaces[index - 1].0, open.face == word.pieces[0].face {
                    run?.text += " "
                } else {
                    flush()
                }
                x += gap
            }
            for (piece, width) in zip(word.pieces, word.widths) {
                if let open = run, open.face == piece.face { run?.text += piece.text } else { flush(); run = (x, piece.face, piece.text) }
                if piece.underline { if underlineStart == nil { underlineStart = x } } else { closeUnderline(at: x) }
                x += width
            }
        }
        flush()
        closeUnderline(at: x)
        return SetLine(items: items, naturalWidth: natural)
    }

    /// Liberation Serif's underline (post table): 0.106 em under the baseline, 0.049 em thick.
    static let underlinePositionEm = 0.106
    static let underlineThicknessEm = 0.049
}
