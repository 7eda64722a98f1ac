import DocumentTree
import WriterSupport

/// `word/styles.xml` of a Party document, from the format profile: the same styles, sizes and spacing as the
/// ODT writer's (`ODFStyles`), in WordprocessingML. Built once per profile and language (`DOCXSkeleton`).
struct DOCXStyles {
    let layout: PaperLayout
    /// `w:lang` value, e.g. `vi-VN` (``DOCXStyles/languageTag(_:)``).
    let language: String
    private var profile: FormatProfile { layout.profile }

    init(profile: FormatProfile, language: String) {
        layout = PaperLayout(profile: profile)
        self.language = Self.languageTag(language)
    }

    /// A BCP 47 tag as Word writes it: `vi` → `vi-VN`, `en-gb` → `en-GB`; anything else but letters → `vi-VN`.
    static func languageTag(_ tag: String) -> String {
        let subtags = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        let code = subtags.first.map { $0.lowercased() } ?? ""
        guard code.count >= 2, code.count <= 3, code.allSatisfy({ $0.isASCII && $0.isLetter }) else { return "vi-VN" }
        let region = subtags.dropFirst().first { $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isLetter } }?.uppercased()
            ?? (code == "vi" ? "VN" : nil)
        return region.map { "\(code)-\($0)" } ?? code
    }

    /// The whole part.
    var xml: String {
        var out = DOCXXML.declaration + "<w:styles \(DOCXXML.wordNamespace)>\n"
        out += docDefaults
        out += paragraphStyles.joined()
        out += tableStyles
        return out + "</w:styles>\n"
    }

    /// The font, its size and the language of every run; paragraphs tight, no widow control (body styles add it).
    private var docDefaults: String {
        let font = XMLText.escape(profile.fontFamily)
        let size = DOCXUnits.halfPoints(profile.bodySizePt)
        return "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"\(font)\" w:hAnsi=\"\(font)\" w:eastAsia=\"\(font)\" w:cs=\"\(font)\"/>"
            + "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/><w:lang w:val=\"\(language)\" w:eastAsia=\"\(language)\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:widowControl w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"\(Self.singleLine)\" w:lineRule=\"auto\"/>"
            + "</w:pPr></w:pPrDefault></w:docDefaults>\n"
    }

    /// A single line, in 240ths of the font's line height: the ODT's single line (`fo:line-height="100%"`) is the
    /// font's ascent and descent, 1.107 em of Times New Roman / Liberation Serif, where a .docx's single line (240)
    /// adds the line gap, 1.149 em. Measured (pdftotext -bbox, hung-ha minutes from both, LibreOffice 7.4): the header
    /// block's lines 15.5 pt apart from the ODT, 16.1 pt from the DOCX at 240, 15.45 pt at 231 (1.107 / 1.149 × 240);
    /// the title under it 5.4 pt lower at 240, 0.6 pt higher at 231.
    static let singleLine = 231

    /// The space before a paragraph of `style`, in points, as the styles below set it (at the top level: the styles
    /// of header cells and signatures are not asked).
    static func spaceBeforePt(_ style: String, profile: FormatProfile) -> Double {
        let n = DOCXStyleName.self
        switch style {
        case n.heading2: return PaperLayout.headingSpaceAbovePt(level: 2)
        case n.heading3: return PaperLayout.headingSpaceAbovePt(level: 3)
        case n.title: return 18
        default: return 0
        }
    }

    /// The space after a paragraph of `style`, in points, as the styles below set it.
    static func spaceAfterPt(_ style: String, profile: FormatProfile) -> Double {
        let n = DOCXStyleName.self
        switch style {
        case n.textBody, n.noIndent, n.center, n.quotations, n.listParagraph: return profile.paragraphSpacingPt
        case n.heading2, n.heading3: return 6
        case n.subject: return 12
        default: return 0
        }
    }

    /// The properties of running text: the exact line height, the space after each paragraph, and never a single
    /// line of a paragraph alone at the foot or the head of a page (Word's widow control is two lines, as ODT's).
    private var bodySpacing: String {
        "<w:spacing w:before=\"0\" w:after=\"\(DOCXUnits.twips(pt: profile.paragraphSpacingPt))\" w:line=\"\(DOCXUnits.twips(pt: profile.lineHeightPt))\" w:lineRule=\"exact\"/>"
    }

    private var paragraphStyles: [String] {
        let n = DOCXStyleName.self
        let widow = "<w:widowControl/>"
        let keep = "<w:keepNext/>"
        let indent = DOCXUnits.twips(mm: profile.firstLineIndentMM)
        let tight = "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"\(Self.singleLine)\" w:lineRule=\"auto\"/>"
        let bold = "<w:b/><w:bCs/>"
        let italic = "<w:i/><w:iCs/>"
        let size = { (pt: Double) in "<w:sz w:val=\"\(DOCXUnits.halfPoints(pt))\"/><w:szCs w:val=\"\(DOCXUnits.halfPoints(pt))\"/>" }
        let jc = { (value: String) in "<w:jc w:val=\"\(value)\"/>" }
        let heading = { (level: Int) in
            "<w:spacing w:before=\"\(DOCXUnits.twips(pt: PaperLayout.headingSpaceAbovePt(level: level)))\" w:after=\"120\" "
                + "w:line=\"\(DOCXUnits.twips(pt: self.profile.lineHeightPt))\" w:lineRule=\"exact\"/>"
        }
        return [
            style(n.normal, "Normal", basedOn: nil, "", "", isDefault: true),
            style(n.textBody, "Body Text", basedOn: n.normal, widow + bodySpacing + "<w:ind w:firstLine=\"\(indent)\"/>" + jc("both"), ""),
            style(n.noIndent, "No Indent", basedOn: n.normal, widow + bodySpacing + jc("both"), ""),
            style(n.center, "Center", basedOn: n.normal, widow + bodySpacing + jc("center"), ""),
            style(n.title, "Title", basedOn: n.normal, keep + "<w:spacing w:before=\"\(DOCXUnits.twips(pt: Self.spaceBeforePt(n.title, profile: profile)))\" w:after=\"0\"/>" + jc("center") + "<w:outlineLvl w:val=\"0\"/>",
                  bold + "<w:caps/>" + size(profile.titleSizePt)),
            style(n.subject, "Subject", basedOn: n.normal, keep + "<w:spacing w:before=\"0\" w:after=\"240\"/>" + jc("center"),
                  bold + size(profile.subjectSizePt)),
            style(n.heading2, "heading 2", basedOn: n.normal, keep + heading(2) + jc("both") + "<w:outlineLvl w:val=\"1\"/>", bold),
            style(n.heading3, "heading 3", basedOn: n.normal, keep + heading(3) + jc("both") + "<w:outlineLvl w:val=\"2\"/>", bold + italic),
            style(n.quotations, "Quotations", basedOn: n.normal, widow + bodySpacing + "<w:ind w:left=\"\(indent)\"/>" + jc("both"), ""),
            style(n.listParagraph, "List Paragraph", basedOn: n.normal, widow + bodySpacing + jc("both"), ""),
            style(n.recipients, "Recipients", basedOn: n.normal, tight + jc("left"), size(12)),
            style(n.recipientsLabel, "Recipients Label", basedOn: n.recipients, "", "<w:u w:val=\"single\"/>"),
            style(n.pageHeader, "header", basedOn: n.normal, jc("center"), ""),
            style(n.trailer, "Trailer", basedOn: n.normal, "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/>", size(1)),
            style(n.headerLine, "Doc Header Line", basedOn: n.normal, tight + jc("center"), size(profile.headerSizePt)),
            style(n.superior, "Doc Superior", basedOn: n.headerLine, "", ""),
            style(n.issuer, "Doc Issuer", basedOn: n.headerLine, "", bold),
            style(n.star, "Doc Star", basedOn: n.headerLine, "", ""),
            style(n.docNumber, "Doc Number", basedOn: n.headerLine, "", ""),
            style(n.partyName, "Doc Party", basedOn: n.headerLine, "", bold + size(profile.partyNameSizePt)),
            style(n.partyRule, "Doc Party Rule", basedOn: n.headerLine, partyRule, size(2)),
            style(n.placeDate, "Doc Place Date", basedOn: n.headerLine, "<w:spacing w:before=\"120\"/>", italic),
            style(n.tableContents, "Table Contents", basedOn: n.normal, tight + jc("left"), size(profile.tableSizePt)),
            style(n.tableHeading, "Table Heading", basedOn: n.tableContents, jc("center"), bold),
            style(n.tableNumber, "Table Number", basedOn: n.tableContents, jc("right"), ""),
            style(n.compactTableContents, "Compact Table Contents", basedOn: n.tableContents, "", size(profile.compactTableSizePt)),
            style(n.compactTableHeading, "Compact Table Heading", basedOn: n.compactTableContents, jc("center"), bold),
            style(n.compactTableNumber, "Compact Table Number", basedOn: n.compactTableContents, jc("right"), ""),
            style(n.signatureLine, "Signature Line", basedOn: n.normal, keep + tight + jc("center"), ""),
            style(n.signAuthority, "Signature Authority", basedOn: n.signatureLine, "", bold),
            style(n.signTitle, "Signature Title", basedOn: n.signatureLine, "", bold),
            style(n.signSpace, "Signature Space", basedOn: n.signatureLine,
                  "<w:spacing w:after=\"\(DOCXUnits.twips(mm: PaperLayout.signatureSpaceMM))\"/>", ""),
            style(n.signName, "Signature Name", basedOn: n.signatureLine, "", bold),
        ]
    }

    /// The solid rule under "ĐẢNG CỘNG SẢN VIỆT NAM": an empty paragraph with a top border 0.75 pt, narrowed to
    /// the title's length, as in the ODT.
    private var partyRule: String {
        let side = DOCXUnits.twips(mm: max((layout.nationalColumnMM - layout.partyRuleMM) / 2, 0))
        return "<w:pBdr><w:top w:val=\"single\" w:sz=\"\(DOCXUnits.eighths(pt: 0.75))\" w:space=\"0\" w:color=\"000000\"/></w:pBdr>"
            + "<w:spacing w:before=\"20\"/><w:ind w:left=\"\(side)\" w:right=\"\(side)\"/>"
    }

    /// A paragraph style; `paragraph` and `run` are the children of its `w:pPr` and `w:rPr`, in schema order.
    private func style(_ id: String, _ name: String, basedOn: String?, _ paragraph: String, _ run: String,
                       isDefault: Bool = false) -> String {
        var out = "<w:style w:type=\"paragraph\"" + (isDefault ? " w:default=\"1\"" : "") + " w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
        if let basedOn { out += "<w:basedOn w:val=\"\(basedOn)\"/>" }
        out += "<w:qFormat/>"
        if !paragraph.isEmpty { out += "<w:pPr>\(paragraph)</w:pPr>" }
        if !run.isEmpty { out += "<w:rPr>\(run)</w:rPr>" }
        return out + "</w:style>\n"
    }

    /// The default table style, a bordered data table (`GridTable`) and the borderless layout table.
    private var tableStyles: String {
        let n = DOCXStyleName.self
        return "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:tblPr>"
            + "<w:tblInd w:w=\"0\" w:type=\"dxa\"/>\(DOCXTable.cellMargins(grid: false))</w:tblPr></w:style>\n"
            + "<w:style w:type=\"table\" w:styleId=\"\(n.gridTable)\"><w:name w:val=\"Grid Table\"/><w:basedOn w:val=\"TableNormal\"/>"
            + "<w:tblPr>\(DOCXTable.borders(grid: true))\(DOCXTable.cellMargins(grid: true))</w:tblPr>"
            + "<w:tcPr><w:vAlign w:val=\"center\"/></w:tcPr></w:style>\n"
            + "<w:style w:type=\"table\" w:styleId=\"\(n.layoutTable)\"><w:name w:val=\"Layout Table\"/><w:basedOn w:val=\"TableNormal\"/>"
            + "<w:tblPr>\(DOCXTable.borders(grid: false))\(DOCXTable.cellMargins(grid: false))</w:tblPr></w:style>\n"
    }
}
