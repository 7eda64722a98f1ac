/// An output format of `daihoi render`.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Standalone XHTML5 with the print stylesheet.
    case html

    /// The file extension of the format.
    public var fileExtension: String { rawValue }
}
