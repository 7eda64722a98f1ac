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

    /// The cells (`td`, `th`) of the row, in order.
    public var cells: [Element] { row.children.compactMap(Self.cell) }

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
