import DocumentTree

/// The rows of a data table as the writers lay it out: in order, `thead` rows and leading rows made only of
/// `th` being heading rows (repeated at the top of every page), each row's cells (`td`, `th`), and the table's
/// width in columns (the widest row, `colspan` counted, at most 64 a cell).
package struct TableRows {
    package struct Row {
        package let cells: [Element]
        package let isHeading: Bool
    }

    package let rows: [Row]
    package let width: Int

    package init(_ table: Element) {
        var out: [Row] = []
        func add(_ row: Element, heading: Bool) {
            out.append(Row(cells: row.children.compactMap(Self.cell), isHeading: heading && out.allSatisfy(\.isHeading)))
        }
        for case .element(let child) in table.children {
            switch child.name {
            case "tr":
                let cells = child.children.compactMap(Self.cell)
                add(child, heading: !cells.isEmpty && cells.allSatisfy { $0.name == "th" })
            case "thead", "tbody", "tfoot":
                for case .element(let row) in child.children where row.name == "tr" { add(row, heading: child.name == "thead") }
            default: continue
            }
        }
        rows = out
        width = out.map { $0.cells.reduce(0) { $0 + Self.span($1) } }.max() ?? 0
    }

    /// The columns `cell` spans (1 … 64).
    package static func span(_ cell: Element) -> Int {
        min(max(Int(cell.attribute("colspan") ?? "") ?? 1, 1), 64)
    }

    /// The cells that ask a column for room (``ColumnWidths``): those spanning one column.
    package func measuredCells() -> [ColumnWidths.Cell] {
        var cells: [ColumnWidths.Cell] = []
        for row in rows {
            var column = 0
            for cell in row.cells {
                let span = Self.span(cell)
                defer { column += span }
                guard span == 1, column < width else { continue }
                let text: String
                if cell.children.count == 1, case .text(let only) = cell.children[0] { text = only } else { text = Node.element(cell).textContent }
                cells.append(ColumnWidths.Cell(column: column, text: text, heading: row.isHeading || cell.name == "th",
                                               figure: ColumnWidths.Cell.isFigure(cell)))
            }
        }
        return cells
    }

    private static func cell(_ node: Node) -> Element? {
        if case .element(let element) = node, element.name == "td" || element.name == "th" { return element }
        return nil
    }
}
