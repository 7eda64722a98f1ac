import DocumentTree
import Testing
@testable import WriterSupport

/// The rows of a data table as the writers lay it out (``TableRows``), and the widths of columns that repeat
/// their text from row to row.
@Suite("Table rows")
struct TableRowsTests {
    static func cell(_ text: String, colspan: String? = nil, name: String = "td") -> Node {
        .element(Element(name: name, attributes: colspan.map { [Attribute(name: "colspan", value: $0)] } ?? [],
                         children: [.text(text)]))
    }

    static func table(_ rows: [[Node]]) -> Element {
        Element(name: "table", children: [.element(Element(name: "tbody", children: rows.map { .element(Element(name: "tr", children: $0)) }))])
    }

    @Test("a table without colspan: every cell spans one column, the width is the widest row")
    func withoutSpans() {
        let rows = TableRows(Self.table([[Self.cell("1"), Self.cell("An"), Self.cell("Nam")], [Self.cell("2"), Self.cell("Bình")]]))
        #expect(rows.width == 3)
        #expect(rows.rows.allSatisfy { row in row.cells.allSatisfy { row.span($0) == 1 } })
        #expect(rows.measuredCells().map(\.column) == [0, 1, 2, 0, 1])
    }

    @Test("a row with colspan: its cells span what they say (1 … 64, a bad value 1), the others one column")
    func withSpans() {
        let rows = TableRows(Self.table([[Self.cell("Tổng", colspan: "2"), Self.cell("300")],
                                         [Self.cell("a", colspan: "x"), Self.cell("b"), Self.cell("c", colspan: "0"), Self.cell("d")],
                                         [Self.cell("wide", colspan: "100")]]))
        #expect(rows.rows.map { row in row.cells.map(row.span) } == [[2, 1], [1, 1, 1, 1], [64]])
        #expect(rows.width == 64)
        // Only cells spanning one column ask for width, at the column they start in.
        #expect(rows.measuredCells().map(\.text) == ["300", "a", "b", "c", "d"])
        #expect(rows.measuredCells().map(\.column) == [2, 0, 1, 2, 3])
    }

    @Test("a column's text repeated from row to row measures as it does alone; a heading and a body cell of the same text stay apart")
    func repeatedTexts() {
        let widths = ColumnWidths(sizePt: 13, available: 165)
        func cells(_ texts: [(String, Bool)]) -> [ColumnWidths.Cell] {
            texts.enumerated().map { ColumnWidths.Cell(column: $0.offset % 2, text: $0.element.0, heading: $0.element.1, figure: false) }
        }
        let repeated = widths.shares(cells: cells([("Mường Mường", true), ("Họ và tên", true), ("Mường Mường", false), ("An", false),
                                                   ("Mường Mường", false), ("An", false)]), columns: 2)
        let reordered = widths.shares(cells: cells([("Mường Mường", false), ("An", false), ("Mường Mường", true), ("Họ và tên", true),
                                                    ("Mường Mường", false), ("An", false)]), columns: 2)
        #expect(repeated == reordered)
        let once = widths.shares(cells: cells([("Mường Mường", true), ("Họ và tên", true), ("Mường Mường", false), ("An", false)]),
                                 columns: 2)
        #expect(once == repeated)
    }
}
