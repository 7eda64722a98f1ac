import DocumentTree
import PDFDrawing

/// Pours slices onto pages, as LibreOffice breaks the ODT's pages: a chain of slices that keep together goes whole
/// to the next page when it does not fit what is left of this one; a chain taller than a whole page is broken
/// where it must (the last resort); a data table's heading rows are set again at the top of each page it runs on;
/// a page break or a sheet starts a page (a sheet restarts the count at 1); the page number stands top centre,
/// `marginTop / 2` from the edge, from ``FormatProfile/pageNumbersFromPage`` on (the ODT's header).
///
/// One pass over the slices, each chain measured once: linear in the paper's length.
struct PageFlow {
    let profile: FormatProfile
    let metrics: any TextMetrics

    private var pages: [DrawnPage] = []
    private var items: [DrawnItem] = []
    private var y = 0.0
    private var pageIsEmpty = true
    private var pageCount = 1
    private var previousSpaceAfter = 0.0

    init(profile: FormatProfile, metrics: any TextMetrics) {
        self.profile = profile
        self.metrics = metrics
    }

    private static let pt = 72 / 25.4

    /// On a page with the page number (the ODT's default page, with its header), LibreOffice starts the body this
    /// much above the top margin: the header's minimum height is the ODT's `marginTop − marginTop / 2 − 0.45 mm`
    /// (`ODFStyles.pageLayouts`), and LibreOffice counts the header's spacing inside it. Measured with pdftotext
    /// -bbox on LibreOffice's PDF: the first line of page 3 of the Hưng Hà nominations 0.47 mm higher than on a first
    /// page, the tally sheets' repeated heading row 0.39 mm; with it a page holds the rows LibreOffice's holds.
    static let headerBodyRaiseMM = 0.45
    private var top: Double { profile.marginTopMM * Self.pt }
    private var bottom: Double { (profile.pageHeightMM - profile.marginBottomMM) * Self.pt }
    private var left: Double { profile.marginLeftMM * Self.pt }

    /// The pages of `slices` (at least one page, even for an empty paper).
    mutating func pages(of slices: [Slice]) -> [DrawnPage] {
        startPage(count: 1)
        var index = 0
        while index < slices.count {
            let start = slices[index].pageStart
            if index > 0, start != .none {
                if !pageIsEmpty { newPage(sheet: start == .sheet) } else if start == .sheet { startPage(count: 1) }
            }
            var end = index
            while end + 1 < slices.count, slices[end].keepWithNext, slices[end + 1].pageStart == .none { end += 1 }
            if !pageIsEmpty, !fits(slices[index...end]) { newPage(sheet: false) }
            for position in index...end { place(slices[position]) }
            index = end + 1
        }
        finishPage()
        return pages
    }

    /// Whether the chain fits below what the page holds.
    private func fits(_ chain: ArraySlice<Slice>) -> Bool {
        var cursor = y
        var after = previousSpaceAfter
        var empty = pageIsEmpty
        for slice in chain {
            if !empty { cursor += after + slice.spaceBefore }
            cursor += slice.height
            if cursor > bottom + 0.01 { return false }
            after = slice.spaceAfter
            empty = false
        }
        return true
    }

    /// Sets `slice` on this page, or on the next when it does not fit (unless this page is empty). A slice taller
    /// than what an empty page holds (a table row of a whole page's text) is cut between its lines, the last resort:
    /// nothing is drawn below the bottom margin.
    private mutating func place(_ slice: Slice) {
        if !pageIsEmpty, y + previousSpaceAfter + slice.spaceBefore + slice.height > bottom + 0.01 { newPage(sheet: false) }
        // A table's heading rows again at the top of the page, unless they would take more than half of it (a
        // heading row of a page's text, set once, not on every page).
        if pageIsEmpty, !slice.repeatedHeader.isEmpty,
           slice.repeatedHeader.reduce(0, { $0 + $1.height }) <= (bottom - top) / 2 {
            for row in slice.repeatedHeader { put(row) }
        }
        var rest = slice
        while y + (pageIsEmpty ? 0 : previousSpaceAfter + rest.spaceBefore) + rest.height > bottom + 0.01 {
            let room = bottom - y - (pageIsEmpty ? 0 : previousSpaceAfter + rest.spaceBefore)
            guard let (head, tail) = rest.cut(within: room, metrics: metrics) else { break }
            put(head)
            newPage(sheet: false)
            rest = tail
        }
        put(rest)
    }

    private mutating func put(_ slice: Slice) {
        if !pageIsEmpty { y += previousSpaceAfter + slice.spaceBefore }
        for item in slice.items { items.append(item.shifted(left, y)) }
        y += slice.height
        previousSpaceAfter = slice.spaceAfter
        pageIsEmpty = false
    }

    private mutating func newPage(sheet: Bool) {
        finishPage()
        startPage(count: sheet ? 1 : pageCount + 1)
    }

    private mutating func startPage(count: Int) {
        pageCount = count
        items = []
        y = top
        pageIsEmpty = true
        previousSpaceAfter = 0
        // The ODT numbers from page 2 at most (ODF has no "from page n"); 1 numbers every page.
        if count >= min(max(profile.pageNumbersFromPage, 1), 2) {
            y -= Self.headerBodyRaiseMM * Self.pt
            let text = String(count)
            let size = profile.bodySizePt
            let width = metrics.width(of: Substring(text), in: .regular, sizePt: size)
            let centre = (profile.marginLeftMM + (profile.pageWidthMM - profile.marginLeftMM - profile.marginRightMM) / 2) * Self.pt
            items.append(.text(x: centre - width / 2, baseline: profile.marginTopMM / 2 * Self.pt + metrics.ascenderEm * size,
                               face: .regular, sizePt: size, text: text))
        }
    }

    private mutating func finishPage() {
        pages.append(DrawnPage(widthPt: profile.pageWidthMM * Self.pt, heightPt: profile.pageHeightMM * Self.pt, items: items))
    }
}
