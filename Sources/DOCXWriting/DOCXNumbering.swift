import DocumentTree

/// `word/numbering.xml`: the two list styles of the ODT writer — numbered 1. / a. / 1. and bulleted – / + / + —
/// with the label at the first-line indent (7 mm further each level down) and the text 7 mm after it. Every
/// `ol` is a numbering instance of its own that starts at 1; every `ul` shares the bullets.
enum DOCXNumbering {
    /// Levels defined per list style.
    static let levels = 3
    /// The `w:numId` of bulleted lists.
    static let bulletId = 1

    /// The `w:numId` of the `ordinal`-th numbered list (1, 2 …).
    static func numberedId(_ ordinal: Int) -> Int { ordinal + 1 }

    /// The part up to its numbering instances, which depends only on the profile (kept by `DOCXSkeleton`).
    static func head(profile: FormatProfile) -> String {
        DOCXXML.declaration + "<w:numbering \(DOCXXML.wordNamespace)>" + abstract(0, profile: profile, numbered: true)
            + abstract(1, profile: profile, numbered: false)
    }

    /// The part for a document with `numberedLists` numbered lists, after `head`.
    static func xml(head: String, numberedLists: Int) -> String {
        var out = head
        out += "<w:num w:numId=\"\(bulletId)\"><w:abstractNumId w:val=\"1\"/></w:num>"
        for ordinal in stride(from: 1, through: numberedLists, by: 1) {
            out += "<w:num w:numId=\"\(numberedId(ordinal))\"><w:abstractNumId w:val=\"0\"/>"
                + "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
        }
        return out + "</w:numbering>\n"
    }

    private static func abstract(_ id: Int, profile: FormatProfile, numbered: Bool) -> String {
        var out = "<w:abstractNum w:abstractNumId=\"\(id)\"><w:multiLevelType w:val=\"multilevel\"/>"
        for level in 0..<levels {
            let labelAt = profile.firstLineIndentMM + Double(level) * 7
            let textAt = DOCXUnits.twips(mm: labelAt + 7)
            let format = numbered ? (level == 1 ? "lowerLetter" : "decimal") : "bullet"
            let label = numbered ? "%\(level + 1)." : (level == 0 ? "–" : "+")
            out += "<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(format)\"/><w:lvlText w:val=\"\(label)\"/>"
                + "<w:lvlJc w:val=\"left\"/><w:pPr><w:tabs><w:tab w:val=\"num\" w:pos=\"\(textAt)\"/></w:tabs>"
                + "<w:ind w:left=\"\(textAt)\" w:hanging=\"\(DOCXUnits.twips(mm: 7))\"/></w:pPr></w:lvl>"
        }
        return out + "</w:abstractNum>"
    }
}
