import DocumentTree
import WriterSupport

/// Tables: data grids with borders and header rows repeated on every page, and the borderless layout tables
/// (the header block, the signature block, a heading kept with its paragraph), as in the ODT.
extension DOCXBody {
    /// A borderless table of one row that never splits: the header block (issuer left, "ĐẢNG CỘNG SẢN VIỆT NAM"
    /// right) or the signature block (one column per signer; a lone signer sits in the right column).
    mutating func layoutTable(_ cells: [Element], kind: LayoutTableKind) {
        guard !cells.isEmpty else { return }
        let lone = kind == .signatures && cells.count == 1
        let shares: [Double] = kind == .header && cells.count == 2 || lone
            ? [layout.issuerColumnShare, 1 - layout.issuerColumnShare]
            : Array(repeating: 1 / Double(cells.count), count: cells.count)
        // Some room above the signature block: the ODT's table margin of 12 pt.
        if kind == .signatures { spacer(pt: PaperLayout.signatureMarginPt) }
        let widths = openTable(shares: shares, style: DOCXStyleName.layoutTable)
        text += "<w:tr><w:trPr><w:cantSplit/></w:trPr>\n"
        tableDepth += 1
        var column = 0
        if lone {
            openCell(width: widths[0], span: 1, centred: false)
            emptyParagraph(DOCXStyleName.signatureLine)
            text += "</w:tc>\n"
            column = 1
        }
        let context: BlockContext = kind == .signatures ? .signatureCell : .headerCell
        for cell in cells {
            tableCell(cell, width: widths[min(column, widths.count - 1)], context: context, centred: false)
            column += 1
        }
        tableDepth -= 1
        text += "</w:tr>\n</w:tbl>\n"
        if tableDepth == flowDepth { spaceAfterLastPt = 0 }
    }

    /// A heading and the paragraph after it (``Pagination/groupsWithHeading(_:_:before:)``) in one borderless
    /// table of one row that never splits, as the ODT writer sets them: LibreOffice (which also prints this
    /// DOCX) leaves a keep-with-next heading at the foot of a page when the paragraph after it moves whole.
    mutating func keepGroup(_ heading: Element, _ paragraph: Element) {
        // The heading's room above, which the cell drops from its first paragraph (the ODT's table margin).
        spacer(pt: PaperLayout.headingSpaceAbovePt(level: Int(heading.name.dropFirst()) ?? 3))
        let widths = openTable(shares: [1], style: DOCXStyleName.layoutTable)
        text += "<w:tr><w:trPr><w:cantSplit/></w:trPr>\n"
        openCell(width: widths[0], span: 1, centred: false)
        tableDepth += 1
        flushTop = true
        block(heading, in: .body)
        block(paragraph, in: .body)
        tableDepth -= 1
        text += "</w:tc>\n</w:tr>\n</w:tbl>\n"
        if tableDepth == flowDepth {
            spaceAfterLastPt = layout.profile.paragraphSpacingPt
            keepGroupEnd = lastParagraph.map { (text.count, $0) }
        }
    }

    /// Two short ballots to a sheet (`div.half-sheet`), as the ODT cuts the sheet: each copy in a borderless table of
    /// one row that never splits, the upper one (`cut-below`) at least ``FormatProfile/upperHalfSheetMM`` tall
    /// (`w:trHeight` at least), down to the middle of the page, where its dashed bottom border is the cut line; each
    /// copy kept ``FormatProfile/cutLineClearanceMM`` clear of the line (the cell's margin). The row grows rather
    /// than hide a line, so a copy too tall for its half moves the lower one to the next page.
    mutating func halfSheet(_ division: Element, in context: BlockContext) {
        let cutBelow = division.hasClass("cut-below")
        let widths = openTable(shares: [1], style: DOCXStyleName.layoutTable, leadsSheet: true)
        let clearance = DOCXUnits.twips(mm: FormatProfile.cutLineClearanceMM)
        text += "<w:tr><w:trPr><w:cantSplit/>"
        if cutBelow {
            text += "<w:trHeight w:val=\"\(DOCXUnits.twips(mm: layout.profile.upperHalfSheetMM))\" w:hRule=\"atLeast\"/>"
        }
        text += "</w:trPr>\n<w:tc><w:tcPr><w:tcW w:w=\"\(widths[0])\" w:type=\"dxa\"/>"
        if cutBelow {
            text += "<w:tcBorders><w:bottom w:val=\"dashed\" w:sz=\"\(DOCXUnits.eighths(pt: 0.5))\" w:space=\"0\" w:color=\"000000\"/></w:tcBorders>"
            text += "<w:tcMar><w:bottom w:w=\"\(clearance)\" w:type=\"dxa\"/></w:tcMar>"
        } else {
            text += "<w:tcMar><w:top w:w=\"\(clearance)\" w:type=\"dxa\"/></w:tcMar>"
        }
        text += "<w:vAlign w:val=\"top\"/></w:tcPr>\n"
        tableDepth += 1
        // The copy's blocks flow in the cell as on a page: their room between blocks as at the top level.
        let outerFlow = flowDepth
        flowDepth = tableDepth
        (spaceAfterLastPt, tableMarginBelowPt, topParagraphEnd, keepGroupEnd) = (0, 0, nil, nil)
        // No room above the copy's first paragraph: the ODT's LibreOffice drops it at the top of a cell.
        flushTop = true
        let start = text.count
        blocks(division.children, in: .body)
        flushTop = false
        if text.count == start { emptyParagraph(DOCXStyleName.textBody) }
        else if text.hasSuffix("</w:tbl>\n") { trailer() }
        flowDepth = outerFlow
        tableDepth -= 1
        text += "</w:tc>\n</w:tr>\n</w:tbl>\n"
        (spaceAfterLastPt, tableMarginBelowPt, topParagraphEnd, keepGroupEnd) = (0, 0, nil, nil)
    }

    /// A data table: borders, `thead` rows (or leading rows of `th`) repeated at the top of every page
    /// (`w:tblHeader`), no row split across pages (`w:cantSplit`), `td.num` right-aligned, column widths after
    /// their content (``ColumnWidths``, the ODT's estimate); `table.plain` has no borders.
    mutating func gridTable(_ table: Element) {
        let rows = TableRows(table)
        guard rows.width > 0 else { return }
        let compact = table.hasClass("compact")
        let widths = ColumnWidths(sizePt: compact ? layout.profile.compactTableSizePt : layout.profile.tableSizePt,
                                  available: layout.textWidthMM)
        // The ODT's 6 pt above a table; its 6 pt below go above the next block (``tableMarginBelowPt``).
        spacer(pt: PaperLayout.gridTableMarginPt)
        let plain = table.hasClass("plain")
        let columns = openTable(shares: widths.shares(cells: rows.measuredCells(), columns: rows.width),
                                style: plain ? DOCXStyleName.layoutTable : DOCXStyleName.gridTable)
        tableDepth += 1
        for row in rows.rows {
            text += row.isHeading ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>\n" : "<w:tr><w:trPr><w:cantSplit/></w:trPr>\n"
            var used = 0
            for cell in row.cells where used < rows.width {
                let span = min(row.span(cell), rows.width - used)
                let width = columns[used..<(used + span)].reduce(0, +)
                let context = BlockContext.gridCell(heading: row.isHeading || cell.name == "th", number: cell.hasClass("num"), compact: compact)
                tableCell(cell, width: width, context: context, span: span, centred: !plain)
                used += span
            }
            while used < rows.width {
                openCell(width: columns[used], span: 1, centred: !plain)
                emptyParagraph(compact ? DOCXStyleName.compactTableContents : DOCXStyleName.tableContents)
                text += "</w:tc>\n"
                used += 1
            }
            text += "</w:tr>\n"
        }
        tableDepth -= 1
        text += "</w:tbl>\n"
        if tableDepth == flowDepth {
            spaceAfterLastPt = 0
            tableMarginBelowPt = PaperLayout.gridTableMarginPt
        }
    }
}

private extension DOCXBody {
    /// Opens a table as wide as the text with columns of `shares` of it; returns the columns' widths in twips.
    /// At the top level the table first takes the page start due (a sheet closes the section before it; after a
    /// page break a small paragraph starts the new page, since a table has no page break of its own).
    /// `leadsSheet`: a sheet this table starts begins with a small paragraph, not with the table (LibreOffice 7.4
    /// reading a .docx numbers the first page of a section "1" when it opens with a table whose first cell opens
    /// with a table: a half sheet's copy under its header block).
    mutating func openTable(shares: [Double], style: String, leadsSheet: Bool = false) -> [Int] {
        switch takePageStart() {
        case .none: break
        case .pageBreak: trailer(startingPage: true)
        case .sheet:
            closeSection()
            if leadsSheet { trailer() }
        }
        let total = DOCXUnits.twips(mm: layout.textWidthMM)
        var widths = shares.map { Int((Double(total) * $0).rounded(.down)) }
        if let last = widths.indices.last { widths[last] += total - widths.reduce(0, +) }
        let grid = style == DOCXStyleName.gridTable
        text += "<w:tbl><w:tblPr><w:tblStyle w:val=\""
        text += style
        text += "\"/><w:tblW w:w=\""
        text += String(total)
        text += "\" w:type=\"dxa\"/><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
        text += DOCXTable.borders(grid: grid)
        text += "<w:tblLayout w:type=\"fixed\"/>"
        text += DOCXTable.cellMargins(grid: grid)
        text += "<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>\n<w:tblGrid>"
        for width in widths {
            text += "<w:gridCol w:w=\""
            text += String(width)
            text += "\"/>"
        }
        text += "</w:tblGrid>\n"
        return widths
    }

    /// A cell of a data table (`centred`) says only what its table's grid and style do not: its span. Its width is
    /// the grid's (fixed layout) and its vertical centring the `Grid Table` style's, so the 2,400 cells of a
    /// 300-row list carry no properties (a fifth of document.xml, measured: 466 KB → 350 KB, and as much less to deflate).
    mutating func openCell(width: Int, span: Int, centred: Bool) {
        if centred, span == 1 {
            text += "<w:tc>\n"
            return
        }
        text += "<w:tc><w:tcPr><w:tcW w:w=\""
        text += String(width)
        text += "\" w:type=\"dxa\"/>"
        if span > 1 {
            text += "<w:gridSpan w:val=\""
            text += String(span)
            text += "\"/>"
        }
        text += "</w:tcPr>\n"
    }

    /// A cell with its blocks; a cell holds at least one paragraph and ends with one.
    mutating func tableCell(_ cell: Element, width: Int, context: BlockContext, span: Int = 1, centred: Bool) {
        openCell(width: width, span: span, centred: centred)
        if Self.holdsOneText(cell) {
            // What the walk over the cell's blocks comes to for one text (a loose run, written as one paragraph of
            // the cell's style), called directly: nearly every cell of a list is one text, and the walk, its test
            // for visible content and for a table at the cell's end cost 1,500 instructions a cell, 3.6 M a
            // 300-row delegate list (callgrind, release build).
            paragraph(defaultStyle(context), cell.children[...])
        } else {
            let start = text.count
            blocks(cell.children, in: context)
            if text.count == start { emptyParagraph(defaultStyle(context)) }
            else if text.hasSuffix("</w:tbl>\n") { trailer() }
        }
        // The room for a seal under "NƠI ĐÓNG DẤU" with no name below: LibreOffice sets no space after the last
        // paragraph of a cell of the ODT, where Word and LibreOffice reading a .docx keep it; so it goes here too,
        // or a ballot's signature block would be 22 mm taller than in the ODT (and move to a page of its own).
        // Matched, not compared with `==`: the synthesised comparison of another module's enum is called through its
        // protocol witness, 30 instructions a cell of a list.
        if case .signatureCell = context, let last = lastParagraph, last.style == DOCXStyleName.signSpace, !last.spaced,
           text.hasSuffix("</w:p>\n") {
            text.insert("<w:spacing w:after=\"0\"/>", at: last.propertiesEnd)
        }
        text += "</w:tc>\n"
    }

    /// Whether `cell` holds one text with something visible in it, nothing else: the walk over its blocks would write
    /// it as one loose paragraph (``BlockWriter/looseParagraph(_:in:keepWithNext:)``), not kept with anything.
    static func holdsOneText(_ cell: Element) -> Bool {
        guard cell.children.count == 1, case .text(let text) = cell.children[0] else { return false }
        // A text that starts with something visible has content (every cell of a list): told by its first byte, not a
        // scan through the generic byte view (some 100 instructions a cell).
        if let first = text.utf8.first, !XMLText.isSpace(first) { return true }
        return InlineContent.hasContent(cell.children[...])
    }

    /// The room the ODT gives a table above it, `pt`, which LibreOffice adds to the space after the paragraph before
    /// (as between two paragraphs; ``PaperLayout`` adds them the same way and matches its pages line for line) and,
    /// after a data table, to that table's room below; none at the top of a page. So the paragraph before gets the
    /// sum as its space after (space after never opens a page); after a table, an empty paragraph as high as the
    /// room; at the start of a page (a page break or a sheet due), nothing. Measured (pdftotext -bbox, LibreOffice
    /// 7.4, Khu phố 3's committee review): the heading after the subtitle 36 pt below it from the ODT, 30 pt from
    /// the .docx when the larger of the two was set, 36 pt now.
    mutating func spacer(pt: Double) {
        defer { if tableDepth == flowDepth { tableMarginBelowPt = 0 } }
        guard tableDepth == flowDepth, !isFirstBlock, !pendingBreak, !pendingSheet, pt + tableMarginBelowPt >= 1 else { return }
        let total = spaceAfterLastPt + pt
        let spacing = "<w:spacing w:after=\"\(DOCXUnits.twips(pt: total))\"/>"
        if let end = topParagraphEnd, end == text.count, let last = lastParagraph, !last.spaced {
            text.insert(spacing, at: last.propertiesEnd)
            topParagraphEnd = text.count
        } else if let group = keepGroupEnd, group.offset == text.count, !group.paragraph.spaced {
            // After a keep group: its last paragraph's space after (a .docx keeps it in a cell).
            text.insert(spacing, at: group.paragraph.propertiesEnd)
            keepGroupEnd = (text.count, group.paragraph)
        } else {
            // After a table (its room below and this one), or a paragraph whose space after is already set (this one):
            // an empty paragraph, not kept with the next block, so it ends a page rather than opens one.
            text += "<w:p><w:pPr><w:pStyle w:val=\"\(DOCXStyleName.trailer)\"/><w:spacing w:line=\""
            text += String(DOCXUnits.twips(pt: tableMarginBelowPt + pt))
            text += "\" w:lineRule=\"exact\"/></w:pPr></w:p>\n"
        }
        spaceAfterLastPt = total
    }
}
