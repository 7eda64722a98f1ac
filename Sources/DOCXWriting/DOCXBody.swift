import DocumentTree
import WriterSupport
import ZipWriting

/// The body of a Party document as WordprocessingML: the content of `<w:body>`, walking the tree as the ODT
/// writer's `ODFBody` does, with the same pagination decisions (``Pagination``), written as Word's paragraph
/// and table properties: `w:keepNext`, `w:widowControl` (in the styles), `w:keepLines`, `w:cantSplit`,
/// `w:tblHeader`, `w:pageBreakBefore`, and a section per sheet (``DOCXSection``).
/// The walk over the blocks is the one the ODT writer takes (``BlockWriter``); this type writes their markup.
struct DOCXBody: BlockWriter {
    /// How the next top-level block starts its page.
    enum PageStart { case none, pageBreak, sheet }

    let layout: PaperLayout
    let section: DOCXSection
    /// The markup of `word/document.xml`, `<w:body>` written into it. (Mutated only while the body is built, in this
    /// file and DOCXBody+Tables.swift.)
    var text: XMLMarkup
    /// Lists numbered 1, 2, 3 … so far; each `ol` restarts its numbering (`DOCXNumbering`).
    var numberedLists = 0
    /// The numbering the next paragraph carries: the first paragraph of a list item.
    var pendingItem: (numId: Int, level: Int)?
    /// The level of the list being written (−1: none).
    var listLevel = -1
    var tableDepth = 0
    /// The table depth of the running text, whose room between blocks is set as on a page: 0, or 1 in a half
    /// sheet's cell, where a ballot's blocks flow as on a page of their own (``halfSheet(_:in:)``).
    var flowDepth = 0
    var isFirstBlock = true
    var pendingBreak = false
    var pendingSheet = false
    /// Sections closed so far (a sheet closes the section before it).
    var sections = 0
    /// The style of the last paragraph written, where its `</w:pPr>` starts in ``text``, and whether its properties
    /// already set its spacing.
    var lastParagraph: (style: String, propertiesEnd: Int, spaced: Bool)?
    /// The space after the last paragraph at the top level, in points, which LibreOffice sets: a table's room above
    /// adds to it (``spacer(pt:)``).
    var spaceAfterLastPt = 0.0
    /// The room below the last data table at the top level that nothing has set yet (the ODT's table margin, 6 pt):
    /// the next paragraph adds it above itself, the next table's spacer to its own (``spacer(pt:)``).
    var tableMarginBelowPt = 0.0
    /// Where the last paragraph written at the top level ends in ``text``, while nothing follows it.
    var topParagraphEnd: Int?
    /// Where the last keep group's table ends in ``text``, and its last paragraph (whose space after is the group's).
    var keepGroupEnd: (offset: Int, paragraph: (style: String, propertiesEnd: Int, spaced: Bool))?
    /// The next paragraph has no room above it (the heading of a keep group: its table's room is set before it).
    var flushTop = false

    /// Maps `document.body` into the whole of `word/document.xml`: what opens it, the body, and the last section's
    /// properties that close it, in ``text``, so the part is deflated from one buffer read in place. (Built as three
    /// pieces, the libdeflate writer joined them into a fourth buffer first: 286 KB of a 300-row list copied byte by
    /// byte, 0.29 M of 35.0 M instructions a document, callgrind.) `markup` is the empty buffer to write into
    /// (a ``MarkupPool``'s, already as large as the writer's last document).
    init(document: Document, markup: consuming XMLMarkup = XMLMarkup()) {
        layout = PaperLayout(profile: document.profile)
        section = DOCXSection(layout: layout)
        text = consume markup
        text.reserveCapacity(4096)
        text += DOCXXML.declaration
        text += "<w:document \(DOCXXML.wordNamespace) \(DOCXXML.relationshipsNamespace)><w:body>\n"
        let bodyStart = text.count
        blocks(document.body, in: .body)
        // A document (and a section) ends with a paragraph: a table that ends it is followed by a small one.
        if text.count == bodyStart || text.hasSuffix("</w:tbl>\n") { trailer() }
        text += section.properties(index: sections)
        text += "</w:body></w:document>\n"
    }

    /// `word/document.xml` (``text``, whole once the body is built) handed to `use`, read in place.
    func withDocumentXML<Result>(_ use: (UnsafeBufferPointer<UInt8>) throws(ZipError) -> Result) throws(ZipError) -> Result {
        try text.withUnsafeBytes(use)
    }
}

// MARK: - Blocks (the markup of what ``BlockWriter`` walks)
extension DOCXBody {
    mutating func paragraph(_ element: Element, in context: BlockContext, keepWithNext: Bool) {
        let style = paragraphStyle(element, in: context)
        paragraph(style, element.children[...], keepWithNext: keepWithNext && !DOCXStyleName.keepsWithNext(style),
                  keepTogether: element.hasClass(Pagination.keepTogetherClass))
        if style == DOCXStyleName.partyName { emptyParagraph(DOCXStyleName.partyRule) }
    }

    mutating func looseParagraph(content run: ArraySlice<Node>, in context: BlockContext, keepWithNext: Bool) {
        paragraph(defaultStyle(context), run, keepWithNext: keepWithNext)
    }

    mutating func recipientsLabel(_ element: Element) {
        paragraph(DOCXStyleName.recipientsLabel, element.children[...])
    }

    mutating func heading(_ element: Element, level: Int) {
        paragraph(level == 1 ? DOCXStyleName.title : level == 2 ? DOCXStyleName.heading2 : DOCXStyleName.heading3,
                  element.children[...])
    }

    mutating func headingGroup(_ heading: Element, _ paragraph: Element, in context: BlockContext, keepWithNext: Bool) {
        if keepWithNext {
            // A group that keeps with what follows (the signatures): LibreOffice reading a .docx does not carry a
            // table's keep-with-next (its paragraphs' w:keepNext) over to the next block, so the two paragraphs
            // stay paragraphs, chained by w:keepNext and never split.
            block(heading, in: context)
            block(paragraph, in: context, keepWithNext: true)
        } else {
            keepGroup(heading, paragraph)
        }
    }

    /// One `w:p`, even when empty: its style, its keeps, the page it starts, its list numbering, then its runs.
    mutating func paragraph(_ style: String, _ children: ArraySlice<Node>, keepWithNext: Bool = false, keepTogether: Bool = false) {
        let first = isFirstBlock && tableDepth == 0
        let start = takePageStart()
        if start == .sheet { closeSection() }
        let room = roomAbove(style, start: start, first: first)
        text += "<w:p><w:pPr><w:pStyle w:val=\""
        text += style
        if !keepWithNext, !keepTogether, room == nil, pendingItem == nil, start != .pageBreak {
            // Nothing but the style (every cell of a list): its properties closed in one append, not two.
            text += "\"/></w:pPr>"
        } else {
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
            if let room {
                text += "<w:spacing w:before=\""
                text += String(DOCXUnits.twips(pt: room))
                text += "\"/>"
            }
            text += "</w:pPr>"
        }
        lastParagraph = (style, text.count - Self.propertiesClose, room != nil)
        topParagraphEnd = nil
        if tableDepth == flowDepth { spaceAfterLastPt = DOCXStyles.spaceAfterPt(style, profile: layout.profile) }
        DOCXInline.append(children, to: &text)
        text += "</w:p>\n"
        if tableDepth == flowDepth { topParagraphEnd = text.count }
    }

    /// The bytes of `</w:pPr>`: a paragraph's properties end that many bytes before its runs start.
    static var propertiesClose: Int { "</w:pPr>".utf8.count }

    /// The room above a paragraph of `style` where its style's is not what the ODT's LibreOffice sets; nil where it is.
    /// - At the top of a page it starts (the first block, a page break, a keep group's cell), none: the ODT's
    ///   LibreOffice drops it there (AddParaTableSpacingAtStart off), LibreOffice reading a .docx keeps it.
    /// - Under a data table: the table's room below (6 pt) and the style's room above, which the ODT's LibreOffice
    ///   adds (a page the paragraph starts drops both).
    /// - Under a paragraph: their sum, where a .docx sets only the larger of the space after the paragraph before
    ///   and the room above this one (LibreOffice 7.4, as Word). Measured (pdftotext -bbox, Hưng Hà's committee
    ///   review): the heading "I. ƯU ĐIỂM" 36 pt below the line above it from the ODT (6 + 12 pt), 30 pt from the
    ///   .docx with the style's 12 pt alone.
    mutating func roomAbove(_ style: String, start: PageStart, first: Bool) -> Double? {
        defer { flushTop = false; if tableDepth == flowDepth { tableMarginBelowPt = 0 } }
        if first || start == .pageBreak || flushTop { return 0 }
        guard tableDepth == flowDepth, start == .none else { return nil }
        let own = DOCXStyles.spaceBeforePt(style, profile: layout.profile)
        if tableMarginBelowPt > 0 { return own + tableMarginBelowPt }
        if own > 0, spaceAfterLastPt > 0, topParagraphEnd == text.count { return own + spaceAfterLastPt }
        return nil
    }

    mutating func emptyParagraph(_ style: String) {
        paragraph(style, [])
    }

    /// A list: `ol` numbered 1. 2. 3. (a. b. one level down), restarting at 1; `ul` with dashes. The first
    /// paragraph of each item carries the label. `keepWithNext`: the last item keeps with the block after the list.
    mutating func list(_ element: Element, keepWithNext: Bool) {
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
    /// The style of a paragraph: its class first, then where it sits (``ParagraphRole``).
    func paragraphStyle(_ element: Element, in context: BlockContext) -> String {
        DOCXStyleName.of(ParagraphRole.of(element, in: context))
    }

    func defaultStyle(_ context: BlockContext) -> String {
        DOCXStyleName.of(.default(in: context))
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
