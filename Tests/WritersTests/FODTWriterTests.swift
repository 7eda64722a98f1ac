import DocumentTree
import Foundation
import Testing
@testable import ODFWriting
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("Flat ODT writer")
struct FODTWriterTests {
    typealias S = ODFSamples

    @Test("the minutes sample matches its golden file byte for byte")
    func golden() throws {
        try assertGolden(FODTWriter().write(S.minutes), named: "minutes.fodt")
    }

    @Test("the same document gives the same text twice")
    func deterministic() {
        #expect(FODTWriter().write(S.minutes) == FODTWriter().write(S.minutes))
    }

    @Test("text is escaped and characters XML forbids are dropped; the result parses")
    func escaping() throws {
        let doc = Document(name: "x", title: "A & B <c>", body: [S.p(nil, "a & b < c > d \"e\" \u{1}\u{B}f\u{FFFF}g\u{FFFE}h")],
                           profile: .hd36_2018)
        let fodt = FODTWriter().write(doc)
        #expect(fodt.contains(">a &amp; b &lt; c &gt; d &quot;e&quot; fgh</text:p>"))
        #expect(fodt.contains("<dc:title>A &amp; B &lt;c&gt;</dc:title>"))
        #expect(!fodt.unicodeScalars.contains { !ODFXML.isAllowed($0) })
        let xml = try XMLDocument(data: Data(fodt.utf8))
        #expect(xml.rootElement()?.stringValue?.contains("a & b < c > d \"e\" fgh") == true)
    }

    @Test("white space collapses as in HTML: runs become one space, none at the ends of a paragraph")
    func whiteSpace() {
        let fodt = FODTWriter().write(S.minutes)
        #expect(fodt.contains(">Vào hồi 7 giờ 30 phút, ngày 20 tháng 6 năm 2025, tại Hội trường <text:span text:style-name=\"Strong_20_Emphasis\">Uỷ ban nhân dân xã</text:span> , <text:span text:style-name=\"Emphasis\">Đại hội</text:span> khai mạc.</text:p>"))
        #expect(fodt.contains("Ý kiến thứ nhất<text:line-break/>dòng hai</text:p>"))
    }

    @Test("nested bold, italic and underline become one flat span in the style that has them all")
    func nestedInline() {
        let e = S.element, t = S.text
        let paragraph = e("p", nil, [t("a "), e("strong", nil, [t("b "), e("em", nil, [t("c "), e("u", nil, [t("d")])]), t(" e")]), t(" f")])
        let fodt = FODTWriter().write(Document(name: "x", title: "x", body: [paragraph], profile: .hd36_2018))
        #expect(fodt.contains(">a <text:span text:style-name=\"Strong_20_Emphasis\">b </text:span><text:span text:style-name=\"Bold_20_Italic\">c </text:span><text:span text:style-name=\"Bold_20_Italic_20_Underline\">d</text:span><text:span text:style-name=\"Strong_20_Emphasis\"> e</text:span> f</text:p>"), "\(fodt)")
        #expect(fodt.contains(#"<style:style style:name="Bold_20_Italic" style:display-name="Bold Italic" style:family="text"><style:text-properties fo:font-weight="bold" fo:font-style="italic"/>"#))
        #expect(!fodt.contains("<text:span text:style-name=\"Strong_20_Emphasis\"><text:span"))
        // A cited title is italic, as the browser prints it and the built-in layout sets it (InlineFormat).
        let cited = FODTWriter().write(Document(name: "x", title: "x", body: [e("p", nil, [t("theo "), e("cite", nil, [t("Điều lệ Đảng")])])], profile: .hd36_2018))
        #expect(cited.contains(">theo <text:span text:style-name=\"Emphasis\">Điều lệ Đảng</text:span></text:p>"), "\(cited)")
    }

    @Test("page layout, margins and fonts come from the profile")
    func profile() {
        var profile = FormatProfile.hd36_2018
        profile.marginLeftMM = 25
        profile.bodySizePt = 15
        profile.fontFamily = "Noto Serif"
        let fodt = FODTWriter().write(Document(name: "x", title: "x", body: [S.p(nil, "x")], profile: profile))
        #expect(fodt.contains("fo:page-width=\"210mm\" fo:page-height=\"297mm\""))
        #expect(fodt.contains("fo:margin-bottom=\"20mm\" fo:margin-left=\"25mm\" fo:margin-right=\"15mm\""))
        #expect(fodt.contains("<style:page-layout-properties") && fodt.contains("fo:margin-top=\"20mm\"/>"))
        #expect(fodt.contains("style:font-name=\"Noto Serif\" fo:font-size=\"15pt\""))
        #expect(fodt.contains("<style:font-face style:name=\"Liberation Serif\""))
        #expect(fodt.contains("fo:text-indent=\"10mm\""))
    }

    @Test("the language of the text comes from the document")
    func language() {
        func attributes(_ language: String) -> String {
            let fodt = FODTWriter().write(Document(name: "x", title: "x", language: language, body: [], profile: .hd36_2018))
            guard let range = fodt.range(of: #"fo:font-size="14pt"[^/]*/>"#, options: .regularExpression) else { return "" }
            return String(fodt[range])
        }
        #expect(attributes("vi") == "fo:font-size=\"14pt\" fo:language=\"vi\" fo:country=\"VN\" fo:hyphenate=\"false\"/>")
        #expect(attributes("en-GB").contains("fo:language=\"en\" fo:country=\"GB\""))
        #expect(!attributes("\"><bad").contains("fo:language"))
    }

    @Test("the first block opens the first-page master; later pages carry the page number")
    func firstPage() {
        let fodt = FODTWriter().write(S.minutes)
        #expect(fodt.contains("<style:style style:name=\"Table1\" style:family=\"table\" style:master-page-name=\"First_20_Page\">"))
        #expect(fodt.contains("style:name=\"First_20_Page\" style:display-name=\"First Page\" style:page-layout-name=\"pm2\" style:next-style-name=\"Standard\""))
        #expect(fodt.contains("<text:page-number text:select-page=\"current\">"))
        let paragraphFirst = FODTWriter().write(Document(name: "x", title: "x", body: [S.p(nil, "x")], profile: .hd36_2018))
        #expect(paragraphFirst.contains("<style:style style:name=\"P1\" style:family=\"paragraph\" style:parent-style-name=\"Text_20_body\" style:master-page-name=\"First_20_Page\">"))
        #expect(paragraphFirst.contains("<text:p text:style-name=\"P1\">x</text:p>"))
    }

    @Test("page-break starts a new page; every sheet after the first starts an unnumbered page numbered 1; a trailing break adds no page")
    func pageBreaks() {
        let body: [Node] = [
            S.element("div", "sheet", [S.p(nil, "one")]),
            S.element("div", "sheet", [S.p(nil, "two")]),
            S.element("div", "page-break"),
            S.element("h2", nil, [S.text("three")]),
            S.element("div", "page-break"),
        ]
        let fodt = FODTWriter().write(Document(name: "x", title: "x", body: body, profile: .hd36_2018))
        #expect(fodt.contains("<text:p text:style-name=\"P1\">one</text:p>"))
        #expect(fodt.contains("<text:p text:style-name=\"P2\">two</text:p>"))
        // A sheet is a paper of its own: the first-page master (no number) and a page count restarting at 1.
        #expect(fodt.contains("style:name=\"P2\" style:family=\"paragraph\" style:parent-style-name=\"Text_20_body\" style:master-page-name=\"First_20_Page\"><style:paragraph-properties style:page-number=\"1\"/>"))
        #expect(fodt.contains("<text:h text:style-name=\"P3\" text:outline-level=\"2\">three</text:h>"))
        #expect(fodt.contains("style:name=\"P3\" style:family=\"paragraph\" style:parent-style-name=\"Heading_20_2\"><style:paragraph-properties fo:break-before=\"page\"/>"))
        #expect(fodt.components(separatedBy: "fo:break-before=\"page\"").count - 1 == 1)

        // A profile that numbers every page: each sheet restarts at 1 on the numbered page.
        var everyPage = FormatProfile.hd36_2018
        everyPage.pageNumbersFromPage = 1
        let numbered = FODTWriter().write(Document(name: "x", title: "x", body: body, profile: everyPage))
        #expect(numbered.contains("<text:p text:style-name=\"Text_20_body\">one</text:p>"))
        #expect(numbered.contains("style:name=\"P1\" style:family=\"paragraph\" style:parent-style-name=\"Text_20_body\" style:master-page-name=\"Standard\"><style:paragraph-properties style:page-number=\"1\"/>"))
    }

    @Test("a covering text before the first sheet: that sheet too starts its own page, numbered 1")
    func sheetAfterCoveringText() {
        let body: [Node] = [S.p(nil, "intro"), S.element("div", "sheet", [S.p(nil, "one")])]
        let fodt = FODTWriter().write(Document(name: "x", title: "x", body: body, profile: .hd36_2018))
        #expect(fodt.contains("<text:p text:style-name=\"P2\">one</text:p>"))
        #expect(fodt.contains("style:name=\"P2\" style:family=\"paragraph\" style:parent-style-name=\"Text_20_body\" style:master-page-name=\"First_20_Page\"><style:paragraph-properties style:page-number=\"1\"/>"))
    }

    @Test("a sheet opening with a table (the header) restarts the page count through the table's style")
    func sheetOpeningWithTable() {
        let sheet = S.element("div", "sheet", [S.element("table", "grid", [S.element("tr", nil, [S.element("td", nil, [S.text("x")])])])])
        let fodt = FODTWriter().write(Document(name: "x", title: "x", body: [sheet, sheet], profile: .hd36_2018))
        #expect(fodt.contains("<style:style style:name=\"Table1\" style:family=\"table\" style:master-page-name=\"First_20_Page\"><style:table-properties"))
        #expect(fodt.contains("<style:style style:name=\"Table2\" style:family=\"table\" style:master-page-name=\"First_20_Page\"><style:table-properties"))
        let table2 = fodt.components(separatedBy: "style:name=\"Table2\"")[1].components(separatedBy: "</style:style>")[0]
        #expect(table2.hasSuffix(" style:page-number=\"1\"/>"))
        let table1 = fodt.components(separatedBy: "style:name=\"Table1\"")[1].components(separatedBy: "</style:style>")[0]
        #expect(!table1.contains("page-number"))
    }

    @Test("classes map to their styles")
    func classes() {
        let fodt = FODTWriter().write(S.minutes)
        #expect(fodt.contains("<text:h text:style-name=\"Title\" text:outline-level=\"1\">Biên bản</text:h>"))
        #expect(fodt.contains("<text:p text:style-name=\"Subject\">Đại hội Đảng bộ xã Định Hoá"))
        #expect(fodt.contains("<text:p text:style-name=\"No_20_Indent\">– Đồng chí Trần Thị Lan"))
        // The paragraph before the signatures keeps with them: a variant of Center that keeps with the next block.
        #expect(fodt.contains("<text:p text:style-name=\"P1\">Đại hội bế mạc"))
        #expect(fodt.contains("<style:style style:name=\"P1\" style:family=\"paragraph\" style:parent-style-name=\"Center\"><style:paragraph-properties fo:keep-with-next=\"always\"/>"))
        #expect(fodt.contains("<text:p text:style-name=\"Doc_20_Issuer\">ĐẠI HỘI ĐẢNG BỘ XÃ ĐỊNH HOÁ</text:p>"))
        #expect(fodt.contains("<text:p text:style-name=\"Doc_20_Party\">ĐẢNG CỘNG SẢN VIỆT NAM</text:p>\n<text:p text:style-name=\"Doc_20_Party_20_Rule\"/>"))
        #expect(fodt.contains("<text:p text:style-name=\"Doc_20_Place_20_Date\">Định Hoá, ngày 20 tháng 6 năm 2025</text:p>"))
        #expect(fodt.contains("<text:p text:style-name=\"Table_20_Number\">141</text:p>"))
        #expect(fodt.contains("<text:p text:style-name=\"Signature_20_Authority\">T/M ĐOÀN CHỦ TỊCH</text:p>"))
        #expect(fodt.contains("<text:p text:style-name=\"Quotations\">Kính thưa Đại hội"))
        #expect(fodt.contains("<text:list text:style-name=\"Numbering_20_123\">"))
        #expect(fodt.contains("<text:list text:style-name=\"List_20_Bullet\">"))
    }

    @Test("a heading and its lead-in (or a short paragraph) in one unbreakable table, kept with the next block after a lead-in, spaced as the paragraphs were")
    func keepGroup() {
        let body: [Node] = [
            S.p(nil, "trước"),
            S.element("h3", nil, [S.text("10. Tiếp thu ý kiến chỉ đạo")]),
            S.p("no-indent lead-in", "Người thực hiện: đồng chí A"),
            S.p(nil, "Thay mặt Đại hội."),
            S.element("h3", nil, [S.text("11. Bầu Ban Kiểm phiếu")]),
            S.p(nil, "Đoàn Chủ tịch đề xuất."),
        ]
        let fodt = FODTWriter().write(Document(name: "x", title: "x", body: body, profile: .hd36_2018))
        #expect(fodt.contains("""
            <table:table table:name="Table1" table:style-name="Table1">
            <table:table-column table:style-name="Table1.A"/>
            <table:table-row table:style-name="KeepRow">
            <table:table-cell table:style-name="LayoutCell">
            <text:h text:style-name="Heading_20_3" text:outline-level="3">10. Tiếp thu ý kiến chỉ đạo</text:h>
            <text:p text:style-name="No_20_Indent">Người thực hiện: đồng chí A</text:p>
            </table:table-cell>
            </table:table-row>
            </table:table>
            <text:p text:style-name="Text_20_body">Thay mặt Đại hội.</text:p>
            <table:table table:name="Table2" table:style-name="Table2">
            <table:table-column table:style-name="Table2.A"/>
            <table:table-row table:style-name="KeepRow">
            <table:table-cell table:style-name="LayoutCell">
            <text:h text:style-name="Heading_20_3" text:outline-level="3">11. Bầu Ban Kiểm phiếu</text:h>
            <text:p text:style-name="Text_20_body">Đoàn Chủ tịch đề xuất.</text:p>
            </table:table-cell>
            """))
        #expect(fodt.contains("<style:style style:name=\"Table1\" style:family=\"table\"><style:table-properties style:width=\"165mm\" table:align=\"margins\" fo:margin-top=\"6pt\" fo:margin-bottom=\"6pt\" fo:keep-with-next=\"always\" style:may-break-between-rows=\"false\"/>"))
        // The short paragraph after item 11 keeps with nothing: its group does not either.
        #expect(fodt.contains("<style:style style:name=\"Table2\" style:family=\"table\"><style:table-properties style:width=\"165mm\" table:align=\"margins\" fo:margin-top=\"6pt\" fo:margin-bottom=\"6pt\" style:may-break-between-rows=\"false\"/>"))
        #expect(!fodt.contains("Table3"))
    }

    @Test("a data table repeats its thead rows and has one column style per column")
    func gridTable() {
        let fodt = FODTWriter().write(S.minutes)
        #expect(fodt.contains("<table:table-header-rows>\n<table:table-row table:style-name=\"KeepRow\">\n<table:table-cell table:style-name=\"GridCell\">\n<text:p text:style-name=\"Table_20_Heading\">STT</text:p>"))
        for column in ["A", "B", "C", "D"] { #expect(fodt.contains("<table:table-column table:style-name=\"Table3.\(column)\"/>")) }
        #expect(!fodt.contains("Table3.E"))
    }

    @Test("a lone signer sits in the right half; several signers share the width")
    func signatures() {
        let lone = FODTWriter().write(Document(name: "x", title: "x", body: [S.p(nil, "x"), S.signatures], profile: .hd36_2018))
        #expect(lone.contains("<table:table-row table:style-name=\"KeepRow\">\n<table:table-cell table:style-name=\"LayoutCell\"><text:p text:style-name=\"Signature_20_Line\"/></table:table-cell>"))
        #expect(lone.contains("style:name=\"Table1.B\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"82.5mm\""))
        let two = S.element("div", "signatures", [
            S.element("div", "signature", [S.p("sign-authority", "T/M ĐOÀN CHỦ TỊCH")]),
            S.element("div", "signature", [S.p("sign-authority", "T/M ĐOÀN THƯ KÝ")]),
            S.element("div", "signature", [S.p("sign-authority", "BAN KIỂM PHIẾU")]),
        ])
        let three = FODTWriter().write(Document(name: "x", title: "x", body: [two], profile: .hd36_2018))
        #expect(three.contains("style:column-width=\"55mm\""))
        #expect(three.components(separatedBy: "<table:table-cell").count - 1 == 3)
        // A document ending with a table gets the small paragraph LibreOffice needs after it.
        #expect(three.hasSuffix("</table:table>\n<text:p text:style-name=\"Trailer\"/>\n</office:text>\n</office:body>\n</office:document>\n"))
    }
}

@Suite("Flat ODT writer: profile switches")
struct FODTProfileSwitchTests {
    @Test("pageNumbersFromPage 1 puts the page number on every page, the first included")
    func numbersOnEveryPage() {
        var profile = FormatProfile.hd36_2018
        profile.pageNumbersFromPage = 1
        let fodt = FODTWriter().write(Document(name: "x", title: "x", body: [ODFSamples.p(nil, "x")], profile: profile))
        #expect(!fodt.contains("style:master-page-name="))
        #expect(fodt.contains("<text:p text:style-name=\"Text_20_body\">x</text:p>"))
    }

    @Test("a horizontal rule outside the vocabulary breaks no page")
    func ruleIgnored() {
        let body: [Node] = [ODFSamples.p(nil, "a"), ODFSamples.element("hr"), ODFSamples.p(nil, "b")]
        let fodt = FODTWriter().write(Document(name: "x", title: "x", body: body, profile: .hd36_2018))
        #expect(!fodt.contains("fo:break-before"))
        #expect(fodt.contains("<text:p text:style-name=\"Text_20_body\">b</text:p>"))
    }
}
