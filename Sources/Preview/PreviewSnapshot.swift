import DaiHoi
import Diagnostics

/// What the preview shows at one moment: the papers of the last rendering that had no error, and the
/// diagnostics of the latest one (so a broken file shows its errors above the papers it last made).
public struct PreviewSnapshot: Sendable {
    /// Goes up by one at each rendering; the pages reload when it changes.
    public var version: Int
    /// The papers of the last rendering without errors (empty until there is one).
    public var papers: [HTMLPapers.Paper]
    /// Each diagnostic of the latest rendering as the CLI prints it: `file:line:col: lỗi [DHnnn]: …`, the source
    /// line and the caret.
    public var diagnostics: [String]
    /// Whether the latest rendering had errors (then `papers` are those of an earlier one).
    public var hasErrors: Bool
    /// How long the latest rendering took, in milliseconds.
    public var renderMilliseconds: Int

    public static let empty = PreviewSnapshot(version: 0, papers: [], diagnostics: [], hasErrors: false, renderMilliseconds: 0)

    /// The next snapshot after a rendering: its papers when it had no errors, else the papers of `self`.
    func next(_ rendered: HTMLPapers, language: Language, milliseconds: Int) -> PreviewSnapshot {
        let renderer = DiagnosticRenderer(sources: rendered.report.sources)
        let hasErrors = rendered.report.hasErrors
        return PreviewSnapshot(version: version + 1, papers: hasErrors ? papers : rendered.papers,
                               diagnostics: rendered.report.diagnostics.map { renderer.render($0, language: language) },
                               hasErrors: hasErrors, renderMilliseconds: milliseconds)
    }
}
