import DocumentTree
import WriterSupport

/// Tables: data grids with borders and repeated header rows, and the two borderless layout tables
/// (the header block and the signature block).
extension ODFBody {
    /// A borderless table of one row: the header block (issuer left, "ĐẢNG CỘNG SẢN VIỆT NAM" right)
    /// or the signature block (one column per signer; a lone signer sits in the right column).
    mutating func layoutTable(_ cells: [Element], kind: LayoutTableKind) {
        guard !cells.isEmpty else { return }
        let lone = kind == .signatures && cells.count == 1
        let shares: [Double] = kind == .header && cells.count == 2 || lone
            ? [layout.issuerColumnShare, 1 - layout.issuerColumnShare]
            : Array(repeating: 1 / Double(cells.count), count: cells.count)
        let extra = kind == .signatures ? Self.signatureTableProperties : Self.headerTableProperties
        let name = tableStyle(shares: shares, extra: extra)
        openTable(name, columns: shares.count)
        text += "<table:table-row table:style-name=\"KeepRow\">\n"
        tableDepth += 1
        if lone {
            text += "<table:table-cell table:style-name=\"LayoutCell\"><text:p text:style-name=\""
            text += ODFStyleName.signatureLine
            text += "\"/></table:table-cell>\n"
        }
        let context: BlockContext = kind == .signatures ? .signatureCell : .headerCell
        for cell in cells { tableCell(cell, style: "LayoutCell", context: context) }
        tableDepth -= 1
        text += "</table:table-row>\n</table:table>\n"
    }

    /// A heading and the paragraph after it (``Pagination/groupsWithHeading(_:_:before:)``: a lead-in, or a
    /// paragraph too short to split) in one borderless table of one unbreakable row, which keeps with the next
    /// block when the paragraph does: LibreOffice 7.4 leaves a keep-with-next paragraph at the foot of a page when
    /// the paragraph after it moves to the next page whole (widows, orphans), and so also breaks a chain of two;
    /// an unbreakable row it moves whole, and a table's keep-with-next it honours. The cell has no padding and no
    /// border, the paragraphs keep their styles; LibreOffice drops the space above the first paragraph of a cell
    /// and below its last, so the table carries them (the heading's and a paragraph's): the page looks the same.
    mutating func keepGroup(_ heading: Element, _ paragraph: Element, keepWithNext: Bool) {
        let level = Int(heading.name.dropFirst()) ?? 3
        let spacing = " fo:margin-top=\"" + ODFXML.pt(ODFLayout.headingSpaceAbovePt(level: level))
            + "\" fo:margin-bottom=\"" + ODFXML.pt(layout.profile.paragraphSpacingPt) + "\""
        let name = tableStyle(shares: [1], extra: spacing + (keepWithNext ? Self.keepWithNextProperty : "") + Self.headerTableProperties)
        openTable(name, columns: 1)
        text += "<table:table-row table:style-name=\"KeepRow\">\n<table:table-cell table:style-name=\"LayoutCell\">\n"
        tableDepth += 1
        block(heading, in: .body)
        block(paragraph, in: .body)
        tableDepth -= 1
        text += "</table:table-cell>\n</table:table-row>\n</table:table>\n"
    }

    /// Two short ballots to a sheet (`div.half-sheet`): each copy in a borderless table of one unbreakable row, the
    /// upper one (`cut-below`) at least as tall as the page down to its middle, where its dashed lower border is the
    /// cut line; each copy kept ``FormatProfile/cutLineClearanceMM`` clear of the line. The row grows rather than
    /// hide a line, so a copy too tall for its half moves the lower one to the next page, where the page
    /// assertions find it (nothing is ever clipped).
    mutating func halfSheet(_ element: Element, in context: BlockContext) {
        let cutBelow = element.hasClass("cut-below")
        if !hasHalfSheetStyles {
            hasHalfSheetStyles = true
            let clearance = ODFXML.mm(FormatProfile.cutLineClearanceMM)
            automaticStyles += "<style:style style:name=\"HalfSheetRow\" style:family=\"table-row\"><style:table-row-properties "
                + "style:min-row-height=\"\(ODFXML.mm(layout.profile.upperHalfSheetMM))\" fo:keep-together=\"always\"/></style:style>\n"
                + "<style:style style:name=\"HalfSheetUpper\" style:family=\"table-cell\"><style:table-cell-properties fo:padding=\"0mm\" "
                + "fo:padding-bottom=\"\(clearance)\" fo:border=\"none\" fo:border-bottom=\"0.5pt dashed #000000\" "
                + "style:vertical-align=\"top\"/></style:style>\n"
                + "<style:style style:name=\"HalfSheetLower\" style:family=\"table-cell\"><style:table-cell-properties fo:padding=\"0mm\" "
                + "fo:padding-top=\"\(clearance)\" fo:border=\"none\"/></style:style>\n"
        }
        // LibreOffice 7.4 takes a table's master page from the first table in its first cell when there is one
        // (a page numbered "1" on an unnumbered sheet): the copy's header asks for it too.
        let start = ODFPageStart.of(isFirstBlock: isFirstBlock, pendingBreak: pendingBreak, pendingSheet: pendingSheet,
                                    numbersFromPage: layout.profile.pageNumbersFromPage)
        let name = tableStyle(shares: [1], extra: Self.headerTableProperties)
        nestedMasterPage = tableDepth == 0 ? start.masterPage(numbersFromPage: layout.profile.pageNumbersFromPage) : nil
        openTable(name, columns: 1)
        text += cutBelow ? "<table:table-row table:style-name=\"HalfSheetRow\">\n" : "<table:table-row table:style-name=\"KeepRow\">\n"
        text += cutBelow ? "<table:table-cell table:style-name=\"HalfSheetUpper\">\n" : "<table:table-cell table:style-name=\"HalfSheetLower\">\n"
        tableDepth += 1
        blocks(element.children, in: .body)
        tableDepth -= 1
        text += "</table:table-cell>\n</table:table-row>\n</table:table>\n"
    }

    /// The table property that keeps a table on the page of the block after it.
    static let keepWithNextProperty = " fo:keep-with-next=\"always\""

    /// The table properties of the header block: its row never splits across pages.
    static let headerTableProperties = " style:may-break-between-rows=\"false\""
    /// The table properties of the signature block: some room above it, its row never split.
    static let signatureTableProperties = " fo:margin-top=\"" + XMLText.pt(PaperLayout.signatureMarginPt) + "\"" + headerTableProperties
    /// The table properties of a data table.
    static let gridTableProperties = " fo:margin-top=\"" + XMLText.pt(PaperLayout.gridTableMarginPt)
        + "\" fo:margin-bottom=\"" + XMLText.pt(PaperLayout.gridTableMarginPt) + "\""

    /// A data table: borders, `thead` rows (or a leading row of `th`) repeated on every page,
    /// `td.num` right-aligned, column widths after the length of their content; `table.plain` has no borders
    /// (names in columns).
    mutating func gridTable(_ table: Element) {
        let rows = TableRows(table)
        let width = rows.width
        guard width > 0 else { return }
        let compact = table.hasClass("compact")
        let widths = ODFColumnWidths(sizePt: compact ? layout.profile.compactTableSizePt : layout.profile.tableSizePt,
                                     available: layout.textWidthMM)
        let name = tableStyle(shares: widths.shares(cells: rows.measuredCells(), columns: width),
                              extra: Self.gridTableProperties)
        openTable(name, columns: width)
        tableDepth += 1
        let headingCount = rows.rows.prefix { $0.isHeading }.count
        if headingCount > 0 { text += "<table:table-header-rows>\n" }
        for (index, row) in rows.rows.enumerated() {
            if index == headingCount, headingCount > 0 { text += "</table:table-header-rows>\n" }
            gridRow(row.cells, heading: index < headingCount, width: width, compact: compact,
                    cellStyle: table.hasClass("plain") ? "LayoutCell" : "GridCell")
        }
        if headingCount == rows.rows.count { text += "</table:table-header-rows>\n" }
        tableDepth -= 1
        text += "</table:table>\n"
    }
}

private extension ODFBody {
    mutating func gridRow(_ cells: [Element], heading: Bool, width: Int, compact: Bool, cellStyle: String) {
        text += "<table:table-row table:style-name=\"KeepRow\">\n"
        var used = 0
        for cell in cells where used < width {
            let span = min(TableRows.span(cell), width - used)
            let context = BlockContext.gridCell(heading: heading || cell.name == "th", number: cell.hasClass("num"), compact: compact)
            tableCell(cell, style: cellStyle, context: context, span: span)
            used += span
        }
        while used < width {
            text += "<table:table-cell table:style-name=\""
            text += cellStyle
            text += "\"><text:p text:style-name=\""
            text += compact ? ODFStyleName.compactTableContents : ODFStyleName.tableContents
            text += "\"/></table:table-cell>\n"
            used += 1
        }
        text += "</table:table-row>\n"
    }

    mutating func tableCell(_ cell: Element, style: String, context: BlockContext, span: Int = 1) {
        text += "<table:table-cell table:style-name=\""
        text += style
        text += span > 1 ? "\" table:number-columns-spanned=\"\(span)\">\n" : "\">\n"
        let start = text.count
        blocks(cell.children, in: context)
        if text.count == start { text += "<text:p text:style-name=\"\(defaultStyle(context))\"/>\n" }
        text += "</table:table-cell>\n"
        if span > 1 { text += String(repeating: "<table:covered-table-cell/>\n", count: span - 1) }
    }

    /// Registers the table style and its column styles; returns the table's name (`Table1`, `Table2`…).
    /// Written piece by piece into the automatic styles: no string is built per style.
    mutating func tableStyle(shares: [Double], extra: String) -> String {
        tableCount += 1
        let name = "Table" + String(tableCount)
        let width = layout.textWidthMM
        let brk = tableBreak()
        automaticStyles += "<style:style style:name=\""
        automaticStyles += name
        automaticStyles += "\" style:family=\"table\""
        automaticStyles += brk.style
        automaticStyles += "><style:table-properties style:width=\""
        automaticStyles += ODFXML.mm(width)
        automaticStyles += "\" table:align=\"margins\""
        automaticStyles += extra
        automaticStyles += brk.properties
        automaticStyles += "/></style:style>\n"
        for (index, share) in shares.enumerated() {
            automaticStyles += "<style:style style:name=\""
            Self.appendColumnName(table: name, index: index, to: &automaticStyles)
            automaticStyles += "\" style:family=\"table-column\"><style:table-column-properties style:column-width=\""
            automaticStyles += ODFXML.mm(width * share)
            automaticStyles += "\" style:rel-column-width=\""
            automaticStyles += String(Int((share * 65535).rounded()))
            automaticStyles += "*\"/></style:style>\n"
        }
        return name
    }

    /// Opens the table `name` and declares its `count` columns, each with its column style.
    mutating func openTable(_ name: String, columns count: Int) {
        text += "<table:table table:name=\""
        text += name
        text += "\" table:style-name=\""
        text += name
        text += "\">\n"
        for index in 0..<count {
            text += "<table:table-column table:style-name=\""
            Self.appendColumnName(table: name, index: index, to: &text)
            text += "\"/>\n"
        }
    }

    /// Appends the name of column `index` of `table`: `Table1.A`.
    static func appendColumnName(table: String, index: Int, to out: inout ODFMarkup) {
        out += table
        out.append(ascii: UInt8(ascii: "."))
        appendColumnLetter(index, to: &out)
    }

    /// Appends the spreadsheet-style letters of column `index`: A…Z, AA…
    static func appendColumnLetter(_ index: Int, to out: inout ODFMarkup) {
        if index >= 26 { appendColumnLetter(index / 26 - 1, to: &out) }
        out.append(ascii: UInt8(ascii: "A") + UInt8(index % 26))
    }
}
