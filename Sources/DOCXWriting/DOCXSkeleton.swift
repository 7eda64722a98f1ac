import DocumentTree
import WriterSupport
import ZipWriting

/// Every part of a `.docx` that depends only on the format profile and the language, never on the document,
/// each already deflated: built once per profile and language and kept by the writer (``DOCXWriter``).
struct DOCXSkeleton: Sendable {
    let contentTypes: ZipEntry
    let packageRelationships: ZipEntry
    let documentRelationships: ZipEntry
    let styles: ZipEntry
    let settings: ZipEntry
    let fontTable: ZipEntry
    let header: ZipEntry
    let firstHeader: ZipEntry
    let app: ZipEntry
    let theme: ZipEntry
    /// The `w:lang` tag of the language (`vi-VN`), for `docProps/core.xml`.
    let languageTag: String
    /// `word/numbering.xml` up to its numbering instances (``DOCXNumbering/head(profile:)``).
    let numberingHead: String

    init(profile: FormatProfile, language: String, deflate stream: DeflateStream) throws(ZipError) {
        let styles = DOCXStyles(profile: profile, language: language)
        languageTag = styles.language
        numberingHead = DOCXNumbering.head(profile: profile)
        contentTypes = try ZipEntry.deflated("[Content_Types].xml", DOCXXML.contentTypes, with: stream)
        packageRelationships = try ZipEntry.deflated("_rels/.rels", DOCXXML.packageRelationships, with: stream)
        documentRelationships = try ZipEntry.deflated("word/_rels/document.xml.rels", DOCXXML.documentRelationships, with: stream)
        self.styles = try ZipEntry.deflated(DOCXXML.styles.name, styles.xml, with: stream)
        settings = try ZipEntry.deflated(DOCXXML.settings.name, Self.settings, with: stream)
        fontTable = try ZipEntry.deflated(DOCXXML.fontTable.name, Self.fontTable(profile), with: stream)
        header = try ZipEntry.deflated(DOCXXML.header.name, Self.header(numbered: true), with: stream)
        firstHeader = try ZipEntry.deflated(DOCXXML.firstHeader.name, Self.header(numbered: false), with: stream)
        app = try ZipEntry.deflated(DOCXXML.app.name, DOCXXML.appProperties, with: stream)
        theme = try ZipEntry.deflated(DOCXXML.theme.name, DOCXTheme.xml(profile), with: stream)
    }

    /// `word/settings.xml`: no automatic hyphenation; a line ended by a manual break is not stretched
    /// (`doNotExpandShiftReturn`, as the ODT's `DoNotJustifyLinesWithManualBreak`); Word 2013+ layout.
    static let settings = DOCXXML.declaration + "<w:settings \(DOCXXML.wordNamespace)>"
        + "<w:defaultTabStop w:val=\"720\"/><w:autoHyphenation w:val=\"false\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
        + "<w:compat><w:doNotExpandShiftReturn/>"
        + "<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
        + "</w:settings>\n"

    /// `word/fontTable.xml`: the profile's family, then each of its fallbacks, each naming the next one as its
    /// `w:altName` (Word's one substitute per font; the ODT lists the same families in `svg:font-family`),
    /// all of the roman (serif) family, the generic fallback.
    static func fontTable(_ profile: FormatProfile) -> String {
        let generic = ["serif", "sans-serif", "monospace"]
        var seen = Set<String>()
        let families = ([profile.fontFamily] + profile.fallbackFontFamilies).filter { !generic.contains($0) && seen.insert($0).inserted }
        var out = DOCXXML.declaration + "<w:fonts \(DOCXXML.wordNamespace)>"
        for (index, family) in families.enumerated() {
            out += "<w:font w:name=\"\(XMLText.escape(family))\">"
            let alternative = index + 1 < families.count ? families[index + 1] : (index > 0 ? families[0] : nil)
            if let alternative { out += "<w:altName w:val=\"\(XMLText.escape(alternative))\"/>" }
            out += "<w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font>"
        }
        return out + "</w:fonts>\n"
    }

    /// A page header: the page number centred (a `PAGE` field), or empty (a section's first page).
    static func header(numbered: Bool) -> String {
        var out = DOCXXML.declaration + "<w:hdr \(DOCXXML.wordNamespace) \(DOCXXML.relationshipsNamespace)>"
        out += "<w:p><w:pPr><w:pStyle w:val=\"\(DOCXStyleName.pageHeader)\"/></w:pPr>"
        if numbered {
            out += "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        }
        return out + "</w:p></w:hdr>\n"
    }
}
