import DocumentTree
import PDFDrawing
import WriterSupport

/// Tables: the two borderless layout tables (the header block, the signature block), data tables (0.5 pt borders,
/// heading rows repeated on every page, no row split) and the half-sheet ballots, as the ODT writer lays them out.
extension FlowBuilder {
    /// Cell padding of a data table (the ODT's `GridCell`): 1 mm left and right, 0.5 mm above and below.
    static let cellPaddingXPt = 1 * ParagraphStyle.pointsPerMM
    static let cellPaddingYPt = 0.5 * ParagraphStyle.pointsPerMM
    /// A data table's borders.
    static let borderPt = 0.5

    mutating func layoutTable(_ cells: [Element], kind: LayoutTableKind) {
        guard !cells.isEmpty else { return }
        let lone = kind == .signatures && cells.count == 1
        let share = profile.headerIssuerShare
        let shares: [Double] = kind == .header && cells.count == 2 || lone
            ? [share, 1 - share] : Array(repeating: 1 / Double(cells.count), count: cells.count)
        let columns = shares.map { $0 * width }
        let xs = columns.indices.map { index in columns[..<index].reduce(0, +) }
        let placed = lone ? [(cells[0], 1)] : cells.enumerated().map { ($0.element, $0.offset) }
        var slice = Slice(height: 0)
        switch kind {
        case .header:
            for (cell, column) in placed {
                let box = StackedBox(stacking: nested(width: columns[column]) { $0.blocks(cell.children, in: .headerCell) })
                box.append(to: &slice.items, dx: xs[column], dy: 0)
                slice.height = max(slice.height, box.height)
            }
        case .signatures:
            // The signers' names in a row of their own, so they stand on one baseline whatever stands above them.
            var tops: [(StackedBox, Int)] = []
            var names: [(StackedBox, Int)] = []
            for (cell, column) in placed {
                let split = cell.children.firstIndex { if case .element(let e) = $0 { e.hasClass("sign-name") } else { false } } ?? cell.children.endIndex
                let top = nested(width: columns[column]) { $0.blocks(Array(cell.children[..<split]), in: .signatureCell) }
                let name = nested(width: columns[column]) { $0.blocks(Array(cell.children[split...]), in: .signatureCell) }
                var topBox = StackedBox(stacking: top)
                // The room for the signature above the name stays (its space after); at the foot of a cell with no
                // name (a ballot's stamp) it goes, as LibreOffice drops the space below a cell's last paragraph.
                if split < cell.children.endIndex { topBox.height += top.last?.spaceAfter ?? 0 }
                tops.append((topBox, column))
                names.append((StackedBox(stacking: name), column))
            }
            let topHeight = tops.map(\.0.height).max() ?? 0
            for (box, column) in tops { box.append(to: &slice.items, dx: xs[column], dy: 0) }
            for (box, column) in names { box.append(to: &slice.items, dx: xs[column], dy: topHeight) }
            slice.height = topHeight + (names.map(\.0.height).max() ?? 0)
            slice.spaceBefore = WriterSupport.PaperLayout.signatureMarginPt
        }
        append(slice)
    }

    /// A data table (`table.grid`, `table.plain`): columns shared as the ODT shares them (``ColumnWidths``), each
    /// row one slice that never splits, the heading rows kept with the first row and set again at the top of every
    /// further page, a delegate's ghi chú row (`tr.note`) kept with the delegate's row.
    mutating func gridTable(_ table: Element) {
        let rows = TableRows(table)
        let treeRows = table.tableRows
        guard rows.width > 0 else { return }
        let compact = table.hasClass("compact")
        let plain = table.hasClass("plain")
        let widths = ColumnWidths(sizePt: compact ? profile.compactTableSizePt : profile.tableSizePt,
                                  available: width / ParagraphStyle.pointsPerMM)
            .shares(cells: rows.measuredCells(), columns: rows.width).map { $0 * width }
        let xs = widths.indices.map { index in widths[..<index].reduce(0, +) }
        let headingCount = rows.rows.prefix { $0.isHeading }.count
        var header: [Slice] = []
        var body: [Slice] = []
        for (index, row) in rows.rows.enumerated() {
            let heading = index < headingCount
            var slice = gridRow(row.cells, heading: heading, widths: widths, xs: xs, compact: compact, plain: plain)
            if heading {
                slice.keepWithNext = true
                header.append(slice)
            } else {
                slice.repeatedHeader = header
                if index + 1 < treeRows.count, treeRows[index + 1].row.hasClass("note") {
                    slice.keepWithNext = true
                }
                body.append(slice)
            }
        }
        var all = header + body
        all[0].spaceBefore = WriterSupport.PaperLayout.gridTableMarginPt
        all[all.count - 1].spaceAfter = WriterSupport.PaperLayout.gridTableMarginPt
        for slice in all { append(slice) }
    }

    /// One row of a data table: each cell's paragraphs set in its column less the padding, the row as tall as its
    /// tallest cell, each cell's content centred vertically (the ODT's `style:vertical-align="middle"`).
    func gridRow(_ cells: [Element], heading: Bool, widths: [Double], xs: [Double], compact: Bool, plain: Bool) -> Slice {
        let padX = plain ? 0 : Self.cellPaddingXPt
        let padY = plain ? 0 : Self.cellPaddingYPt
        var boxes: [(box: StackedBox, x: Double, width: Double)] = []
        var used = 0
        for cell in cells where used < widths.count {
            let span = min(TableRows.span(cell), widths.count - used)
            let cellWidth = widths[used..<(used + span)].reduce(0, +)
            let context = BlockContext.gridCell(heading: heading || cell.name == "th", number: cell.hasClass("num"), compact: compact)
            var slices = nested(width: max(cellWidth - 2 * padX, 1)) { $0.blocks(cell.children, in: context) }
            if slices.isEmpty {
                slices = nested(width: max(cellWidth - 2 * padX, 1)) { $0.set([][...], style: $0.style(.default(in: context), in: context), keepWithNext: false) }
            }
            boxes.append((StackedBox(stacking: slices), xs[used], cellWidth))
            used += span
        }
        while used < widths.count {
            let empty = nested(width: widths[used]) { $0.set([][...], style: ParagraphStyle.of(compact ? .compactTableContents : .tableContents, profile: profile), keepWithNext: false) }
            boxes.append((StackedBox(stacking: empty), xs[used], widths[used]))
            used += 1
        }
        let content = boxes.map(\.box.height).max() ?? 0
        let border = plain ? 0 : Self.borderPt
        let height = content + 2 * padY + border
        var slice = Slice(height: height)
        for entry in boxes {
            let dy = border / 2 + padY + (content - entry.box.height) / 2
            entry.box.append(to: &slice.items, dx: entry.x + padX, dy: dy)
        }
        if !plain {
            let right = xs.last.map { $0 + widths[widths.count - 1] } ?? 0
            let half = border / 2
            slice.items.append(.line(x1: 0, y1: half, x2: right, y2: half, widthPt: border, dashPt: []))
            slice.items.append(.line(x1: 0, y1: height - half, x2: right, y2: height - half, widthPt: border, dashPt: []))
            for entry in boxes {
                slice.items.append(.line(x1: entry.x, y1: 0, x2: entry.x, y2: height, widthPt: border, dashPt: []))
            }
            slice.items.append(.line(x1: right, y1: 0, x2: right, y2: height, widthPt: border, dashPt: []))
        }
        return slice
    }

    /// Two short ballots to a sheet (`div.half-sheet`): each copy never split; the upper one (`cut-below`) at least
    /// as tall as the page down to its middle, where its dashed lower edge is the cut line, each copy kept
    /// ``FormatProfile/cutLineClearanceMM`` clear of it. A copy too tall grows rather than hide a line.
    mutating func halfSheet(_ division: Element, in context: BlockContext) {
        let clearance = FormatProfile.cutLineClearanceMM * ParagraphStyle.pointsPerMM
        let box = StackedBox(stacking: nested(width: width) { $0.blocks(division.children, in: .body) })
        var slice = Slice(height: 0)
        if division.hasClass("cut-below") {
            let height = max(profile.upperHalfSheetMM * ParagraphStyle.pointsPerMM, box.height + clearance)
            box.append(to: &slice.items, dx: 0, dy: 0)
            slice.items.append(.line(x1: 0, y1: height, x2: width, y2: height, widthPt: Self.borderPt, dashPt: [3, 3]))
            slice.height = height
        } else {
            box.append(to: &slice.items, dx: 0, dy: clearance)
            slice.height = box.height + clearance
        }
        append(slice)
    }
}
