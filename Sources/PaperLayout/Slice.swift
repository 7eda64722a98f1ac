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

extension Slice {
    /// The slice cut in two where it must break to fit `room` points: every line of text that ends within the room in
    /// the upper part, the others (moved up) in the lower, a border across the cut drawn to it in both (the upper part
    /// may hold only empty room: a short cell centred in a tall row). `nil` when not even one line fits the room, or
    /// when nothing is drawn below the cut.
    func cut(within room: Double, metrics: any TextMetrics) -> (Slice, Slice)? {
        guard room > 0 else { return nil }
        // The cut goes above the first line of text that would cross it.
        var at = room
        for item in items {
            if case .text(_, let baseline, _, let size, _) = item, baseline + metrics.descenderEm * size > room {
                at = min(at, baseline - metrics.ascenderEm * size)
            }
        }
        guard at > 0, at < height else { return nil }
        var head = Slice(height: at, spaceBefore: spaceBefore)
        var tail = Slice(height: height - at, spaceAfter: spaceAfter, keepWithNext: keepWithNext, repeatedHeader: repeatedHeader)
        for item in items {
            switch item {
            case .text(_, let baseline, _, _, _):
                if baseline < at { head.items.append(item) } else { tail.items.append(item.shifted(0, -at)) }
            case .line(let x1, let y1, let x2, let y2, let width, let dash):
                let top = min(y1, y2), bottom = max(y1, y2)
                if bottom <= at { head.items.append(item) }
                else if top >= at { tail.items.append(item.shifted(0, -at)) }
                else if x1 == x2 {
                    head.items.append(.line(x1: x1, y1: top, x2: x2, y2: at, widthPt: width, dashPt: dash))
                    tail.items.append(.line(x1: x1, y1: 0, x2: x2, y2: bottom - at, widthPt: width, dashPt: dash))
                } else {
                    head.items.append(item)
                }
            }
        }
        // Nothing drawn below the cut: the slice is set whole, its empty end runs past the margin, drawing nothing.
        guard !tail.items.isEmpty else { return nil }
        return (head, tail)
    }
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
