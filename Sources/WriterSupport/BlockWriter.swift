import DocumentTree

/// A writer of a paginated word-processing format (the ODT and the DOCX writer) as the shared walk over the
/// tree's blocks sees it: the walk (``blocks(_:in:keepLastWithNext:)``, ``block(_:in:keepWithNext:)``,
/// ``division(_:in:)``) decides what each block is, which blocks keep together (``Pagination``) and where a page
/// or a sheet starts; the writer writes each block's markup through the requirements below and keeps nothing of
/// the walk but its page-start flags.
///
/// The walk is `@inlinable` so that each writer gets it specialised for its own type, calling its markup directly.
package protocol BlockWriter {
    /// How deep in tables the walk is: blocks inside a table never start a page.
    var tableDepth: Int { get }
    /// Nothing has been written at the top level yet (the first page needs no break).
    var isFirstBlock: Bool { get }
    /// A `div.page-break` was met: the next top-level block starts a page.
    var pendingBreak: Bool { get set }
    /// A `div.sheet` was met after other content: the next top-level block starts a sheet (page numbers from 1).
    var pendingSheet: Bool { get set }

    /// A `p`; `keepWithNext`: it stays on the page of the block after it.
    mutating func paragraph(_ paragraph: Element, in context: BlockContext, keepWithNext: Bool)
    /// Inline nodes with visible content outside any `p`, as one paragraph of `context`'s default role.
    mutating func looseParagraph(content run: ArraySlice<Node>, in context: BlockContext, keepWithNext: Bool)
    /// The "Nơi nhận:" line that opens a recipients block (`div.recipients`).
    mutating func recipientsLabel(_ paragraph: Element)
    /// `h1` … `h6`; `level` 1 … 6.
    mutating func heading(_ heading: Element, level: Int)
    /// A section heading and the short or lead-in paragraph after it, never parted
    /// (``Pagination/groupsWithHeading(_:_:before:)``), met at the top level in `context`; `keepWithNext`: the
    /// paragraph keeps with the block after it.
    mutating func headingGroup(_ heading: Element, _ paragraph: Element, in context: BlockContext, keepWithNext: Bool)
    /// `ul` or `ol`; `keepWithNext`: its last item keeps with the block after the list.
    mutating func list(_ list: Element, keepWithNext: Bool)
    /// A borderless one-row table of `cells`: the header block or the signature block.
    mutating func layoutTable(_ cells: [Element], kind: LayoutTableKind)
    /// A data table (`table.grid`, `table.plain`).
    mutating func gridTable(_ table: Element)
    /// A `div.half-sheet`: one of two short ballots printed on one sheet.
    mutating func halfSheet(_ division: Element, in context: BlockContext)
}

extension BlockWriter {
    /// Writes `nodes`, the children of one block. `keepLastWithNext`: the last block written keeps with what follows
    /// the caller (the last item of a list before a signature block, ``Pagination``).
    @inlinable
    package mutating func blocks(_ nodes: [Node], in context: BlockContext, keepLastWithNext: Bool = false) {
        // The inline nodes since the last block, as positions in `nodes` (most cells hold one text).
        var runStart = nodes.startIndex
        var recipientsLabelDone = false
        // The paragraph already written in a group with its heading.
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
                recipientsLabel(element)
                continue
            }
            let nextIndex = Self.nextBlockIndex(after: index, in: nodes)
            let next = nextIndex.flatMap { Self.element(at: $0, in: nodes) }
            // A heading's group (one look at the two blocks after it, no pass of its own).
            if tableDepth == 0, let next, let nextIndex, next.name == "p", Pagination.isSectionHeading(element) {
                let afterNext = Self.nextBlockIndex(after: nextIndex, in: nodes).flatMap { Self.element(at: $0, in: nodes) }
                if Pagination.groupsWithHeading(element, next, before: afterNext) {
                    headingGroup(element, next, in: context, keepWithNext: Pagination.keep(next, before: afterNext).contains(.withNext))
                    grouped = nextIndex
                    continue
                }
            }
            let last = keepLastWithNext && next == nil && !InlineContent.hasContent(nodes[(index + 1)...])
            block(element, in: context, keepWithNext: last || tableDepth == 0
                  && Pagination.keep(element, before: next).contains(.withNext))
        }
        looseParagraph(nodes[runStart...], in: context, keepWithNext: keepLastWithNext)
    }

    /// Writes one block; `keepWithNext` (``Pagination``) keeps it on the page of the block after it.
    @inlinable
    package mutating func block(_ element: Element, in context: BlockContext, keepWithNext: Bool = false) {
        switch element.name {
        case "p":
            paragraph(element, in: context, keepWithNext: keepWithNext)
        case "h1", "h2", "h3", "h4", "h5", "h6":
            heading(element, level: Int(element.name.dropFirst()) ?? 1)
        case "ul", "ol":
            list(element, keepWithNext: keepWithNext)
        case "table":
            if element.hasClass("doc-header") { layoutTable(TableRows.firstRowCells(of: element), kind: .header) }
            else if element.hasClass("signatures") { layoutTable(TableRows.firstRowCells(of: element), kind: .signatures) }
            else { gridTable(element) }
        case "blockquote":
            blocks(element.children, in: .quote)
        case "div":
            division(element, in: context)
        case "hr":
            break   // outside the vocabulary; a Party paper draws no free-standing rules
        default:
            if element.children.contains(where: { if case .element(let child) = $0 { !child.isInline } else { false } }) {
                blocks(element.children, in: context)
            } else {
                looseParagraph(element.children[...], in: context)
            }
        }
    }

    /// A `div`: a page break or a sheet start (noted for the next top-level block), a half sheet, a signature
    /// block, a recipients block, or any other division, walked through.
    @inlinable
    package mutating func division(_ element: Element, in context: BlockContext) {
        if element.hasClass("page-break") {
            if tableDepth == 0, !isFirstBlock { pendingBreak = true }
            return
        }
        // Any sheet after something else, the first one too (a paper may open with a covering text).
        if element.hasClass("sheet"), tableDepth == 0, !isFirstBlock { pendingSheet = true }
        if element.hasClass("half-sheet") {
            halfSheet(element, in: context)
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

    /// Inline nodes found between blocks become a paragraph of their own (white space alone is dropped).
    @inlinable
    package mutating func looseParagraph(_ run: ArraySlice<Node>, in context: BlockContext, keepWithNext: Bool = false) {
        if InlineContent.hasContent(run) { looseParagraph(content: run, in: context, keepWithNext: keepWithNext) }
    }

    /// The position of the block element that follows `nodes[index]` among its siblings, if any.
    @inlinable
    package static func nextBlockIndex(after index: Int, in nodes: [Node]) -> Int? {
        nodes[(index + 1)...].firstIndex { if case .element(let element) = $0 { !element.isInline } else { false } }
    }

    @inlinable
    static func element(at index: Int, in nodes: [Node]) -> Element? {
        if case .element(let element) = nodes[index] { element } else { nil }
    }
}

/// What the writers ask of a paragraph's inline content.
package enum InlineContent {
    /// Whether `nodes` hold any visible text (something other than white space) or a line break.
    @inlinable
    package static func hasContent(_ nodes: ArraySlice<Node>) -> Bool {
        nodes.contains { node in
            switch node {
            case .text(let text): return text.utf8.contains { !XMLText.isSpace($0) }
            case .element(let element): return element.name == "br" || hasContent(element.children[...])
            }
        }
    }
}
