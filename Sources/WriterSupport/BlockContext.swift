import DocumentTree

/// Where a block sits in the document tree; decides the default paragraph style (``ParagraphRole/of(_:in:)``).
package enum BlockContext: Equatable, Sendable {
    /// The paper's body; `blockquote` (a quotation); `div.recipients` (Nơi nhận); a list item; a cell of the
    /// header block (`table.doc-header`); a cell of the signature block.
    case body, quote, recipients, listItem, headerCell, signatureCell
    /// A cell of a data table; `compact`: of a long list table (`table.grid.compact`), set smaller.
    case gridCell(heading: Bool, number: Bool, compact: Bool)
}

/// The borderless one-row tables of a Party paper.
package enum LayoutTableKind: Sendable {
    /// The header block (`table.doc-header`): the issuer left, "ĐẢNG CỘNG SẢN VIỆT NAM" right.
    case header
    /// The signature block (`table.signatures`, `div.signatures`): one column per signer.
    case signatures
}

/// What a paragraph is on the paper, whatever a writer calls its style: each writer names one style per role
/// (`ODFStyleName`, `DOCXStyleName`), and the choice of role from a paragraph's classes and place is made here once.
package enum ParagraphRole: Sendable, CaseIterable {
    // Where the paragraph sits (``default(in:)``).
    case textBody, quotations, recipients, listParagraph, headerLine, signatureLine
    case tableContents, tableHeading, tableNumber, compactTableContents, compactTableHeading, compactTableNumber
    // Its class (``byClass``).
    /// Trích yếu — the subject line under the title (`p.doc-subject`).
    case subject
    case center, noIndent
    /// Cấp trên — the superior committee above the issuer (`p.superior`).
    case superior
    /// The issuing committee (`p.issuer-name`), the star under it (`p.star`), the document number (`p.doc-number`).
    case issuer, star, docNumber
    /// "ĐẢNG CỘNG SẢN VIỆT NAM" (`p.party-name`) and the place and date line (`p.place-date`).
    case partyName, placeDate
    /// The signature block's lines: on behalf of (T/M), title, room for signature and seal, name.
    case signAuthority, signTitle, signSpace, signName

    /// Paragraph classes and their roles, in order of precedence (the first of a paragraph's classes found here wins).
    package static let byClass: [(String, ParagraphRole)] = [
        ("doc-subject", .subject), ("center", .center), ("no-indent", .noIndent),
        ("superior", .superior), ("issuer-name", .issuer), ("star", .star), ("doc-number", .docNumber),
        ("party-name", .partyName), ("place-date", .placeDate),
        ("sign-authority", .signAuthority), ("sign-title", .signTitle), ("sign-space", .signSpace),
        ("sign-name", .signName),
    ]

    /// The role of a `p`: its class first, then where it sits. A quotation's `no-indent` stays a quotation; a data
    /// table's cell keeps its cell role whatever its `center` or `no-indent`.
    package static func of(_ paragraph: Element, in context: BlockContext) -> ParagraphRole {
        guard let chosen = firstClassIndex(paragraph.attribute("class")) else { return .default(in: context) }
        let role = byClass[chosen].1
        if context == .quote, role == .noIndent { return .quotations }
        if case .gridCell = context, role == .center || role == .noIndent { return .default(in: context) }
        return role
    }

    /// The role of a paragraph with no class of its own in `context`.
    package static func `default`(in context: BlockContext) -> ParagraphRole {
        switch context {
        case .body: .textBody
        case .quote: .quotations
        case .recipients: .recipients
        case .listItem: .listParagraph
        case .headerCell: .headerLine
        case .signatureCell: .signatureLine
        case .gridCell(let heading, let number, let compact):
            compact ? (heading ? .compactTableHeading : number ? .compactTableNumber : .compactTableContents)
                : (heading ? .tableHeading : number ? .tableNumber : .tableContents)
        }
    }

    /// The position in ``byClass`` of the first entry (in order of precedence) whose class is among the words of
    /// `classes`; read in place, word by word, with no array of words.
    static func firstClassIndex(_ classes: String?) -> Int? {
        guard let classes else { return nil }
        var chosen: Int?
        Element.forEachWord(of: classes) { word in
            // A class name fits a small string: made without allocating, compared on its raw bits.
            let word = String(word)
            if let index = byClass.firstIndex(where: { $0.0 == word }), index < chosen ?? .max { chosen = index }
            return true
        }
        return chosen
    }
}

/// A writer's names of its paragraph styles, one per ``ParagraphRole`` and the headings: each writer keeps its own
/// (`ODFStyleName`, `DOCXStyleName`); which name serves which role, and which styles keep with the next paragraph,
/// is said here once.
package protocol ParagraphStyleNames {
    static var textBody: String { get }
    static var quotations: String { get }
    static var recipients: String { get }
    static var listParagraph: String { get }
    static var headerLine: String { get }
    static var signatureLine: String { get }
    static var tableContents: String { get }
    static var tableHeading: String { get }
    static var tableNumber: String { get }
    static var compactTableContents: String { get }
    static var compactTableHeading: String { get }
    static var compactTableNumber: String { get }
    static var subject: String { get }
    static var center: String { get }
    static var noIndent: String { get }
    static var superior: String { get }
    static var issuer: String { get }
    static var star: String { get }
    static var docNumber: String { get }
    static var partyName: String { get }
    static var placeDate: String { get }
    static var signAuthority: String { get }
    static var signTitle: String { get }
    static var signSpace: String { get }
    static var signName: String { get }
    /// Tên loại văn bản — the paper's title (`h1`), and the headings below it.
    static var title: String { get }
    static var heading2: String { get }
    static var heading3: String { get }
}

extension ParagraphStyleNames {
    /// The style of a paragraph's role.
    @inlinable
    package static func of(_ role: ParagraphRole) -> String {
        switch role {
        case .textBody: textBody
        case .quotations: quotations
        case .recipients: recipients
        case .listParagraph: listParagraph
        case .headerLine: headerLine
        case .signatureLine: signatureLine
        case .tableContents: tableContents
        case .tableHeading: tableHeading
        case .tableNumber: tableNumber
        case .compactTableContents: compactTableContents
        case .compactTableHeading: compactTableHeading
        case .compactTableNumber: compactTableNumber
        case .subject: subject
        case .center: center
        case .noIndent: noIndent
        case .superior: superior
        case .issuer: issuer
        case .star: star
        case .docNumber: docNumber
        case .partyName: partyName
        case .placeDate: placeDate
        case .signAuthority: signAuthority
        case .signTitle: signTitle
        case .signSpace: signSpace
        case .signName: signName
        }
    }

    /// Whether the style `name` already keeps its paragraph with the next one (the titles, headings and the
    /// signature block's lines, as both writers' styles define them).
    @inlinable
    package static func keepsWithNext(_ name: String) -> Bool {
        name == title || name == subject || name == heading2 || name == heading3
            || name == signatureLine || name == signAuthority || name == signTitle || name == signSpace || name == signName
    }
}
