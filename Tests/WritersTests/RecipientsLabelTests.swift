import DocumentTree
import Testing
@testable import ODFWriting

/// Nơi nhận beside the signature: its label "Nơi nhận:" — which the parser marks `lead-in` for its colon — takes the
/// underlined label style, the recipients their own, inside the two-column signature row.
struct RecipientsLabelTests {
    @Test func theLeadInLabelOfTheRecipientsIsTheLabelStyle() throws {
        let xhtml = """
            <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body>
            <table class="signatures"><tbody><tr>
            <td class="signature"><div class="recipients"><p>Nơi nhận:</p><p>- Đảng ủy phường (để báo cáo),</p><p>- Lưu Chi bộ.</p></div></td>
            <td class="signature"><p class="sign-authority">T/M ĐOÀN CHỦ TỊCH</p><p class="sign-name">Trần Thị Hòa</p></td>
            </tr></tbody></table></body></html>
            """
        let document = try XHTMLParser.parse(xhtml, name: "resolution", profile: .hd36_2018)
        let fodt = FODTWriter().write(document)
        #expect(fodt.contains("<text:p text:style-name=\"Recipients_20_Label\">Nơi nhận:</text:p>"), "\(fodt.suffix(1500))")
        #expect(fodt.contains("<text:p text:style-name=\"Recipients\">- Lưu Chi bộ.</text:p>"))
    }
}
