import DocumentTree
import PDFDrawing

/// The built-in typesetter (issue 19): a paper's document tree set into drawn pages, as the ODT printed by
/// LibreOffice would have them — the same format (`ODFStyles`: page, margins, exact line pitch, paragraph spacing,
/// first-line indent, justification, the header and signature blocks, tables), the same pagination decisions
/// (``DocumentTree/Pagination`` through the writers' shared walk), widows and orphans of two lines.
///
/// Vietnamese breaks a line only at a plain space (never at the no-break space `NoBreakSpacing` inserts), never
/// hyphenates; a word wider than a line is broken between characters as the last resort. Same tree, same pages.
public struct PaperLayout: Sendable {
    let metrics: any TextMetrics

    public init(metrics: any TextMetrics) {
        self.metrics = metrics
    }

    /// The pages of one paper, as the ODT printed by LibreOffice would have them.
    public func pages(of document: Document) -> [DrawnPage] {
        let profile = document.profile
        let width = max(profile.pageWidthMM - profile.marginLeftMM - profile.marginRightMM, 10) * ParagraphStyle.pointsPerMM
        var builder = FlowBuilder(profile: profile, metrics: metrics, width: width)
        builder.blocks(document.body, in: .body)
        var flow = PageFlow(profile: profile, metrics: metrics)
        return flow.pages(of: builder.slices)
    }
}
