import DocumentTree
import Testing
import TestSupport

/// The issuing body a paper's properties name (its PDF's author) is read from the header block as it is printed.
@Suite struct DocumentMetadataTests {
    @Test("the issuer: the bold issuer lines of the header, joined by spaces, no-break spaces as spaces; the superior and the star left out")
    func issuerFromTheHeader() throws {
        let document = try XHTMLParser.parse(PartyPaperFixture.page(body: PartyPaperFixture.header + "<h1>BIÊN BẢN</h1>"),
                                             name: "minutes", profile: .hd36_2018)
        #expect(document.headerIssuer == "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN HƯNG HÀ LẦN THỨ XVI")
        let body = PartyPaperFixture.header.replacingOccurrences(of: "LẦN THỨ XVI</p>", with: "LẦN THỨ XVI</p>\n<p class=\"issuer-name\">BAN\u{00A0}KIỂM\u{00A0}PHIẾU</p>")
        let counted = try XHTMLParser.parse(PartyPaperFixture.page(body: body), name: "vote-count", profile: .hd36_2018)
        #expect(counted.headerIssuer == "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN HƯNG HÀ LẦN THỨ XVI BAN KIỂM PHIẾU")
        let bare = try XHTMLParser.parse(PartyPaperFixture.page(body: "<p>Không có tiêu đề.</p>"), name: "x", profile: .hd36_2018)
        #expect(bare.headerIssuer == nil)
        #expect(bare.metadata == DocumentMetadata(), "the parser sets no date: only the pipeline knows the congress")
    }

    @Test("a date is written year-month-day with two-digit month and day")
    func isoDate() {
        #expect(DocumentDate(year: 2025, month: 4, day: 2).iso == "2025-04-02")
        #expect(DocumentDate(year: 2020, month: 12, day: 19).iso == "2020-12-19")
    }
}
