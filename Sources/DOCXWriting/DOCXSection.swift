import DocumentTree
import WriterSupport

/// The section properties (`w:sectPr`) of a Party document: A4 and the margins of the profile, the page number
/// centred at the top `headerTopMM` from the edge, none on a section's first page (`w:titlePg` with an empty
/// first-page header) when the profile numbers pages from 2.
///
/// A sheet (a ballot, one vote-count minutes …) is a section of its own that restarts its numbering at 1
/// (`w:pgNumType w:start="1"`): its first page unnumbered, its further pages 2, 3… as in the ODT
/// (`ODFPageStart`). Every section starts a new page.
struct DOCXSection {
    let layout: PaperLayout

    /// The `w:sectPr` of section `index` (0: the first).
    func properties(index: Int) -> String {
        let profile = layout.profile
        let numbersFirst = profile.pageNumbersFromPage <= 1
        var out = "<w:sectPr>"
        out += "<w:headerReference w:type=\"default\" r:id=\"\(DOCXXML.header.relationship!.id)\"/>"
        if !numbersFirst { out += "<w:headerReference w:type=\"first\" r:id=\"\(DOCXXML.firstHeader.relationship!.id)\"/>" }
        out += "<w:type w:val=\"nextPage\"/>"
        let landscape = profile.pageWidthMM > profile.pageHeightMM
        out += "<w:pgSz w:w=\"\(DOCXUnits.twips(mm: profile.pageWidthMM))\" w:h=\"\(DOCXUnits.twips(mm: profile.pageHeightMM))\""
            + (landscape ? " w:orient=\"landscape\"/>" : "/>")
        out += "<w:pgMar w:top=\"\(DOCXUnits.twips(mm: profile.marginTopMM))\" w:right=\"\(DOCXUnits.twips(mm: profile.marginRightMM))\""
            + " w:bottom=\"\(DOCXUnits.twips(mm: profile.marginBottomMM))\" w:left=\"\(DOCXUnits.twips(mm: profile.marginLeftMM))\""
            + " w:header=\"\(DOCXUnits.twips(mm: layout.headerTopMM))\" w:footer=\"\(DOCXUnits.twips(mm: profile.marginBottomMM / 2))\" w:gutter=\"0\"/>"
        if index > 0 { out += "<w:pgNumType w:start=\"1\"/>" }
        if !numbersFirst { out += "<w:titlePg/>" }
        return out + "</w:sectPr>"
    }
}
