/// The table properties both the styles and the body write: borders 0.5 pt of a data table, none of a layout
/// table; cell padding 0.5 mm above and below, 1 mm at the sides of a data cell, none in a layout cell (as the
/// ODT's `GridCell` and `LayoutCell`).
enum DOCXTable {
    static func borders(grid: Bool) -> String {
        let edge = grid ? "w:val=\"single\" w:sz=\"\(DOCXUnits.eighths(pt: borderPt))\" w:space=\"0\" w:color=\"000000\"" : "w:val=\"nil\""
        return "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) \(edge)/>" }.joined()
            + "</w:tblBorders>"
    }

    /// Width of a data table's borders, in points.
    static let borderPt = 0.5

    /// Word (and LibreOffice reading a .docx) set a row as tall as its text, its cell margins and its border,
    /// where the ODT's collapsed borders add nothing (measured: 18.2 pt a row against 17.7 pt, 13 pt text); the
    /// margins above and below give up half a border each, so a row is as tall as in the ODT.
    static func cellMargins(grid: Bool) -> String {
        let vertical = grid ? DOCXUnits.twips(mm: 0.5) - DOCXUnits.twips(pt: borderPt / 2) : 0
        let side = grid ? DOCXUnits.twips(mm: 1) : 0
        return "<w:tblCellMar><w:top w:w=\"\(vertical)\" w:type=\"dxa\"/><w:left w:w=\"\(side)\" w:type=\"dxa\"/>"
            + "<w:bottom w:w=\"\(vertical)\" w:type=\"dxa\"/><w:right w:w=\"\(side)\" w:type=\"dxa\"/></w:tblCellMar>"
    }
}
