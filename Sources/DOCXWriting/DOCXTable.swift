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

    /// A row is as tall as its text, its cell margins and its border, in the ODT as in a .docx read by LibreOffice,
    /// once single lines are as high (``DOCXStyles/singleLine``): the margins are the ODT's padding. (At Word's
    /// single line of 240 the rows were 0.5 pt taller, a line gap at 13 pt, which the margins gave up as half a
    /// border each; at 231 that left the hung-ha delegate list's rows 16.0 pt against 16.6 pt, measured with
    /// pdftotext -bbox, and the list a page shorter.)
    static func cellMargins(grid: Bool) -> String {
        let vertical = grid ? DOCXUnits.twips(mm: 0.5) : 0
        let side = grid ? DOCXUnits.twips(mm: 1) : 0
        return "<w:tblCellMar><w:top w:w=\"\(vertical)\" w:type=\"dxa\"/><w:left w:w=\"\(side)\" w:type=\"dxa\"/>"
            + "<w:bottom w:w=\"\(vertical)\" w:type=\"dxa\"/><w:right w:w=\"\(side)\" w:type=\"dxa\"/></w:tblCellMar>"
    }
}
