import DocumentTree
import PDFDrawing
import WriterSupport

/// The blocks of a paper as slices (``Slice``), walked by the walk the ODT and DOCX writers share
/// (``BlockWriter``): the same decisions of what each block is, which blocks keep together (``Pagination``) and
/// where a page or a sheet starts; this type sets each block's lines.
///
/// A builder sets one flow `width` points wide: the page's text area, or a cell's (``nested(width:context:_:)``).
struct FlowBuilder: BlockWriter {
    let profile: FormatProfile
    let metrics: any TextMetrics
    /// Width of the flow, in points.
    let width: Double
    private(set) var slices: [Slice] = []

    var tableDepth = 0
    var isFirstBlock = true
    var pendingBreak = false
    var pendingSheet = false

    /// The lists being set, innermost last.
    var lists: [ListLevel] = []

    /// One level of list: where its labels stand and the label of the item whose first paragraph is still to come.
    struct ListLevel {
        var labelAtPt: Double
        var pendingLabel: String?
        var textAtPt: Double { labelAtPt + FlowBuilder.labelWidthMM * ParagraphStyle.pointsPerMM }
    }

    /// A list label's room: the text stands 7 mm after the label (the ODT's list styles).
    static let labelWidthMM = 7.0

    init(profile: FormatProfile, metrics: any TextMetrics, width: Double) {
        self.profile = profile
        self.metrics = metrics
        self.width = width
    }

    // MARK: - BlockWriter

    mutating func paragraph(_ paragraph: Element, in context: BlockContext, keepWithNext: Bool) {
        let role = ParagraphRole.of(paragraph, in: context)
        set(paragraph.children[...], style: style(role, in: context), keepWithNext: keepWithNext)
        if role == .partyName { partyRule() }
    }

    mutating func looseParagraph(content run: ArraySlice<Node>, in context: BlockContext, keepWithNext: Bool) {
        set(run, style: style(.default(in: context), in: context), keepWithNext: keepWithNext)
    }

    mutating func recipientsLabel(_ paragraph: Element) {
        var style = ParagraphStyle.of(.recipients, profile: profile)
        style.underline = true
        set(paragraph.children[...], style: style, keepWithNext: false)
    }

    mutating func heading(_ heading: Element, level: Int) {
        set(heading.children[...], style: .heading(level: level, profile: profile), keepWithNext: false)
    }

    mutating func headingGroup(_ heading: Element, _ paragraph: Element, in context: BlockContext, keepWithNext: Bool) {
        let first = slices.count
        self.heading(heading, level: Int(heading.name.dropFirst()) ?? 3)
        self.paragraph(paragraph, in: context, keepWithNext: keepWithNext)
        // Never parted: every slice but the last keeps with the next.
        for index in first..<max(slices.count - 1, first) { slices[index].keepWithNext = true }
    }

    mutating func list(_ list: Element, keepWithNext: Bool) {
        let depth = lists.count + 1
        let labelAt = (lists.last?.labelAtPt).map { $0 + Self.labelWidthMM * ParagraphStyle.pointsPerMM }
            ?? profile.firstLineIndentMM * ParagraphStyle.pointsPerMM
        let ordered = list.name == "ol"
        var number = Int(list.attribute("start") ?? "") ?? 1
        lists.append(ListLevel(labelAtPt: labelAt))
        let lastItem = list.children.lastIndex { if case .element = $0 { true } else { false } }
        for (index, node) in list.children.enumerated() {
            guard case .element(let item) = node else { continue }
            lists[lists.count - 1].pendingLabel = ListLabels.label(number, depth: depth, ordered: ordered)
            number += 1
            let keep = keepWithNext && index == lastItem
            if item.name == "li" { blocks(item.children, in: .listItem, keepLastWithNext: keep) } else { block(item, in: .listItem, keepWithNext: keep) }
            if lists[lists.count - 1].pendingLabel != nil {
                set([][...], style: style(.listParagraph, in: .listItem), keepWithNext: keep)
            }
        }
        lists.removeLast()
    }

    // MARK: - Paragraphs

    /// The style of a paragraph of `role` where it sits (a list item's paragraph stands at its list's indent).
    func style(_ role: ParagraphRole, in context: BlockContext) -> ParagraphStyle {
        var style = ParagraphStyle.of(role, profile: profile)
        if context == .listItem, let level = lists.last {
            style.leftIndentPt = level.textAtPt
            style.firstIndentPt = 0
        }
        return style
    }

    /// Sets one paragraph of `nodes` in `style` as one slice per line, held by widows and orphans.
    mutating func set(_ nodes: ArraySlice<Node>, style: ParagraphStyle, keepWithNext: Bool) {
        // Indents never take the line out of its flow (a list twenty deep, a quotation in a narrow cell).
        var style = style
        style.leftIndentPt = min(style.leftIndentPt, max(width - 1, 0))
        style.firstIndentPt = min(style.firstIndentPt, max(width - style.leftIndentPt - 1, 0))
        let breaking = LineBreaking(metrics: metrics, sizePt: style.sizePt, alignment: style.alignment)
        let inner = max(width - style.leftIndentPt, 1)
        let firstWidth = max(inner - style.firstIndentPt, 1)
        let lines: [SetLine]
        if nodes.count == 1, case .text(let plain) = nodes[nodes.startIndex], !style.uppercase, !style.underline,
           let line = breaking.singleLine(InlineText.clean(plain), face: FaceStyle(bold: style.bold, italic: style.italic), width: firstWidth) {
            lines = [line]
        } else {
            let text = InlineText(nodes, bold: style.bold, italic: style.italic, underline: style.underline, uppercase: style.uppercase)
            lines = breaking.lines(text, firstWidth: firstWidth, width: inner)
        }
        let (height, ascent) = lineBox(style)
        var label: DrawnItem?
        if lists.last?.pendingLabel != nil, style.leftIndentPt > 0, let text = lists[lists.count - 1].pendingLabel {
            lists[lists.count - 1].pendingLabel = nil
            label = .text(x: min(lists[lists.count - 1].labelAtPt, style.leftIndentPt), baseline: ascent, face: .regular, sizePt: style.sizePt, text: text)
        }
        let start = takePageStart()
        for (index, line) in lines.enumerated() {
            let x = style.leftIndentPt + (index == 0 ? style.firstIndentPt : 0)
            var slice = Slice(height: height)
            slice.items = line.items.map { $0.shifted(x, ascent) }
            if index == 0 {
                if let label { slice.items.insert(label, at: 0) }
                slice.spaceBefore = style.spaceBeforePt
                slice.pageStart = start
            }
            let last = index == lines.count - 1
            if last {
                slice.spaceAfter = style.spaceAfterPt
                slice.keepWithNext = keepWithNext || style.keepWithNext
            } else {
                let rule = style.widowsOrphans
                // Orphans: no break after the first lines; widows: none before the last ones.
                slice.keepWithNext = rule == 0 ? true : index + 1 < rule || lines.count - index - 1 < rule
            }
            slices.append(slice)
        }
    }

    /// A line's height and the distance from its top to its baseline: an exact height puts the baseline at 80 %
    /// of it (LibreOffice's rule for a fixed line height); a single line is the font's ascender and descender.
    func lineBox(_ style: ParagraphStyle) -> (height: Double, ascent: Double) {
        switch style.lineHeight {
        case .exact(let height): return (height, 0.8 * height)
        case .single: return ((metrics.ascenderEm + metrics.descenderEm) * style.sizePt, metrics.ascenderEm * style.sizePt)
        }
    }

    /// The rule under "ĐẢNG CỘNG SẢN VIỆT NAM": 0.75 pt, as long as the title (``WriterSupport/PaperLayout/partyRuleMM``),
    /// centred in the column; an empty paragraph of 2 pt type with 1 pt above it, as the ODT draws it.
    mutating func partyRule() {
        let lengths = WriterSupport.PaperLayout(profile: profile)
        let length = min(lengths.partyRuleMM * ParagraphStyle.pointsPerMM, width)
        let x = (width - length) / 2
        let border = 0.75
        var slice = Slice(height: border + (metrics.ascenderEm + metrics.descenderEm) * 2)
        slice.spaceBefore = 1
        slice.items = [.line(x1: x, y1: border / 2, x2: x + length, y2: border / 2, widthPt: border, dashPt: [])]
        slice.keepWithNext = true
        slices.append(slice)
    }

    // MARK: - Page starts

    /// How the next top-level slice starts its page, and the flags it used up (none inside a table).
    mutating func takePageStart() -> PageStart {
        guard tableDepth == 0 else { return .none }
        defer { isFirstBlock = false; pendingBreak = false; pendingSheet = false }
        if isFirstBlock { return .none }
        return pendingSheet ? .sheet : pendingBreak ? .pageBreak : .none
    }

    /// The slices `build` sets in a flow of its own, `width` points wide, inside a table (no page starts there).
    func nested(width: Double, _ build: (inout FlowBuilder) -> Void) -> [Slice] {
        var inner = FlowBuilder(profile: profile, metrics: metrics, width: width)
        inner.tableDepth = tableDepth + 1
        inner.isFirstBlock = false
        build(&inner)
        return inner.slices
    }

    /// Appends a slice built elsewhere (a table row, a block that never splits), with the page start it takes.
    mutating func append(_ slice: Slice) {
        var slice = slice
        if slice.pageStart == .none { slice.pageStart = takePageStart() }
        slices.append(slice)
    }
}
