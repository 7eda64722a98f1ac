import PDFDrawing

/// Where a slice starts its page.
enum PageStart: Sendable, Equatable {
    /// It continues the flow.
    case none
    /// It starts a new page (after a `div.page-break`).
    case pageBreak
    /// It starts a sheet (`div.sheet`): a new page whose count restarts at 1.
    case sheet
}

/// The smallest piece of a paper the pagination moves: a line of a paragraph, a row of a table, a block that never
/// splits (the header block, the signature block, a half-sheet ballot). Items are drawn from the slice's top-left
/// corner (x from the text area's left edge, y down from the slice's top).
struct Slice: Sendable {
    var height: Double
    /// Space above the slice, dropped at the top of a page.
    var spaceBefore = 0.0
    /// Space below the slice, before the next one (dropped at the foot of a page).
    var spaceAfter = 0.0
    var items: [DrawnItem] = []
    /// No page break between this slice and the next (keep with next, keep together, widows and orphans).
    var keepWithNext = false
    var pageStart: PageStart = .none
    /// A data table's heading rows, set again above this row when it opens a page.
    var repeatedHeader: [Slice] = []
}

extension DrawnItem {
    /// The item moved by `dx`, `dy`.
    func shifted(_ dx: Double, _ dy: Double) -> DrawnItem {
        switch self {
        case .text(let x, let baseline, let face, let size, let text):
            return .text(x: x + dx, baseline: baseline + dy, face: face, sizePt: size, text: text)
        case .line(let x1, let y1, let x2, let y2, let width, let dash):
            return .line(x1: x1 + dx, y1: y1 + dy, x2: x2 + dx, y2: y2 + dy, widthPt: width, dashPt: dash)
        }
    }
}

/// Slices stacked into one unbreakable box (a table cell, a column of the header block, a half sheet): the space
/// above the first slice and below the last are dropped, as LibreOffice drops them inside a cell.
struct StackedBox: Sendable {
    var height = 0.0
    var items: [DrawnItem] = []

    init() {}

    init(stacking slices: [Slice]) {
        var y = 0.0
        var previousAfter: Double?
        for slice in slices {
            if let after = previousAfter { y += after + slice.spaceBefore }
            for item in slice.items { items.append(item.shifted(0, y)) }
            y += slice.height
            previousAfter = slice.spaceAfter
        }
        height = y
    }

    /// The box's items moved by `dx`, `dy`, appended to `out`.
    func append(to out: inout [DrawnItem], dx: Double, dy: Double) {
        for item in items { out.append(item.shifted(dx, dy)) }
    }
}
