import DocumentTree

/// Writes a document as flat OpenDocument text (`.fodt`): one `office:document` XML file holding the
/// meta data, the Party format's styles and page layouts, and the body. Same document, same bytes.
public struct FODTWriter: Sendable {
    /// Creates the writer.
    public init() {}

    /// The `.fodt` text of `document` (UTF-8 XML, ODF 1.2).
    public func write(_ document: Document) -> String {
        ODFParts(document).flat
    }
}
