import DocumentTree
import WriterSupport

/// The body of a Party document as ODF: the content of `<office:text>` and the automatic styles it
/// needs (page-break and first-page variants of paragraph styles, table, column and cell styles).
/// Shared by the ODT writer (content.xml) and the flat ODT writer.
struct ODFBody {
    /// Where a block sits; decides the default paragraph style.
    enum Context: Equatable {
        case body, quote, recipients, listItem, headerCell, signatureCell
        /// A cell of a data table; `compact`: of a long list table (`table.grid.compact`), set smaller.
        case gridCell(heading: Bool, number: Bool, compact: Bool)
    }

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
    /// The styles of a half sheet (``halfSheet(_:)``) are among the automatic styles.
    var hasHalfSheetStyles = false
    /// The master page the next table inside a half sheet asks for as well (``halfSheet(_:)``).
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

// MARK: - Blocks
extension ODFBody {
    /// `keepLastWithNext`: the last block written keeps with what follows the caller (the last item of a list
    /// before a signature block, ``Pagination``).
    mutating func blocks(_ nodes: [Node], in context: Context, keepLastWithNext: Bool = false) {
        // The inline nodes since the last block, as positions in `nodes` (most cells hold one text).
        var runStart = nodes.startIndex
        var recipientsLabelDone = false
        // The paragraph already written in a keep group with its heading (``keepGroup(_:_:keepWithNext:)``).
        var grouped: Int?
        for index in nodes.indices {
            guard case .element(let element) = nodes[index], !ODFInline.isInline(nodes[index]) else { continue }
            if index == grouped { runStart = index + 1; continue }
            looseParagraph(nodes[runStart..<index], in: context)
            runStart = index + 1
            // "Nơi nhận:" — its colon makes it a lead-in (``Pagination/markingLeadIn(_:)``), its only class.
            if context == .recipients, element.name == "p", !recipientsLabelDone,
               (element.attribute("class") ?? Pagination.leadInClass) == Pagination.leadInClass {
                recipientsLabelDone = true
                paragraph(ODFStyleName.recipientsLabel, element.children[...])
                continue
            }
            let next = Self.nextBlock(after: index, in: nodes)
            // A heading's group (one look at the two blocks after it, no pass of its own).
            if tableDepth == 0, next?.name == "p", Pagination.isSectionHeading(element), let next,
               let nextIndex = Self.nextBlockIndex(after: index, in: nodes) {
                let afterNext = Self.nextBlock(after: nextIndex, in: nodes)
                if Pagination.groupsWithHeading(element, next, before: afterNext) {
                    keepGroup(element, next, keepWithNext: Pagination.keep(next, before: afterNext).contains(.withNext))
                    grouped = nextIndex
                    continue
                }
            }
            let last = keepLastWithNext && next == nil && !ODFInline.hasContent(nodes[(index + 1)...])
            block(element, in: context, keepWithNext: last || tableDepth == 0
                  && Pagination.keep(element, before: next).contains(.withNext))
        }
        looseParagraph(nodes[runStart...], in: context, keepWithNext: keepLastWithNext)
    }

    /// The block element that follows `nodes[index]` among its siblings, if any.
    static func nextBlock(after index: Int, in nodes: [Node]) -> Element? {
        nextBlockIndex(after: index, in: nodes).flatMap { if case .element(let element) = nodes[$0] { element } else { nil } }
    }

    /// The position of the block element that follows `nodes[index]` among its siblings, if any.
    static func nextBlockIndex(after index: Int, in nodes: [Node]) -> Int? {
        nodes[(index + 1)...].firstIndex { if case .element(let element) = $0 { !element.isInline } else { false } }
    }

    /// Inline nodes found between blocks become a paragraph of their own (white space alone is dropped).
    mutating func looseParagraph(_ run: ArraySlice<Node>, in context: Context, keepWithNext: Bool = false) {
        if ODFInline.hasContent(run) { paragraph(defaultStyle(context), run, keepWithNext: keepWithNext) }
    }

    /// Writes one block; `keepWithNext` (``Pagination``) keeps it on the page of the block after it.
    mutating func block(_ element: Element, in context: Context, keepWithNext: Bool = false) {
        switch element.name {
        case "p":
            let style = paragraphStyle(element, in: context)
            paragraph(style, element.children[...], keepWithNext: keepWithNext && !ODFStyleName.keepsWithNext(style))
            if style == ODFStyleName.partyName { text += "<text:p text:style-name=\"\(ODFStyleName.partyRule)\"/>\n" }
        case "h1", "h2", "h3", "h4", "h5", "h6":
            let level = Int(element.name.dropFirst()) ?? 1
            let style = level == 1 ? ODFStyleName.title : level == 2 ? ODFStyleName.heading2 : ODFStyleName.heading3
            paragraph(style, element.children[...], outlineLevel: level)
        case "ul", "ol":
            list(element, keepWithNext: keepWithNext)
        case "table":
            if element.hasClass("doc-header") { layoutTable(cells(of: element), kind: .header) }
            else if element.hasClass("signatures") { layoutTable(cells(of: element), kind: .signatures) }
            else { gridTable(element) }
        case "blockquote":
            blocks(element.children, in: .quote)
        case "div":
            division(element, in: context)
        case "hr":
            break   // outside the vocabulary; a Party paper draws no free-standing rules
        default:
            if element.children.contains(where: { !ODFInline.isInline($0) }) { blocks(element.children, in: context) }
            else if ODFInline.hasContent(element.children[...]) { paragraph(defaultStyle(context), element.children[...]) }
        }
    }

    mutating func division(_ element: Element, in context: Context) {
        if element.hasClass("page-break") {
            if tableDepth == 0, !isFirstBlock { pendingBreak = true }
            return
        }
        if element.hasClass("sheet") {
            // Any sheet after something else, the first one too (a paper may open with a covering text).
            if tableDepth == 0, !isFirstBlock { pendingSheet = true }
        }
        if element.hasClass("half-sheet") {
            halfSheet(element)
            return
        }
        if element.hasClass("signatures") {
            let signers = element.children.compactMap { node -> Element? in
                if case .element(let child) = node, child.hasClass("signature") { return child }
                return nil
            }
            layoutTable(signers, kind: .signatures)
            return
        }
        blocks(element.children, in: element.hasClass("recipients") ? .recipients : context)
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
    mutating func list(_ element: Element, keepWithNext: Bool = false) {
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
    /// Paragraph classes and their styles, in order of precedence.
    static let stylesByClass: [(String, String)] = {
        let n = ODFStyleName.self
        return [
            ("doc-subject", n.subject), ("center", n.center), ("no-indent", n.noIndent),
            ("superior", n.superior), ("issuer-name", n.issuer), ("star", n.star), ("doc-number", n.docNumber),
            ("party-name", n.partyName), ("place-date", n.placeDate),
            ("sign-authority", n.signAuthority), ("sign-title", n.signTitle), ("sign-space", n.signSpace),
            ("sign-name", n.signName),
        ]
    }()

    /// The common style of a paragraph: its class first, then where it sits.
    func paragraphStyle(_ element: Element, in context: Context) -> String {
        guard let chosen = Self.firstStyledClass(element.attribute("class")) else { return defaultStyle(context) }
        let (cls, style) = Self.stylesByClass[chosen]
        if context == .quote, cls == "no-indent" { return ODFStyleName.quotations }
        if case .gridCell = context, cls == "center" || cls == "no-indent" { return defaultStyle(context) }
        return style
    }

    /// The position in ``stylesByClass`` of the first entry (in order of precedence) whose class is
    /// among the words of `classes`; read in place, word by word, with no array of words.
    static func firstStyledClass(_ classes: String?) -> Int? {
        guard let classes else { return nil }
        var chosen: Int?
        Element.forEachWord(of: classes) { word in
            // A class name fits a small string: made without allocating, compared on its raw bits.
            let word = String(word)
            if let index = stylesByClass.firstIndex(where: { $0.0 == word }), index < chosen ?? .max { chosen = index }
            return true
        }
        return chosen
    }

    func defaultStyle(_ context: Context) -> String {
        let n = ODFStyleName.self
        switch context {
        case .body: return n.textBody
        case .quote: return n.quotations
        case .recipients: return n.recipients
        case .listItem: return n.listParagraph
        case .headerCell: return n.headerLine
        case .signatureCell: return n.signatureLine
        case .gridCell(let heading, let number, let compact):
            if compact { return heading ? n.compactTableHeading : number ? n.compactTableNumber : n.compactTableContents }
            return heading ? n.tableHeading : number ? n.tableNumber : n.tableContents
        }
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
