import DocumentTree
import WriterSupport

/// `word/theme/theme1.xml`: the theme part Word writes in every document and the Open XML validator asks the main
/// document to have (ECMA-376 Part 1, §14.2.7, DrawingML `a:theme`). Nothing of a Party paper takes its look from
/// the theme — every style names its font and size (``DOCXStyles``) and the text is black — so it holds only what
/// the schema requires: twelve colours (black text on white), the profile's font as both the heading and the body
/// font, and the three fill, line, effect and background styles of a format scheme, all plain.
enum DOCXTheme {
    static func xml(_ profile: FormatProfile) -> String {
        let font = XMLText.escape(profile.fontFamily)
        let colours = [("dk1", "000000"), ("lt1", "FFFFFF"), ("dk2", "000000"), ("lt2", "FFFFFF"),
                       ("accent1", "000000"), ("accent2", "000000"), ("accent3", "000000"), ("accent4", "000000"),
                       ("accent5", "000000"), ("accent6", "000000"), ("hlink", "0000FF"), ("folHlink", "800080")]
        let fonts = "<a:latin typeface=\"\(font)\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/>"
        let fill = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>"
        let line = { (width: Int) in "<a:ln w=\"\(width)\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>" }
        return DOCXXML.declaration
            + "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"DaiHoi\"><a:themeElements>"
            + "<a:clrScheme name=\"DaiHoi\">" + colours.map { "<a:\($0.0)><a:srgbClr val=\"\($0.1)\"/></a:\($0.0)>" }.joined() + "</a:clrScheme>"
            + "<a:fontScheme name=\"DaiHoi\"><a:majorFont>\(fonts)</a:majorFont><a:minorFont>\(fonts)</a:minorFont></a:fontScheme>"
            + "<a:fmtScheme name=\"DaiHoi\">"
            + "<a:fillStyleLst>\(fill)\(fill)\(fill)</a:fillStyleLst>"
            + "<a:lnStyleLst>\(line(6350))\(line(12700))\(line(19050))</a:lnStyleLst>"
            + "<a:effectStyleLst>" + String(repeating: "<a:effectStyle><a:effectLst/></a:effectStyle>", count: 3) + "</a:effectStyleLst>"
            + "<a:bgFillStyleLst>\(fill)\(fill)\(fill)</a:bgFillStyleLst>"
            + "</a:fmtScheme></a:themeElements></a:theme>\n"
    }
}
