import DocumentTree

/// Tables: the header block and the signature block (borderless grids) and the data tables (borders, the
/// heading rows repeated on every page, no row split across pages).
extension TypstBody {
    /// The header block: the issuer's column and the Party's column, each line centred on its column's axis.
    mutating func header(_ cells: [Element]) {
        guard !cells.isEmpty else { return }
        let t = TypstText.self
        let share = profile.headerIssuerShare
        let shares = cells.count == 2 ? [share, 1 - share] : Array(repeating: 1 / Double(cells.count), count: cells.count)
        let columns = shares.map { t.length($0 * 100, "%") }.joined(separator: ", ")
        let size = t.length(profile.headerSizePt, "pt")
        let contents = cells.map { cell in
            "[#set align(center)\n#dhTight(\(size))[\n" + nested { $0.blocks(cell.children, in: .headerCell) } + "]]"
        }
        emit("#block(breakable: false, width: 100%, above: 0pt)[#grid(columns: (\(columns),), \(contents.joined(separator: ", ")))]")
    }

    /// The signature block: one column per signer (a lone signer in the right column, under the Party's name),
    /// each centred; the signers' names in a row of their own, so they stand on one baseline whatever stands
    /// above them. Never split (the caller makes it unbreakable and the block before it sticky).
    mutating func signatures(_ signers: [Element]) {
        guard !signers.isEmpty else { return }
        let t = TypstText.self
        let lone = signers.count == 1
        let shares = lone ? [profile.headerIssuerShare, 1 - profile.headerIssuerShare] : Array(repeating: 1 / Double(signers.count), count: signers.count)
        let columns = shares.map { t.length($0 * 100, "%") }.joined(separator: ", ")
        var tops: [String] = lone ? ["[]"] : []
        var names: [String] = lone ? ["[]"] : []
        for signer in signers {
            let split = signer.children.firstIndex { if case .element(let e) = $0 { e.hasClass("sign-name") } else { false } } ?? signer.children.endIndex
            let top = Array(signer.children[..<split]), bottom = Array(signer.children[split...])
            tops.append("[\n" + nested { $0.blocks(top, in: .signatureCell) } + "]")
            names.append("[\n" + nested { $0.blocks(bottom, in: .signatureCell) } + "]")
        }
        let above = t.length(12 + preamble.paragraphGapPt, "pt")
        emit("#block(breakable: false, width: 100%, above: \(above))[#dhTight(\(t.length(profile.bodySizePt, "pt")))[#grid(columns: (\(columns),), align: center + top, "
             + (tops + names).joined(separator: ", ") + ")]]")
    }

    /// A data table (`table.grid`) or names in columns (`table.plain`): columns as wide as their content asks
    /// (``TypstColumnWidths``), heading rows (`thead`, or leading rows of `th`) repeated on every page, no row split,
    /// `td.num` right-aligned (a delegate's ghi chú is inside the delegate's row, so no row of its own needs
    /// keeping with another). A long list (`table.grid.compact`) never leaves its last
    /// ``lastRowsTogether`` rows to a page of their own: they are set as one unbreakable cell (a table of the same
    /// columns inside), which Typst moves whole (the print stylesheet's `tr:nth-last-child(-n+4)`).
    mutating func gridTable(_ table: Element) {
        let rows = rows(of: table)
        let width = rows.map { $0.row.children.compactMap(Self.cell).reduce(0) { $0 + Self.span($1) } }.max() ?? 0
        guard width > 0 else { return }
        let t = TypstText.self
        let compact = table.hasClass("compact")
        let plain = table.hasClass("plain")
        var size = compact ? profile.compactTableSizePt : profile.tableSizePt
        if table.hasClass("two-columns") { size -= 1 }
        let headingCount = rows.prefix { $0.isHeading }.count
        let columns = "columns: (" + columnWidths(rows, width: width, sizePt: size).map { t.length($0, "mm") }.joined(separator: ", ") + ",)"
        let head = rows.indices.prefix(headingCount).flatMap { rowCells(rows, at: $0, width: width, heading: true) }
        let body = Array(rows.indices.dropFirst(headingCount))
        let tail = compact && body.count > 2 * Self.lastRowsTogether ? Self.lastRowsTogether : 0
        var cells = body.dropLast(tail).flatMap { rowCells(rows, at: $0, width: width, heading: false) }
        if tail > 0 {
            let last = body.suffix(tail).flatMap { rowCells(rows, at: $0, width: width, heading: false) }
            cells.append("table.cell(colspan: \(width), inset: 0pt, stroke: none)[#table(\(columns),\n" + last.joined(separator: ",\n") + ")]")
        }
        var arguments = [columns]
        if plain { arguments.append("stroke: none, inset: (x: 0pt, y: 0pt, right: 4pt)") }
        if !head.isEmpty { arguments.append("table.header(" + head.joined(separator: ", ") + ")") }
        arguments += cells
        emit("#[#set text(size: \(t.length(size, "pt")))\n#table(" + arguments.joined(separator: ",\n") + ")]")
    }

    /// The rows at the end of a long list kept on one page: never one or two alone.
    static let lastRowsTogether = 4

    /// The cells of row `index` of `rows`, filled up to `width` columns.
    mutating func rowCells(_ rows: [Row], at index: Int, width: Int, heading: Bool) -> [String] {
        let row = rows[index].row
        var used = 0
        var out: [String] = []
        for node in row.children where used < width {
            guard let cell = Self.cell(node) else { continue }
            let span = min(Self.span(cell), width - used)
            used += span
            out.append(tableCell(cell, heading: heading || cell.name == "th", span: span))
        }
        return out + Array(repeating: "[]", count: width - used)
    }

    /// One cell: a heading bold and centred, a figure right-aligned; its blocks as paragraphs.
    mutating func tableCell(_ cell: Element, heading: Bool, span: Int) -> String {
        var content = nested { $0.blocks(cell.children, in: .gridCell) }
        while content.hasSuffix("\n") { content.removeLast() }
        if heading { content = "#strong[" + content + "]" }
        var options: [String] = []
        if span > 1 { options.append("colspan: \(span)") }
        if heading { options.append("align: center + horizon") } else if cell.hasClass("num") { options.append("align: right + horizon") }
        return options.isEmpty ? "[" + content + "]" : "table.cell(" + options.joined(separator: ", ") + ")[" + content + "]"
    }

    /// A cell's text with each `<br/>` as a line break ("Chức vụ\nGhi chú: …"), so that its wish is its longest line.
    static func lines(of node: Node) -> String {
        switch node {
        case .text(let text): return text
        case .element(let element) where element.name == "br": return "\n"
        case .element(let element): return element.children.map(lines(of:)).joined()
        }
    }

    /// Each column's width in millimetres (``TypstColumnWidths``), from the cells that span one column.
    func columnWidths(_ rows: [Row], width: Int, sizePt: Double) -> [Double] {
        var cells: [TypstColumnWidths.Cell] = []
        for entry in rows {
            var column = 0
            for case .element(let cell) in entry.row.children where Self.isCell(cell) {
                let span = Self.span(cell)
                defer { column += span }
                guard span == 1, column < width else { continue }
                cells.append(.init(column: column, text: Self.lines(of: .element(cell)), heading: entry.isHeading || cell.name == "th",
                                   figure: cell.hasClass("num") || cell.hasClass("stt")))
            }
        }
        return TypstColumnWidths(sizePt: sizePt, available: preamble.textWidthMM).widths(cells, columns: width)
    }

    typealias Row = TableRow

    func rows(of table: Element) -> [Row] { table.tableRows }

    /// The cells of the first row of `table`.
    func cells(of table: Element) -> [Element] {
        rows(of: table).first.map { $0.row.children.compactMap(Self.cell) } ?? []
    }

    static func cell(_ node: Node) -> Element? {
        if case .element(let element) = node, isCell(element) { return element }
        return nil
    }

    static func isCell(_ element: Element) -> Bool { element.name == "td" || element.name == "th" }

    static func span(_ cell: Element) -> Int { min(max(Int(cell.attribute("colspan") ?? "") ?? 1, 1), 64) }
}
