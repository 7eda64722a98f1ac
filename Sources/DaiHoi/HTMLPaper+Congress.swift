import CongressModel
import Derive
import DocumentTree
import HTMLWriting

extension Pipeline {
    /// One paper of a congress already in memory, as the HTML `render --format html` writes it: the counting room
    /// prints the entry log of a round it just published from the database, before anyone edits the congress file.
    public func renderHTML(_ kind: DocumentKind, of congress: Congress) throws -> String {
        let compiled = try makeRenderer()
        let profile = FormatProfile.known[congress.settings.formatProfile] ?? .hd36_2018
        let document = try compiled.render(kind.templateName, documentName: kind.rawValue,
                                           value: kind.viewModel(for: congress, options: paperOptions),
                                           profile: kind.profile(for: congress, base: profile))
        return HTMLWriter(stylesheet: try compiled.stylesheet(for: document.profile)).write(document)
    }
}
