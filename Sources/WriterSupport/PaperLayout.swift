import DocumentTree

/// Lengths derived from the format profile that both the styles and the body need.
package struct PaperLayout: Sendable {
    package let profile: FormatProfile

    package init(profile: FormatProfile) {
        self.profile = profile
    }

    /// Space above a heading of `level` (2: a part or section, 3 and below: an item), in points; the
    /// space below every heading is a paragraph's.
    package static func headingSpaceAbovePt(level: Int) -> Double { level <= 2 ? 12 : 6 }

    /// Width of the text area between the left and right margins, in millimetres.
    package var textWidthMM: Double { max(profile.pageWidthMM - profile.marginLeftMM - profile.marginRightMM, 10) }

    /// Share of the text width taken by the issuer column of the header block (the rest is the
    /// "ĐẢNG CỘNG SẢN VIỆT NAM" column); a lone signature sits under the right column too.
    package var issuerColumnShare: Double { profile.headerIssuerShare }

    /// Length of the rule under "ĐẢNG CỘNG SẢN VIỆT NAM": about as long as the title (DOMAIN.md §1),
    /// measured on Liberation Serif Bold: 73 mm at 15 pt.
    package var partyRuleMM: Double { min(profile.partyNameSizePt * 73 / 15, nationalColumnMM) }

    /// Width of the right column of the header block.
    package var nationalColumnMM: Double { textWidthMM * (1 - issuerColumnShare) }

    /// Distance from the top edge of the page to the page number (pages with a header).
    package var headerTopMM: Double { profile.marginTopMM / 2 }

    /// Room above and below a data table, in points (the ODT's table margins; the DOCX and the built-in layout set
    /// the same room their own way).
    package static let gridTableMarginPt = 6.0

    /// Room above the signature block, in points.
    package static let signatureMarginPt = 12.0

    /// Blank room left for the handwritten signature and the seal.
    package static let signatureSpaceMM = 22.0
}
