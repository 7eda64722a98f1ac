import DocumentTree

/// The rows of a data table as the ODT and the DOCX writer lay it out: the tree's rows in order
/// (``DocumentTree/Element/tableRows``: `thead` rows and leading rows made only of `th` being heading rows, repeated
/// at the top of every page), each row's cells (`td`, `th`), and the table's width in columns (the widest row,
/// `colspan` counted, at most 64 a cell).
package struct TableRows {
    package struct Row {
        package let cells: [Element]
        package let isHeading: Bool
        /// Whether a cell of the row has a `colspan`: when none has, every cell spans one column, read without a look
        /// at its attributes (a list has none; the look cost 70 instructions a cell, twice after this one: 0.34 M of
        /// 34.2 M a 300-delegate list, callgrind).
        let hasSpans: Bool

        init(_ row: TableRow) {
            cells = row.cells
            isHeading = row.isHeading
            hasSpans = cells.contains { $0.attribute("colspan") != nil }
        }

        /// The columns `cell`, one of ``cells``, spans (1 … 64; ``TableRows/span(_:)``).
        package func span(_ cell: Element) -> Int {
            hasSpans ? TableRows.span(cell) : 1
        }

        /// The columns the row's cells span in all.
        var width: Int {
            hasSpans ? cells.reduce(0) { $0 + TableRows.span($1) } : cells.count
        }
    }

    package let rows: [Row]
    package let width: Int

    package init(_ table: Element) {
        rows = table.tableRows.map(Row.init)
        width = rows.map(\.width).max() ?? 0
    }

    /// The cells (`td`, `th`) of the first row of `table`, wherever the row sits (`tbody`, `thead` or directly):
    /// the columns of a layout table (the header block, the signature block).
    package static func firstRowCells(of table: Element) -> [Element] {
        table.tableRows.first?.cells ?? []
    }

    /// The columns `cell` spans (1 … 64).
    package static func span(_ cell: Element) -> Int {
        // Most cells have no colspan: no number read then.
        guard let colspan = cell.attribute("colspan") else { return 1 }
        return min(max(Int(colspan) ?? 1, 1), 64)
    }

    /// The cells that ask a column for room (``ColumnWidths``): those spanning one column.
    package func measuredCells() -> [ColumnWidths.Cell] {
        var cells: [ColumnWidths.Cell] = []
        cells.reserveCapacity(rows.reduce(0) { $0 + $1.cells.count })
        for row in rows {
            var column = 0
            for cell in row.cells {
                let span = row.span(cell)
                defer { column += span }
                guard span == 1, column < width else { continue }
                // A cell's text is mostly its one child: taken as it is.
                let text: String
                if cell.children.count == 1, case .text(let only) = cell.children[0] { text = only } else { text = Node.element(cell).textContent }
                cells.append(ColumnWidths.Cell(column: column, text: text, heading: row.isHeading || cell.name == "th",
                                               figure: ColumnWidths.Cell.isFigure(cell)))
            }
        }
        return cells
    }
}
