/// An output format of `daihoi render` and `daihoi batch`.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Standalone XHTML5 with the print stylesheet.
    case html
    /// OpenDocument text (zip), for LibreOffice and Word.
    case odt
    /// Flat OpenDocument (one XML file): diffable, for version control.
    case fodt
    /// PDF, printed by LibreOffice from the ODT (needs `soffice`).
    case pdf
    /// Office Open XML (WordprocessingML), for Word and the offices that take only .docx.
    case docx

    /// The file extension of the format.
    public var fileExtension: String { rawValue }
}
