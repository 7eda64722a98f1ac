import WriterSupport

// The writer-neutral pieces the OpenDocument writers share with the DOCX writer live in WriterSupport; their
// ODF names stay for the ODF code.
typealias ODFXML = XMLText
typealias ODFMarkup = XMLMarkup
typealias ODFLayout = PaperLayout
typealias ODFColumnWidths = ColumnWidths
typealias ODFSkeletonCache = SkeletonCache

/// What only OpenDocument needs of XML: its namespaces, version and media type.
extension XMLText {
    /// The namespace declarations every ODF root element carries.
    static let namespaces = """
    xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
    xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
    xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
    xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" \
    xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" \
    xmlns:dc="http://purl.org/dc/elements/1.1/" \
    xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" \
    xmlns:ooo="http://openoffice.org/2004/office" \
    xmlns:xlink="http://www.w3.org/1999/xlink"
    """

    /// The ODF version the documents declare (the schema available for validation is 1.2).
    static let version = "1.2"

    /// The media type of a text document.
    static let mimeType = "application/vnd.oasis.opendocument.text"
}
