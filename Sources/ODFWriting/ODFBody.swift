import DocumentTree
import WriterSupport

/// The body of a Party document as ODF: the content of `<office:text>` and the automatic styles it
/// needs (page-break and first-page variants of paragraph styles, table, column and cell styles).
/// Shared by the ODT writer (content.xml) and the flat ODT writer.
/// The walk over the blocks is the one the DOCX writer takes (``BlockWriter``); this type writes their markup.
struct ODFBody: BlockWriter {
    let layout: ODFLayout
    /// The markup of `<office:text>`.
    /// (Mutated only while the body is built, in this file and ODFBody+Tables.swift.)
    var text = ODFMarkup()
    /// Automatic style elements, in order of first use.
    var automaticStyles = ODFMarkup()
    var paragraphVariants: [ParagraphVariant: String] = [:]
    var tableCount = 0
    /// Depth of table nesting: blocks inside a table never carry page breaks or the first-page master.
    var tableDepth = 0
    var isFirstBlock = true
    var pendingBreak = false
    /// The next top-level block is the first of a sheet.
    var pendingSheet = false
    /// The styles of a half sheet (``halfSheet(_:in:)``) are among the automatic styles.
    var hasHalfSheetStyles = false
    /// The master page the next table inside a half sheet asks for as well (``halfSheet(_:in:)``).
    var nestedMasterPage: String?

    /// Maps `document.body`.
    init(document: Document) {
        layout = ODFLayout(profile: document.profile)
        automaticStyles += Self.fixedAutomaticStyles
        blocks(document.body, in: .body)
        if text.hasSuffix("</table:table>\n") { text += "<text:p text:style-name=\"\(ODFStyleName.trailer)\"/>\n" }
    }
}

/// An automatic paragraph style: the common style it derives from, how its block starts its page, whether it keeps
/// with the next block (``ODFBody/blockStyle(_:keepWithNext:)``).
struct ParagraphVariant: Hashable {
    let style: String
    let start: ODFPageStart
    let keepWithNext: Bool
}

// MARK: - Blocks (the markup of what ``BlockWriter`` walks)
extension ODFBody {
    mutating func paragraph(_ element: Element, in context: BlockContext, keepWithNext: Bool) {
        let style = paragraphStyle(element, in: context)
        paragraph(style, element.children[...], keepWithNext: keepWithNext && !ODFStyleName.keepsWithNext(style))
        if style == ODFStyleName.partyName { text += "<text:p text:style-name=\"\(ODFStyleName.partyRule)\"/>\n" }
    }

    mutating func looseParagraph(content run: ArraySlice<Node>, in context: BlockContext, keepWithNext: Bool) {
        paragraph(defaultStyle(context), run, keepWithNext: keepWithNext)
    }

    mutating func recipientsLabel(_ element: Element) {
        paragraph(ODFStyleName.recipientsLabel, element.children[...])
    }

    mutating func heading(_ element: Element, level: Int) {
        let style = level == 1 ? ODFStyleName.title : level == 2 ? ODFStyleName.heading2 : ODFStyleName.heading3
        paragraph(style, element.children[...], outlineLevel: level)
    }

    mutating func headingGroup(_ heading: Element, _ paragraph: Element, in context: BlockContext, keepWithNext: Bool) {
        keepGroup(heading, paragraph, keepWithNext: keepWithNext)
    }

    /// One `text:p` (or `text:h` when `outlineLevel` is given), even when empty.
    mutating func paragraph(_ style: String, _ children: ArraySlice<Node>, outlineLevel: Int? = nil, keepWithNext: Bool = false) {
        let name = blockStyle(style, keepWithNext: keepWithNext)
        // Piece by piece, the content written in place: an interpolated string would be built, then copied in.
        if let outlineLevel {
            text += "<text:h text:style-name=\""
            text += name
            text += "\" text:outline-level=\""
            text += String(outlineLevel)
            text += "\">"
            ODFInline.append(children, to: &text)
            text += "</text:h>\n"
        } else {
            text += "<text:p text:style-name=\""
            text += name
            text += "\">"
            ODFInline.append(children, to: &text)
            text += "</text:p>\n"
        }
    }

    /// `keepWithNext`: the list's last item keeps with the block after the list (a signature block).
    mutating func list(_ element: Element, keepWithNext: Bool) {
        let style = element.name == "ol" ? ODFStyleName.numbered : ODFStyleName.bulleted
        // The items are written into `text`, the body so far set aside (swapped, not copied).
        var before = ODFMarkup()
        swap(&before, &text)
        let lastItem = element.children.lastIndex { if case .element = $0 { true } else { false } }
        for (index, node) in element.children.enumerated() {
            guard case .element(let item) = node else { continue }
            let keep = keepWithNext && index == lastItem
            text += "<text:list-item>\n"
            let start = text.count
            if item.name == "li" { blocks(item.children, in: .listItem, keepLastWithNext: keep) } else { block(item, in: .listItem, keepWithNext: keep) }
            if text.count == start { text += "<text:p text:style-name=\"\(ODFStyleName.listParagraph)\"/>\n" }
            text += "</text:list-item>\n"
        }
        var items = ODFMarkup()
        swap(&items, &text)
        swap(&before, &text)
        guard !items.isEmpty else { return }
        text += "<text:list text:style-name=\"\(style)\">\n"
        text += items
        text += "</text:list>\n"
    }
}

// MARK: - Styles
extension ODFBody {
    /// The common style of a paragraph: its class first, then where it sits (``ParagraphRole``).
    func paragraphStyle(_ element: Element, in context: BlockContext) -> String {
        ODFStyleName.of(ParagraphRole.of(element, in: context))
    }

    func defaultStyle(_ context: BlockContext) -> String {
        ODFStyleName.of(.default(in: context))
    }

    /// The style a top-level block really uses: the first block starts the first-page master page,
    /// a block after a page break starts a new page, a sheet starts a page numbered 1 (``ODFPageStart``).
    /// Each becomes an automatic variant of `style`, as does a block that keeps with the next one
    /// where its style does not (a lead-in, the paragraph before the signatures: ``Pagination``).
    mutating func blockStyle(_ style: String, keepWithNext: Bool = false) -> String {
        let start = takePageStart()
        guard start != .none || keepWithNext else { return style }
        // A key of values, not a string: interpolating the enum (String(describing:), reflection) took 9 % of the
        // writer's instructions on the 300-member minutes (callgrind).
        let key = ParagraphVariant(style: style, start: start, keepWithNext: keepWithNext)
        if let name = paragraphVariants[key] { return name }
        let name = "P\(paragraphVariants.count + 1)"
        paragraphVariants[key] = name
        let master = start.masterPage(numbersFromPage: layout.profile.pageNumbersFromPage)
            .map { " style:master-page-name=\"\($0)\"" } ?? ""
        automaticStyles += "<style:style style:name=\"\(name)\" style:family=\"paragraph\" style:parent-style-name=\"\(style)\"\(master)>"
            + "<style:paragraph-properties\(start.propertiesAttribute)\(keepWithNext ? " fo:keep-with-next=\"always\"" : "")/></style:style>\n"
        return name
    }

    /// For a table at the top level: the `style:master-page-name` attribute of its style and the
    /// attribute of its table properties that start the first page, a new page or a sheet.
    mutating func tableBreak() -> (style: String, properties: String) {
        if tableDepth > 0, let master = nestedMasterPage {
            nestedMasterPage = nil
            return (" style:master-page-name=\"\(master)\"", "")
        }
        let start = takePageStart()
        let master = start.masterPage(numbersFromPage: layout.profile.pageNumbersFromPage)
            .map { " style:master-page-name=\"\($0)\"" } ?? ""
        // The first page's table needs no page number: "auto" is what a table without one gets.
        return (master, start == .firstPage ? "" : start.propertiesAttribute)
    }

    /// The page start of the next block at the top level (none inside a table), and the flags it used up.
    mutating func takePageStart() -> ODFPageStart {
        guard tableDepth == 0 else { return .none }
        let start = ODFPageStart.of(isFirstBlock: isFirstBlock, pendingBreak: pendingBreak, pendingSheet: pendingSheet,
                                    numbersFromPage: layout.profile.pageNumbersFromPage)
        isFirstBlock = false
        pendingBreak = false
        pendingSheet = false
        return start
    }

    /// Cell and row styles used by every table.
    static let fixedAutomaticStyles = """
    <style:style style:name="GridCell" style:family="table-cell"><style:table-cell-properties fo:padding-top="0.5mm" \
    fo:padding-bottom="0.5mm" fo:padding-left="1mm" fo:padding-right="1mm" fo:border="0.5pt solid #000000" \
    style:vertical-align="middle"/></style:style>
    <style:style style:name="LayoutCell" style:family="table-cell"><style:table-cell-properties fo:padding="0mm" \
    fo:border="none"/></style:style>
    <style:style style:name="KeepRow" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>

    """
}
