/// The rows of a table of the document tree as every writer reads them (docs/document-tree.md: `thead` rows
/// repeat on every page): the Typst writer reads them here, the ODT and DOCX writers through `WriterSupport.TableRows`.
public struct TableRow: Sendable, Equatable {
    /// The `tr` element.
    public let row: Element
    /// A heading row: in `thead`, or one of the leading rows made only of `th`.
    public let isHeading: Bool

    public init(row: Element, isHeading: Bool) {
        self.row = row
        self.isHeading = isHeading
    }

    /// The cells (`td`, `th`) of the row, in order. Gathered into an array made once as large as the row's children
    /// (a `compactMap` grew it four times for eight cells: 2,750 instructions a row of a delegate list; callgrind).
    public var cells: [Element] {
        var cells: [Element] = []
        cells.reserveCapacity(row.children.count)
        for node in row.children {
            if let cell = Self.cell(node) { cells.append(cell) }
        }
        return cells
    }

    /// `node` when it is a cell (`td`, `th`).
    public static func cell(_ node: Node) -> Element? {
        if case .element(let element) = node, element.name == "td" || element.name == "th" { return element }
        return nil
    }
}

extension Element {
    /// The rows of this table in order, directly or in `thead`, `tbody`, `tfoot`; `thead` rows, and leading rows
    /// made only of `th`, are heading rows.
    public var tableRows: [TableRow] {
        var out: [TableRow] = []
        for case .element(let child) in children {
            switch child.name {
            case "tr":
                let cells = child.children.compactMap(TableRow.cell)
                let allHeadings = !cells.isEmpty && cells.allSatisfy { $0.name == "th" }
                out.append(TableRow(row: child, isHeading: allHeadings && out.allSatisfy(\.isHeading)))
            case "thead", "tbody", "tfoot":
                for case .element(let row) in child.children where row.name == "tr" {
                    out.append(TableRow(row: row, isHeading: child.name == "thead" && out.allSatisfy(\.isHeading)))
                }
            default: continue
            }
        }
        return out
    }
}
