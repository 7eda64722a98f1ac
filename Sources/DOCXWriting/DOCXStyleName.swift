import WriterSupport

/// The style identifiers (`w:styleId`) of a Party document in WordprocessingML, one place for DOCXStyles (which
/// defines them) and DOCXBody (which uses them). They name the same styles as the ODT writer's, so a secretary
/// finds "Body Text", "Title", "Signature Name" … in either application.
enum DOCXStyleName: ParagraphStyleNames {
    static let normal = "Normal"
    /// Body paragraph: justified, first-line indent.
    static let textBody = "BodyText"
    static let noIndent = "NoIndent"
    static let center = "Center"
    /// Tên loại văn bản (h1).
    static let title = "Title"
    /// Trích yếu (p.doc-subject).
    static let subject = "Subject"
    static let heading2 = "Heading2"
    static let heading3 = "Heading3"
    static let quotations = "Quotations"
    static let listParagraph = "ListParagraph"
    /// Nơi nhận — the recipients' block, and its underlined label.
    static let recipients = "Recipients"
    static let recipientsLabel = "RecipientsLabel"
    /// The page header (page number).
    static let pageHeader = "Header"
    /// The small empty paragraph after a table that ends the document, or that carries a section's end.
    static let trailer = "Trailer"

    // Header block (table.doc-header).
    static let headerLine = "DocHeaderLine"
    static let superior = "DocSuperior"
    static let issuer = "DocIssuer"
    static let star = "DocStar"
    static let docNumber = "DocNumber"
    static let partyName = "DocParty"
    /// The empty paragraph drawing the rule under the Party's name.
    static let partyRule = "DocPartyRule"
    static let placeDate = "DocPlaceDate"

    // Data tables.
    static let tableContents = "TableContents"
    static let tableHeading = "TableHeading"
    static let tableNumber = "TableNumber"
    static let compactTableContents = "CompactTableContents"
    static let compactTableHeading = "CompactTableHeading"
    static let compactTableNumber = "CompactTableNumber"

    // Signature block.
    static let signatureLine = "SignatureLine"
    static let signAuthority = "SignatureAuthority"
    static let signTitle = "SignatureTitle"
    static let signSpace = "SignatureSpace"
    static let signName = "SignatureName"

    // Table styles.
    static let gridTable = "GridTable"
    static let layoutTable = "LayoutTable"
}
