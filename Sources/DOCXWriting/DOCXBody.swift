import DocumentTree
import WriterSupport

/// The body of a Party document as WordprocessingML: the content of `<w:body>`, walking the tree as the ODT
/// writer's `ODFBody` does, with the same pagination decisions (``Pagination``), written as Word's paragraph
/// and table properties: `w:keepNext`, `w:widowControl` (in the styles), `w:keepLines`, `w:cantSplit`,
/// `w:tblHeader`, `w:pageBreakBefore`, and a section per sheet (``DOCXSection``).
struct DOCXBody {
    /// Where a block sits; decides the default paragraph style.
    enum Context: Equatable {
        case body, quote, recipients, listItem, headerCell, signatureCell
        /// A cell of a data table; `compact`: of a long list table (`table.grid.compact`), set smaller.
        case gridCell(heading: Bool, number: Bool, compact: Bool)
    }

    /// How the next top-level block starts its page.
    enum PageStart { case none, pageBreak, sheet }

    let layout: PaperLayout
    let section: DOCXSection
    /// The markup of `<w:body>`. (Mutated only while the body is built, in this file and DOCXBody+Tables.swift.)
    var text = XMLMarkup()
    /// Lists numbered 1, 2, 3 … so far; each `ol` restarts its numbering (`DOCXNumbering`).
    var numberedLists = 0
    /// The numbering the next paragraph carries: the first paragraph of a list item.
    var pendingItem: (numId: Int, level: Int)?
    /// The level of the list being written (−1: none).
    var listLevel = -1
    var tableDepth = 0
    var isFirstBlock = true
    var pendingBreak = false
    var pendingSheet = false
    /// Sections closed so far (a sheet closes the section before it).
    var sections = 0
    /// The style of the last paragraph written, where its `</w:pPr>` starts in ``text``, and whether its properties
    /// already set its spacing.
    var lastParagraph: (style: String, propertiesEnd: Int, spaced: Bool)?
    /// The space below the last block at the top level, in points: what a table's room above adds to (``spacer(pt:)``).
    var spaceAfterLastPt = 0.0
    /// Where the last paragraph written at the top level ends in ``text``, while nothing follows it.
    var topParagraphEnd: Int?
    /// Where the last keep group's table ends in ``text``, and its last paragraph (whose space after is the group's).
    var keepGroupEnd: (offset: Int, paragraph: (style: String, propertiesEnd: Int, spaced: Bool))?
    /// The next paragraph has no room above it (the heading of a keep group: its table's room is set before it).
    var flushTop = false

    /// Maps `document.body`.
    init(document: Document) {
        layout = PaperLayout(profile: document.profile)
        section = DOCXSection(layout: layout)
        text.reserveCapacity(4096)
        blocks(document.body, in: .body)
        // A document (and a section) ends with a paragraph: a table that ends it is followed by a small one.
        if text.isEmpty || text.hasSuffix("</w:tbl>\n") { trailer() }
    }

    /// The whole `word/document.xml`.
    func documentXML() -> XMLMarkup {
        var out = XMLMarkup()
        out.reserveCapacity(text.count + 1024)
        out += DOCXXML.declaration
        out += "<w:document \(DOCXXML.wordNamespace) \(DOCXXML.relationshipsNamespace)><w:body>\n"
        out += text
        out += section.properties(index: sections)
        out += "</w:body></w:document>\n"
        return out
    }
}

// MARK: - Blocks
extension DOCXBody {
    /// `keepLastWithNext`: the last block written keeps with what follows the caller (the last item of a list
    /// before a signature block, ``Pagination``).
    mutating func blocks(_ nodes: [Node], in context: Context, keepLastWithNext: Bool = false) {
        var runStart = nodes.startIndex
        var recipientsLabelDone = false
        // The paragraph already written in a keep group with its heading.
        var grouped: Int?
        for index in nodes.indices {
            guard case .element(let element) = nodes[index], !element.isInline else { continue }
            if index == grouped { runStart = index + 1; continue }
            looseParagraph(nodes[runStart..<index], in: context)
            runStart = index + 1
            // "Nơi nhận:" — its colon makes it a lead-in (``Pagination/markingLeadIn(_:)``), its only class.
            if context == .recipients, element.name == "p", !recipientsLabelDone,
               (element.attribute("class") ?? Pagination.leadInClass) == Pagination.leadInClass {
                recipientsLabelDone = true
                paragraph(DOCXStyleName.recipientsLabel, element.children[...])
                continue
            }
            let nextIndex = Self.nextBlockIndex(after: index, in: nodes)
            let next = nextIndex.flatMap(Self.element(in: nodes))
            if tableDepth == 0, let next, let nextIndex, next.name == "p", Pagination.isSectionHeading(element) {
                let afterNext = Self.nextBlockIndex(after: nextIndex, in: nodes).flatMap(Self.element(in: nodes))
                if Pagination.groupsWithHeading(element, next, before: afterNext) {
                    if Pagination.keep(next, before: afterNext).contains(.withNext) {
                        // A group that keeps with what follows (the signatures): LibreOffice reading a .docx does not
                        // carry a table's keep-with-next (its paragraphs' w:keepNext) over to the next block, so the
                        // two paragraphs stay paragraphs, chained by w:keepNext and never split.
                        block(element, in: context)
                        block(next, in: context, keepWithNext: true)
                    } else {
                        keepGroup(element, next)
                    }
                    grouped = nextIndex
                    continue
                }
            }
            let last = keepLastWithNext && next == nil && !DOCXInline.hasContent(nodes[(index + 1)...])
            block(element, in: context, keepWithNext: last || tableDepth == 0
                  && Pagination.keep(element, before: next).contains(.withNext))
        }
        looseParagraph(nodes[runStart...], in: context, keepWithNext: keepLastWithNext)
    }

    static func element(in nodes: [Node]) -> (Int) -> Element? {
        { index in if case .element(let element) = nodes[index] { element } else { nil } }
    }

    /// The position of the block element that follows `nodes[index]` among its siblings, if any.
    static func nextBlockIndex(after index: Int, in nodes: [Node]) -> Int? {
        nodes[(index + 1)...].firstIndex { if case .element(let element) = $0 { !element.isInline } else { false } }
    }

    /// Inline nodes found between blocks become a paragraph of their own (white space alone is dropped).
    mutating func looseParagraph(_ run: ArraySlice<Node>, in context: Context, keepWithNext: Bool = false) {
        if DOCXInline.hasContent(run) { paragraph(defaultStyle(context), run, keepWithNext: keepWithNext) }
    }

    /// Writes one block; `keepWithNext` (``Pagination``) keeps it on the page of the block after it.
    mutating func block(_ element: Element, in context: Context, keepWithNext: Bool = false) {
        switch element.name {
        case "p":
            let style = paragraphStyle(element, in: context)
            paragraph(style, element.children[...], keepWithNext: keepWithNext && !DOCXStyleName.keepsWithNext(style),
                      keepTogether: element.hasClass(Pagination.keepTogetherClass))
            if style == DOCXStyleName.partyName { emptyParagraph(DOCXStyleName.partyRule) }
        case "h1", "h2", "h3", "h4", "h5", "h6":
            let level = Int(element.name.dropFirst()) ?? 1
            paragraph(level == 1 ? DOCXStyleName.title : level == 2 ? DOCXStyleName.heading2 : DOCXStyleName.heading3,
                      element.children[...])
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
            if element.children.contains(where: { !DOCXInline.isInline($0) }) { blocks(element.children, in: context) }
            else if DOCXInline.hasContent(element.children[...]) { paragraph(defaultStyle(context), element.children[...]) }
        }
    }

    mutating func division(_ element: Element, in context: Context) {
        if element.hasClass("page-break") {
            if tableDepth == 0, !isFirstBlock { pendingBreak = true }
            return
        }
        if element.hasClass("sheet"), tableDepth == 0, !isFirstBlock { pendingSheet = true }
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

    /// One `w:p`, even when empty: its style, its keeps, the page it starts, its list numbering, then its runs.
    mutating func paragraph(_ style: String, _ children: ArraySlice<Node>, keepWithNext: Bool = false, keepTogether: Bool = false) {
        let start = takePageStart()
        if start == .sheet { closeSection() }
        text += "<w:p><w:pPr><w:pStyle w:val=\""
        text += style
        text += "\"/>"
        if keepWithNext { text += "<w:keepNext/>" }
        if keepTogether { text += "<w:keepLines/>" }
        if start == .pageBreak { text += "<w:pageBreakBefore/>" }
        if let item = pendingItem {
            pendingItem = nil
            text += "<w:numPr><w:ilvl w:val=\""
            text += String(item.level)
            text += "\"/><w:numId w:val=\""
            text += String(item.numId)
            text += "\"/></w:numPr>"
        }
        // At the top of a page it starts, a paragraph has no room above it (the title's 18 pt): the ODT's
        // LibreOffice drops it there (AddParaTableSpacingAtStart off), LibreOffice reading a .docx keeps it.
        let flush = start == .pageBreak || flushTop
        flushTop = false
        if flush { text += "<w:spacing w:before=\"0\"/>" }
        lastParagraph = (style, text.count, flush)
        topParagraphEnd = nil
        if tableDepth == 0 { spaceAfterLastPt = DOCXStyles.spaceAfterPt(style, profile: layout.profile) }
        text += "</w:pPr>"
        DOCXInline.append(children, to: &text)
        text += "</w:p>\n"
        if tableDepth == 0 { topParagraphEnd = text.count }
    }

    mutating func emptyParagraph(_ style: String) {
        paragraph(style, [])
    }

    /// A list: `ol` numbered 1. 2. 3. (a. b. one level down), restarting at 1; `ul` with dashes. The first
    /// paragraph of each item carries the label. `keepWithNext`: the last item keeps with the block after the list.
    mutating func list(_ element: Element, keepWithNext: Bool = false) {
        listLevel += 1
        defer { listLevel -= 1 }
        let numId: Int
        if element.name == "ol" {
            numberedLists += 1
            numId = DOCXNumbering.numberedId(numberedLists)
        } else {
            numId = DOCXNumbering.bulletId
        }
        let level = min(listLevel, DOCXNumbering.levels - 1)
        let lastItem = element.children.lastIndex { if case .element = $0 { true } else { false } }
        for (index, node) in element.children.enumerated() {
            guard case .element(let item) = node else { continue }
            let keep = keepWithNext && index == lastItem
            pendingItem = (numId, level)
            if item.name == "li" { blocks(item.children, in: .listItem, keepLastWithNext: keep) } else { block(item, in: .listItem, keepWithNext: keep) }
            if pendingItem != nil { emptyParagraph(DOCXStyleName.listParagraph) }
        }
    }

    /// A small empty paragraph: after a table that ends a document or a cell.
    mutating func trailer(startingPage: Bool = false) {
        text += "<w:p><w:pPr><w:pStyle w:val=\"\(DOCXStyleName.trailer)\"/>"
        if startingPage { text += "<w:pageBreakBefore/>" }
        text += "</w:pPr></w:p>\n"
    }

    /// Ends the section written so far with a small paragraph holding its properties: the next block opens a
    /// sheet, a new section that restarts the page numbers.
    mutating func closeSection() {
        text += "<w:p><w:pPr><w:pStyle w:val=\"\(DOCXStyleName.trailer)\"/>"
        text += section.properties(index: sections)
        text += "</w:pPr></w:p>\n"
        sections += 1
    }
}

// MARK: - Styles and page starts
extension DOCXBody {
    /// Paragraph classes and their styles, in order of precedence (as the ODT writer's).
    static let stylesByClass: [(String, String)] = {
        let n = DOCXStyleName.self
        return [
            ("doc-subject", n.subject), ("center", n.center), ("no-indent", n.noIndent),
            ("superior", n.superior), ("issuer-name", n.issuer), ("star", n.star), ("doc-number", n.docNumber),
            ("party-name", n.partyName), ("place-date", n.placeDate),
            ("sign-authority", n.signAuthority), ("sign-title", n.signTitle), ("sign-space", n.signSpace),
            ("sign-name", n.signName),
        ]
    }()

    /// The style of a paragraph: its class first, then where it sits.
    func paragraphStyle(_ element: Element, in context: Context) -> String {
        guard let classes = element.attribute("class") else { return defaultStyle(context) }
        var chosen: Int?
        Element.forEachWord(of: classes) { word in
            if let index = Self.stylesByClass.firstIndex(where: { $0.0 == word }), index < chosen ?? .max { chosen = index }
            return true
        }
        guard let chosen else { return defaultStyle(context) }
        let (cls, style) = Self.stylesByClass[chosen]
        if context == .quote, cls == "no-indent" { return DOCXStyleName.quotations }
        if case .gridCell = context, cls == "center" || cls == "no-indent" { return defaultStyle(context) }
        return style
    }

    func defaultStyle(_ context: Context) -> String {
        let n = DOCXStyleName.self
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

    /// How the next block at the top level starts its page (inside a table: never), and the flags it used up.
    /// The first block needs nothing: the first section's first page is the unnumbered one (`w:titlePg`).
    mutating func takePageStart() -> PageStart {
        guard tableDepth == 0 else { return .none }
        defer { isFirstBlock = false; pendingBreak = false; pendingSheet = false }
        if isFirstBlock { return .none }
        if pendingSheet { return .sheet }
        return pendingBreak ? .pageBreak : .none
    }
}
