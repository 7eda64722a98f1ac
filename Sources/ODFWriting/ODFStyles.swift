import DocumentTree
import WriterSupport

/// The common styles, page layouts and master pages of a Party document, from the format profile.
/// Shared by the ODT writer (styles.xml) and the flat ODT writer so the two cannot drift.
struct ODFStyles: Sendable {
    let layout: ODFLayout
    private var profile: FormatProfile { layout.profile }

    /// `fo:language` and `fo:country` attributes from a BCP 47 tag (`vi` → vi/VN, `en-GB` → en/GB).
    let languageAttributes: String

    init(profile: FormatProfile, language: String = "vi") {
        layout = ODFLayout(profile: profile)
        let subtags = language.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        let code = subtags.first.map { $0.lowercased() } ?? ""
        let region = subtags.dropFirst().first { $0.count == 2 }?.uppercased() ?? (code == "vi" ? "VN" : nil)
        guard code.count >= 2, code.count <= 3, code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            languageAttributes = ""
            return
        }
        languageAttributes = " fo:language=\"\(code)\"" + (region.map { " fo:country=\"\(ODFXML.escape($0))\"" } ?? "")
    }

    /// `<office:font-face-decls>`: the profile's family, then its fallbacks.
    var fontFaceDecls: String {
        let generic = ["serif", "sans-serif", "monospace"]
        let families = ([profile.fontFamily] + profile.fallbackFontFamilies).filter { !generic.contains($0) }
        var seen = Set<String>()
        let faces = families.filter { seen.insert($0).inserted }.map { family in
            let list = ([family] + profile.fallbackFontFamilies.filter { $0 != family })
                .map { generic.contains($0) ? $0 : "'\($0)'" }.joined(separator: ", ")
            return "<style:font-face style:name=\"\(ODFXML.escape(family))\" svg:font-family=\"\(ODFXML.escape(list))\""
                + " style:font-family-generic=\"roman\" style:font-pitch=\"variable\"/>"
        }
        return "<office:font-face-decls>\n" + faces.joined(separator: "\n") + "\n</office:font-face-decls>\n"
    }

    /// `<office:styles>`: default, paragraph, text and list styles.
    var commonStyles: String {
        var out = "<office:styles>\n"
        out += defaultStyle
        out += paragraphStyles.joined()
        out += textStyles
        out += listStyle(ODFStyleName.numbered, numbered: true)
        out += listStyle(ODFStyleName.bulleted, numbered: false)
        return out + "</office:styles>\n"
    }

    /// The page layouts, which belong in the automatic styles of styles.xml (or of the flat document).
    var pageLayouts: String {
        let base = "fo:page-width=\"\(ODFXML.mm(profile.pageWidthMM))\" fo:page-height=\"\(ODFXML.mm(profile.pageHeightMM))\""
            + " style:print-orientation=\"portrait\" fo:margin-bottom=\"\(ODFXML.mm(profile.marginBottomMM))\""
            + " fo:margin-left=\"\(ODFXML.mm(profile.marginLeftMM))\" fo:margin-right=\"\(ODFXML.mm(profile.marginRightMM))\""
            + " style:writing-mode=\"lr-tb\""
        let headerHeight = max(profile.marginTopMM - layout.headerTopMM, 4)
        let spacing = min(2.0, headerHeight / 2)
        // LibreOffice counts the spacing inside the minimum height and starts the body 0.45 mm lower
        // than the header's height (measured with pdftotext -bbox): this puts the body at marginTopMM.
        let minHeight = headerHeight - 0.45
        return """
        <style:page-layout style:name="\(ODFStyleName.defaultLayout)">
        <style:page-layout-properties \(base) fo:margin-top="\(ODFXML.mm(layout.headerTopMM))"/>
        <style:header-style><style:header-footer-properties fo:min-height="\(ODFXML.mm(minHeight))" \
        fo:margin-bottom="\(ODFXML.mm(spacing))" style:dynamic-spacing="false"/></style:header-style>
        </style:page-layout>
        <style:page-layout style:name="\(ODFStyleName.firstPageLayout)">
        <style:page-layout-properties \(base) fo:margin-top="\(ODFXML.mm(profile.marginTopMM))"/>
        </style:page-layout>

        """
    }

    /// `<office:master-styles>`: the default page with the page number centred at the top, and the
    /// first page without it (the first block of the body asks for it; it is followed by the default page).
    /// `pageNumbersFromPage` 1 numbers every page (the first block does not ask for the first page);
    /// any value above 2 is treated as 2, since ODF has no "from page n" switch.
    var masterStyles: String {
        """
        <office:master-styles>
        <style:master-page style:name="\(ODFStyleName.defaultMaster)" style:page-layout-name="\(ODFStyleName.defaultLayout)">
        <style:header><text:p text:style-name="\(ODFStyleName.pageHeader)"><text:page-number text:select-page="current">2</text:page-number></text:p></style:header>
        </style:master-page>
        <style:master-page style:name="\(ODFStyleName.firstPageMaster)" style:display-name="First Page" \
        style:page-layout-name="\(ODFStyleName.firstPageLayout)" style:next-style-name="\(ODFStyleName.defaultMaster)"/>
        </office:master-styles>

        """
    }
}

private extension ODFStyles {
    var defaultStyle: String {
        """
        <style:default-style style:family="paragraph">
        <style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="lr-tb"/>
        <style:text-properties style:font-name="\(ODFXML.escape(profile.fontFamily))" fo:font-size="\(ODFXML.pt(profile.bodySizePt))"\(languageAttributes) \
        fo:hyphenate="false"/>
        </style:default-style>
        <style:default-style style:family="table"><style:table-properties table:border-model="collapsing"/></style:default-style>

        """
    }

    /// Properties of running text: exact line height, the space after each paragraph, and never a
    /// single line of a paragraph alone at the foot or the head of a page (``Pagination``).
    var bodyLines: String {
        "fo:line-height=\"\(ODFXML.pt(profile.lineHeightPt))\" fo:margin-top=\"0mm\" fo:margin-bottom=\"\(ODFXML.pt(profile.paragraphSpacingPt))\""
            + " fo:orphans=\"2\" fo:widows=\"2\""
    }

    /// Properties of tight lines (header block, tables, signatures): single spacing, no space around.
    var tightLines: String { "fo:line-height=\"100%\" fo:margin-top=\"0mm\" fo:margin-bottom=\"0mm\"" }

    var paragraphStyles: [String] {
        let n = ODFStyleName.self
        let indent = ODFXML.mm(profile.firstLineIndentMM)
        let bold = "fo:font-weight=\"bold\""
        let size = { (pt: Double) in "fo:font-size=\"\(ODFXML.pt(pt))\"" }
        let keep = "fo:keep-with-next=\"always\""
        return [
            paragraph(n.standard, parent: nil, "fo:margin-top=\"0mm\" fo:margin-bottom=\"0mm\"", ""),
            paragraph(n.textBody, parent: n.standard, "fo:text-align=\"justify\" fo:text-indent=\"\(indent)\" \(bodyLines)", ""),
            paragraph(n.noIndent, parent: n.standard, "fo:text-align=\"justify\" \(bodyLines)", ""),
            paragraph(n.center, parent: n.standard, "fo:text-align=\"center\" \(bodyLines)", ""),
            paragraph(n.title, parent: n.standard, "fo:text-align=\"center\" fo:margin-top=\"18pt\" fo:margin-bottom=\"0mm\" \(keep)",
                      "\(bold) \(size(profile.titleSizePt)) fo:text-transform=\"uppercase\""),
            paragraph(n.subject, parent: n.standard, "fo:text-align=\"center\" fo:margin-top=\"0mm\" fo:margin-bottom=\"12pt\" \(keep)",
                      "\(bold) \(size(profile.subjectSizePt))"),
            paragraph(n.heading2, parent: n.standard, "fo:text-align=\"justify\" fo:line-height=\"\(ODFXML.pt(profile.lineHeightPt))\" fo:margin-top=\"\(ODFXML.pt(ODFLayout.headingSpaceAbovePt(level: 2)))\" fo:margin-bottom=\"6pt\" \(keep)", bold),
            paragraph(n.heading3, parent: n.standard, "fo:text-align=\"justify\" fo:line-height=\"\(ODFXML.pt(profile.lineHeightPt))\" fo:margin-top=\"\(ODFXML.pt(ODFLayout.headingSpaceAbovePt(level: 3)))\" fo:margin-bottom=\"6pt\" \(keep)",
                      "\(bold) fo:font-style=\"italic\""),
            paragraph(n.quotations, parent: n.standard, "fo:text-align=\"justify\" fo:margin-left=\"\(indent)\" \(bodyLines)", ""),
            paragraph(n.listParagraph, parent: n.standard, "fo:text-align=\"justify\" \(bodyLines)", ""),
            paragraph(n.recipients, parent: n.standard, "fo:text-align=\"start\" \(tightLines)", size(12)),
            paragraph(n.recipientsLabel, parent: n.recipients, "", "style:text-underline-style=\"solid\" style:text-underline-width=\"auto\" style:text-underline-color=\"font-color\""),
            paragraph(n.pageHeader, parent: n.standard, "fo:text-align=\"center\"", ""),
            paragraph(n.trailer, parent: n.standard, tightLines, "fo:font-size=\"1pt\""),
            paragraph(n.headerLine, parent: n.standard, "fo:text-align=\"center\" \(tightLines)", size(profile.headerSizePt)),
            paragraph(n.superior, parent: n.headerLine, "", ""),
            paragraph(n.issuer, parent: n.headerLine, "", bold),
            paragraph(n.star, parent: n.headerLine, "", ""),
            paragraph(n.docNumber, parent: n.headerLine, "", ""),
            paragraph(n.partyName, parent: n.headerLine, "", "\(bold) \(size(profile.partyNameSizePt))"),
            paragraph(n.partyRule, parent: n.headerLine, partyRule, "fo:font-size=\"2pt\""),
            paragraph(n.placeDate, parent: n.headerLine, "fo:margin-top=\"6pt\"", "fo:font-style=\"italic\""),
            paragraph(n.tableContents, parent: n.standard, "fo:text-align=\"start\" \(tightLines)", size(profile.tableSizePt)),
            paragraph(n.tableHeading, parent: n.tableContents, "fo:text-align=\"center\"", bold),
            paragraph(n.tableNumber, parent: n.tableContents, "fo:text-align=\"end\"", ""),
            paragraph(n.compactTableContents, parent: n.tableContents, "", size(profile.compactTableSizePt)),
            paragraph(n.compactTableHeading, parent: n.compactTableContents, "fo:text-align=\"center\"", bold),
            paragraph(n.compactTableNumber, parent: n.compactTableContents, "fo:text-align=\"end\"", ""),
            paragraph(n.signatureLine, parent: n.standard, "fo:text-align=\"center\" \(tightLines) \(keep)", ""),
            paragraph(n.signAuthority, parent: n.signatureLine, "", bold),
            paragraph(n.signTitle, parent: n.signatureLine, "", bold),
            paragraph(n.signSpace, parent: n.signatureLine, "fo:margin-bottom=\"\(ODFXML.mm(ODFLayout.signatureSpaceMM))\"", ""),
            paragraph(n.signName, parent: n.signatureLine, "", bold),
        ]
    }

    /// The solid rule under "ĐẢNG CỘNG SẢN VIỆT NAM": an empty paragraph with a top border, narrowed to
    /// the title's length (a border on the title itself would narrow the title and wrap it).
    var partyRule: String {
        let side = max((layout.nationalColumnMM - layout.partyRuleMM) / 2, 0)
        return "fo:margin-left=\"\(ODFXML.mm(side))\" fo:margin-right=\"\(ODFXML.mm(side))\" fo:margin-top=\"1pt\""
            + " fo:padding=\"0mm\" fo:border-top=\"0.75pt solid #000000\" fo:border-bottom=\"none\" fo:border-left=\"none\""
            + " fo:border-right=\"none\" style:join-border=\"false\""
    }

    func paragraph(_ name: String, parent: String?, _ paragraphProperties: String, _ textProperties: String) -> String {
        var out = "<style:style style:name=\"\(name)\""
        if name.contains("_20_") { out += " style:display-name=\"\(ODFStyleName.display(name))\"" }
        out += " style:family=\"paragraph\""
        if let parent { out += " style:parent-style-name=\"\(parent)\"" }
        out += " style:class=\"text\">"
        if !paragraphProperties.isEmpty { out += "<style:paragraph-properties \(paragraphProperties)/>" }
        if !textProperties.isEmpty { out += "<style:text-properties \(textProperties)/>" }
        return out + "</style:style>\n"
    }

    var textStyles: String {
        let n = ODFStyleName.self
        let underline = #"style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color""#
        return """
        <style:style style:name="\(n.emphasis)" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
        <style:style style:name="\(n.strong)" style:display-name="Strong Emphasis" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
        <style:style style:name="\(n.underline)" style:family="text"><style:text-properties \(underline)/></style:style>
        <style:style style:name="\(n.boldItalic)" style:display-name="Bold Italic" style:family="text"><style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>
        <style:style style:name="\(n.boldUnderline)" style:display-name="Bold Underline" style:family="text"><style:text-properties fo:font-weight="bold" \(underline)/></style:style>
        <style:style style:name="\(n.italicUnderline)" style:display-name="Italic Underline" style:family="text"><style:text-properties fo:font-style="italic" \(underline)/></style:style>
        <style:style style:name="\(n.boldItalicUnderline)" style:display-name="Bold Italic Underline" style:family="text"><style:text-properties fo:font-weight="bold" fo:font-style="italic" \(underline)/></style:style>

        """
    }

    /// A list style with three levels; the label sits at the first-line indent, the text 7 mm further.
    func listStyle(_ name: String, numbered: Bool) -> String {
        var out = "<text:list-style style:name=\"\(name)\" style:display-name=\"\(ODFStyleName.display(name))\">\n"
        for level in 1...3 {
            let labelAt = profile.firstLineIndentMM + Double(level - 1) * 7
            let properties = "<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\">"
                + "<style:list-level-label-alignment text:label-followed-by=\"listtab\""
                + " text:list-tab-stop-position=\"\(ODFXML.mm(labelAt + 7))\" fo:text-indent=\"-7mm\""
                + " fo:margin-left=\"\(ODFXML.mm(labelAt + 7))\"/></style:list-level-properties>"
            if numbered {
                out += "<text:list-level-style-number text:level=\"\(level)\" style:num-suffix=\".\" style:num-format=\"\(level == 2 ? "a" : "1")\">"
                    + properties + "</text:list-level-style-number>\n"
            } else {
                out += "<text:list-level-style-bullet text:level=\"\(level)\" text:bullet-char=\"\(level == 1 ? "–" : "+")\">"
                    + properties + "</text:list-level-style-bullet>\n"
            }
        }
        return out + "</text:list-style>\n"
    }
}
