/// The Party document format as one set of values, shared by the HTML and ODT writers.
///
/// Source: Hướng dẫn 36-HD/VPTW (03/4/2018), Phụ lục 3 for the element sizes
/// (DOMAIN.md §1). Margins are UNCONFIRMED in the regulation text that was read;
/// the default 20/20/30/15 mm is what independent HD36 and HD05 implementations use,
/// so every value here is a setting, overridable from the congress file.
public struct FormatProfile: Sendable, Equatable, Codable {
    /// Profile identifier: `hd36_2018` or `hd05_2026`.
    public var id: String
    /// Paper width in millimetres (A4: 210).
    public var pageWidthMM: Double
    /// Paper height in millimetres (A4: 297).
    public var pageHeightMM: Double
    /// Top margin in millimetres. UNCONFIRMED, default 20.
    public var marginTopMM: Double
    /// Bottom margin in millimetres. UNCONFIRMED, default 20.
    public var marginBottomMM: Double
    /// Left (binding) margin in millimetres. UNCONFIRMED, default 30.
    public var marginLeftMM: Double
    /// Right margin in millimetres. UNCONFIRMED, default 15.
    public var marginRightMM: Double
    /// Font family: TCVN 6909:2001 Unicode, Times New Roman in the Phụ lục illustrations.
    public var fontFamily: String
    /// Fallback families, in order (Liberation Serif is metric-compatible with Times New Roman).
    public var fallbackFontFamilies: [String]
    /// Body text size in points (14–15; default 14).
    public var bodySizePt: Double
    /// "ĐẢNG CỘNG SẢN VIỆT NAM": 15 pt bold.
    public var partyNameSizePt: Double
    /// Superior and issuing body names, number, place and date: 14 pt.
    public var headerSizePt: Double
    /// Tên loại văn bản (document type, e.g. BIÊN BẢN): 15–16 pt bold; default 15.
    public var titleSizePt: Double
    /// Trích yếu (subject line): 14–15 pt bold; default 14.
    public var subjectSizePt: Double
    /// Text inside data tables; not fixed by 36-HD, default 13.
    public var tableSizePt: Double
    /// First-line indent of body paragraphs. UNCONFIRMED (about 10 mm).
    public var firstLineIndentMM: Double
    /// Line height of body text in points. UNCONFIRMED: 18 pt exact or 19 pt; default 18.
    public var lineHeightPt: Double
    /// Space after a body paragraph in points. UNCONFIRMED, default 6.
    public var paragraphSpacingPt: Double
    /// First page that carries a page number (page numbers top centre, none on page 1). UNCONFIRMED, default 2.
    public var pageNumbersFromPage: Int
    /// Text size of a long list table (`table.grid.compact`: the delegate list), in points: 36-HD sets a table's
    /// text smaller than the body where the table needs it, down to 12 pt (issue 15; UNCONFIRMED, default 12).
    public var compactTableSizePt: Double
    /// Share of the text width taken by the issuer column of the header block, the rest going to
    /// "ĐẢNG CỘNG SẢN VIỆT NAM" and the date line. Not fixed by 36-HD; default one half, where the issuer's
    /// "LẦN THỨ XVI, NHIỆM KỲ 2020 - 2025" breaks after its comma (at 46 % it left "2025" alone on a line).
    public var headerIssuerShare: Double

    /// Hướng dẫn 36-HD/VPTW (2018) with the configurable defaults of DOMAIN.md.
    public static let hd36_2018 = FormatProfile(
        id: "hd36_2018", pageWidthMM: 210, pageHeightMM: 297,
        marginTopMM: 20, marginBottomMM: 20, marginLeftMM: 30, marginRightMM: 15,
        fontFamily: "Times New Roman", fallbackFontFamilies: ["Liberation Serif", "serif"],
        bodySizePt: 14, partyNameSizePt: 15, headerSizePt: 14, titleSizePt: 15, subjectSizePt: 14,
        tableSizePt: 13, firstLineIndentMM: 10, lineHeightPt: 18, paragraphSpacingPt: 6,
        pageNumbersFromPage: 2)

    /// Hướng dẫn 05-HD/VPTW (27/5/2026), said to replace 36-HD (UNCONFIRMED, DOMAIN.md §0);
    /// the values seen in implementations are the same as 36-HD's defaults.
    public static let hd05_2026: FormatProfile = {
        var profile = FormatProfile.hd36_2018
        profile.id = "hd05_2026"
        return profile
    }()

    /// The same format on the sheet turned sideways (khổ ngang), for a wide table: width and height swapped, and
    /// the margins turned with the sheet, so the binding margin (the portrait left one) is at the top, where a
    /// landscape page is bound among portrait ones (Nghị định 30/2020/NĐ-CP, Phụ lục I: a landscape page's top
    /// edge lies on the binding side). Sizes, spacing and the header's shares are unchanged.
    public var landscape: FormatProfile {
        guard pageWidthMM < pageHeightMM else { return self }
        var turned = self
        turned.pageWidthMM = pageHeightMM
        turned.pageHeightMM = pageWidthMM
        turned.marginTopMM = marginLeftMM
        turned.marginBottomMM = marginRightMM
        turned.marginLeftMM = marginTopMM
        turned.marginRightMM = marginBottomMM
        return turned
    }

    /// Two short ballots to a sheet (`div.half-sheet`, Derive's BallotLayout): the cut line lies at the middle of the
    /// page, so each cut half is the same size (on A4, 210 × 148,5 mm: an A5 sheet turned sideways). The upper
    /// half runs from the top margin to the cut line, the lower from it to the bottom margin.
    public var upperHalfSheetMM: Double { pageHeightMM / 2 - marginTopMM }
    /// The room kept clear on each side of the cut line, so a trimmed ballot keeps a margin there (UNCONFIRMED).
    public static let cutLineClearanceMM = 5.0

    /// The profiles known by identifier.
    public static let known: [String: FormatProfile] = [hd36_2018.id: hd36_2018, hd05_2026.id: hd05_2026]

    public init(id: String, pageWidthMM: Double, pageHeightMM: Double, marginTopMM: Double, marginBottomMM: Double,
                marginLeftMM: Double, marginRightMM: Double, fontFamily: String, fallbackFontFamilies: [String],
                bodySizePt: Double, partyNameSizePt: Double, headerSizePt: Double, titleSizePt: Double,
                subjectSizePt: Double, tableSizePt: Double, firstLineIndentMM: Double, lineHeightPt: Double,
                paragraphSpacingPt: Double, pageNumbersFromPage: Int, headerIssuerShare: Double = 0.5,
                compactTableSizePt: Double = 12) {
        self.id = id
        self.pageWidthMM = pageWidthMM
        self.pageHeightMM = pageHeightMM
        self.marginTopMM = marginTopMM
        self.marginBottomMM = marginBottomMM
        self.marginLeftMM = marginLeftMM
        self.marginRightMM = marginRightMM
        self.fontFamily = fontFamily
        self.fallbackFontFamilies = fallbackFontFamilies
        self.bodySizePt = bodySizePt
        self.partyNameSizePt = partyNameSizePt
        self.headerSizePt = headerSizePt
        self.titleSizePt = titleSizePt
        self.subjectSizePt = subjectSizePt
        self.tableSizePt = tableSizePt
        self.firstLineIndentMM = firstLineIndentMM
        self.lineHeightPt = lineHeightPt
        self.paragraphSpacingPt = paragraphSpacingPt
        self.pageNumbersFromPage = pageNumbersFromPage
        self.headerIssuerShare = headerIssuerShare
        self.compactTableSizePt = compactTableSizePt
    }
}
