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
    /// (a running number or a figure as narrow as it is, text columns sharing the rest after their longest text),
    /// heading rows (`thead`, or leading rows of `th`) repeated on every page, `td.num` right-aligned.
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
        var cellsMarkup: [String] = []
        var head: [String] = []
        for (index, entry) in rows.enumerated() {
            var used = 0
            var rowCells: [String] = []
            for node in entry.row.children where used < width {
                guard let cell = Self.cell(node) else { continue }
                let span = min(Self.span(cell), width - used)
                rowCells.append(tableCell(cell, heading: index < headingCount || cell.name == "th", span: span))
                used += span
            }
            rowCells += Array(repeating: "[]", count: width - used)
            if index < headingCount { head += rowCells } else { cellsMarkup += rowCells }
        }
        var arguments = ["columns: (\(columnWidths(rows, width: width).joined(separator: ", ")),)"]
        if plain { arguments.append("stroke: none, inset: (x: 0pt, y: 0pt, right: 4pt)") }
        if !head.isEmpty { arguments.append("table.header(" + head.joined(separator: ", ") + ")") }
        arguments += cellsMarkup
        emit("#[#set text(size: \(t.length(size, "pt")))\n#table(" + arguments.joined(separator: ",\n") + ")]")
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

    /// Each column's width: `auto` for running numbers and figures, else a share after its longest text
    /// (at most 60 characters counted, at least its heading's longest word).
    func columnWidths(_ rows: [Row], width: Int) -> [String] {
        var longest = Array(repeating: 0, count: width)
        var headingWord = Array(repeating: 0, count: width)
        var figuresOnly = Array(repeating: true, count: width)
        var anyBody = Array(repeating: false, count: width)
        for entry in rows {
            var column = 0
            for case .element(let cell) in entry.row.children where Self.isCell(cell) {
                let span = Self.span(cell)
                defer { column += span }
                guard span == 1, column < width else { continue }
                let text = Node.element(cell).textContent
                if entry.isHeading || cell.name == "th" {
                    headingWord[column] = max(headingWord[column], text.split(separator: " ").map(\.count).max() ?? 0)
                    if cell.hasClass("stt") { anyBody[column] = true }
                    continue
                }
                anyBody[column] = true
                longest[column] = max(longest[column], min(text.count, 60))
                let figure = cell.hasClass("num") || (!text.isEmpty && text.allSatisfy { $0.isNumber || $0 == "," || $0 == "." || $0 == "%" || $0 == " " })
                if !figure { figuresOnly[column] = false }
            }
        }
        return (0..<width).map { column in
            if anyBody[column], figuresOnly[column] { return "auto" }
            return "\(max(longest[column], headingWord[column], 4))fr"
        }
    }

    /// A row of a table and whether it is a heading row.
    struct Row { let row: Element; let isHeading: Bool }

    /// The rows of `table` in order; `thead` rows, and leading rows made only of `th`, are heading rows.
    func rows(of table: Element) -> [Row] {
        var out: [Row] = []
        for case .element(let child) in table.children {
            switch child.name {
            case "tr":
                let cells = child.children.compactMap(Self.cell)
                let allHeadings = !cells.isEmpty && cells.allSatisfy { $0.name == "th" }
                out.append(Row(row: child, isHeading: allHeadings && out.allSatisfy(\.isHeading)))
            case "thead", "tbody", "tfoot":
                for case .element(let row) in child.children where row.name == "tr" {
                    out.append(Row(row: row, isHeading: child.name == "thead" && out.allSatisfy(\.isHeading)))
                }
            default: continue
            }
        }
        return out
    }

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
