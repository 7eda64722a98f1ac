import WriterSupport

/// The stable names of the common OpenDocument styles, one place for ODFStyles (which defines them)
/// and ODFBody (which uses them), so the two cannot drift apart.
enum ODFStyleName: ParagraphStyleNames {
    static let standard = "Standard"
    /// Body paragraph: justified, first-line indent.
    static let textBody = "Text_20_body"
    static let noIndent = "No_20_Indent"
    static let center = "Center"
    /// Tên loại văn bản (h1).
    static let title = "Title"
    /// Trích yếu (p.doc-subject).
    static let subject = "Subject"
    static let heading2 = "Heading_20_2"
    static let heading3 = "Heading_20_3"
    static let quotations = "Quotations"
    static let listParagraph = "List_20_Paragraph"
    static let recipients = "Recipients"
    static let recipientsLabel = "Recipients_20_Label"
    /// The page header (page number).
    static let pageHeader = "Header"

    // Header block (table.doc-header).
    static let headerLine = "Doc_20_Header_20_Line"
    static let superior = "Doc_20_Superior"
    static let issuer = "Doc_20_Issuer"
    static let star = "Doc_20_Star"
    static let docNumber = "Doc_20_Number"
    static let partyName = "Doc_20_Party"
    /// The empty paragraph drawing the rule under the Party's name.
    static let partyRule = "Doc_20_Party_20_Rule"
    /// The small empty paragraph LibreOffice needs after a table that ends the document.
    static let trailer = "Trailer"
    static let placeDate = "Doc_20_Place_20_Date"

    // Data tables.
    static let tableContents = "Table_20_Contents"
    static let tableHeading = "Table_20_Heading"
    static let tableNumber = "Table_20_Number"
    /// The cells of a long list table (`table.grid.compact`), at the profile's compact table size.
    static let compactTableContents = "Compact_20_Table_20_Contents"
    static let compactTableHeading = "Compact_20_Table_20_Heading"
    static let compactTableNumber = "Compact_20_Table_20_Number"

    // Signature block.
    static let signatureLine = "Signature_20_Line"
    static let signAuthority = "Signature_20_Authority"
    static let signTitle = "Signature_20_Title"
    static let signSpace = "Signature_20_Space"
    static let signName = "Signature_20_Name"

    // Text styles.
    static let emphasis = "Emphasis"
    static let strong = "Strong_20_Emphasis"
    static let underline = "Underline"
    // Two or three at once, as one style each: LibreOffice keeps only the inner of two nested spans' styles.
    static let boldItalic = "Bold_20_Italic"
    static let boldUnderline = "Bold_20_Underline"
    static let italicUnderline = "Italic_20_Underline"
    static let boldItalicUnderline = "Bold_20_Italic_20_Underline"

    /// The text style of `style`, `nil` for plain text.
    static func characterStyle(_ style: InlineFormat) -> String? {
        switch style {
        case []: return nil
        case .bold: return strong
        case .italic: return emphasis
        case .underline: return underline
        case [.bold, .italic]: return boldItalic
        case [.bold, .underline]: return boldUnderline
        case [.italic, .underline]: return italicUnderline
        default: return boldItalicUnderline
        }
    }

    // List styles.
    static let numbered = "Numbering_20_123"
    static let bulleted = "List_20_Bullet"

    // Master pages and page layouts.
    static let defaultMaster = "Standard"
    static let firstPageMaster = "First_20_Page"
    static let defaultLayout = "pm1"
    static let firstPageLayout = "pm2"

    /// Human-readable name of an encoded style name (`Text_20_body` → `Text body`).
    static func display(_ name: String) -> String {
        name.replacingOccurrences(of: "_20_", with: " ")
    }
}
