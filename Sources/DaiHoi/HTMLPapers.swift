import Derive
import Diagnostics
import DocumentTree
import Render
import HTMLWriting

/// Every paper the data makes, as the HTML `render --format html` writes, kept in memory (`daihoi serve`).
public struct HTMLPapers: Sendable {
    /// One paper: its `--doc` name, its Vietnamese title, its whole HTML page.
    public struct Paper: Sendable, Equatable {
        public var name: String
        public var title: String
        public var html: String
    }

    /// The load and check diagnostics, the note on papers left out, and any render error.
    public var report: PipelineReport
    /// In the order of `--doc all`; empty when the file has errors.
    public var papers: [Paper] = []
}

extension Pipeline {
    /// The same steps as ``render(file:documents:formats:outputDirectory:renderer:explicitly:)`` with `--doc all
    /// --format html`, the pages kept in memory instead of written: load → check → derive → render → HTML.
    public func renderHTML(file: String, renderer: DocumentRenderer? = nil) -> HTMLPapers {
        var result = HTMLPapers(report: check(file: file))
        guard let congress = result.report.congress, !result.report.hasErrors else { return result }
        let selection = PaperSelection(DocumentKind.allCases, for: congress, explicitly: false)
        result.report.diagnostics += selection.diagnostics
        guard let compiled = compiledRenderer(renderer, report: &result.report) else { return result }
        let profile = FormatProfile.known[congress.settings.formatProfile] ?? .hd36_2018
        for kind in selection.kinds {
            do {
                let document = try compiled.render(kind.templateName, documentName: kind.rawValue,
                                                   value: kind.viewModel(for: congress, options: paperOptions),
                                                   profile: kind.profile(for: congress, base: profile))
                let html = HTMLWriter(stylesheet: try compiled.stylesheet(for: document.profile)).write(document)
                result.papers.append(HTMLPapers.Paper(name: kind.rawValue, title: kind.title, html: html))
            } catch {
                result.report.diagnostics.append(RenderDiagnostics.diagnostic(for: error))
            }
        }
        return result
    }
}
