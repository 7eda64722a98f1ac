import DocumentTree
import DOCXWriting
import Foundation
import ODFWriting
import PDFWriting
import Testing

/// The room between blocks in a .docx as in the ODT, both printed by LibreOffice: where the ODT's LibreOffice adds
/// the space after a paragraph to the room above the next block (a heading, a table, a heading kept with its
/// paragraph in a table of its own) and a table's room below to the block after it, a .docx sets only the larger
/// of the two (LibreOffice 7.4, as Word), so the DOCX writer sets the sum itself (`DOCXBody.roomAbove`,
/// `DOCXBody.spacer`). Before it did, every heading under a paragraph and every table stood 6 pt higher than in the
/// ODT, and four sample papers were a page shorter.
@Suite("DOCX spacing as the ODT's", .serialized)
struct DOCXSpacingTests {
    static let body = """
        <h1>Báo cáo thử khoảng cách</h1>
        <p>Đoạn mở đầu đủ dài để xuống dòng: Chi ủy duy trì nghiêm chế độ sinh hoạt, thực hiện quy chế làm việc, phân công rõ nhiệm vụ từng chi ủy viên phụ trách tổ dân phố.</p>
        <h2>I. Tiêu đề sau một đoạn văn</h2>
        <p>Đoạn văn sau tiêu đề, đủ dài để không bị giữ chung với tiêu đề trong một bảng: nội dung sinh hoạt chi bộ chuyên đề chưa phong phú, việc kiểm tra, giám sát có lúc chưa thường xuyên, cần khắc phục trong nhiệm kỳ tới.</p>
        <table><thead><tr><th>STT</th><th>Họ và tên</th><th>Chức vụ</th></tr></thead>
        <tbody><tr><td class="num">1</td><td>Nguyễn Văn An</td><td>Bí thư</td></tr><tr><td class="num">2</td><td>Trần Thị Bình</td><td>Phó Bí thư</td></tr></tbody></table>
        <p>Đoạn văn ngay dưới bảng.</p>
        <table><tbody><tr><td class="num">1</td><td>Bảng thứ hai</td></tr></tbody></table>
        <table><tbody><tr><td class="num">2</td><td>Bảng thứ ba, ngay dưới bảng thứ hai</td></tr></tbody></table>
        <h2>II. Tiêu đề dưới bảng</h2>
        <p>Một đoạn ngắn.</p>
        <h2>III. Tiêu đề cuối</h2>
        <p>Đoạn cuối cùng của trang.</p>
        """

    static var document: Document {
        get throws {
            let xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\"><head><title>Thử</title></head><body>\(body)</body></html>"
            return try XHTMLParser.parse(xhtml, name: "spacing", profile: .hd36_2018)
        }
    }

    @Test("every line of a page with headings under paragraphs, tables under paragraphs, under tables and over paragraphs stands within 0.5 mm of where the ODT puts it",
          .enabled(if: LibreOfficeTools.ready, LibreOfficeTools.reason))
    func linesWhereTheODTHasThem() throws {
        let (a, b) = try Self.printedFirstPages(Self.document)
        #expect(a.map(\.text) == b.map(\.text), "the same words in the same order")
        #expect(a.count > 80)
        for (word, other) in zip(a, b) {
            #expect(abs(word.y - other.y) <= 0.5, "'\(word.text)': \(word.y) mm from the ODT, \(other.y) mm from the DOCX")
        }
        // The heading under a paragraph: its line 18 pt (line) + 6 pt (after) + 12 pt (above) below the last line.
        let heading = try #require(b.firstIndex { $0.text == "I." })
        let above = try #require(b[..<heading].last { $0.y < b[heading].y - 1 })
        #expect(abs((b[heading].y - above.y) - 36 * 25.4 / 72) <= 0.3, "heading \(b[heading].y - above.y) mm under the line above")
    }

    static let halfSheets = """
        <div class="ballot half-sheet cut-below"><h1>Phiếu bầu cử</h1>
        <p>Bí thư Chi bộ Khu phố 3 nhiệm kỳ 2025 - 2027</p>
        <table><thead><tr><th>STT</th><th>Họ và tên</th><th>Đồng ý</th><th>Không đồng ý</th></tr></thead>
        <tbody><tr><td class="num">1</td><td>Trần Thị Hòa</td><td></td><td></td></tr></tbody></table>
        <p>Số lượng bầu: 1 đồng chí. Đánh dấu (X) vào một trong hai ô.</p></div>
        <div class="ballot half-sheet"><h1>Phiếu bầu cử</h1>
        <p>Bí thư Chi bộ Khu phố 3 nhiệm kỳ 2025 - 2027</p>
        <table><thead><tr><th>STT</th><th>Họ và tên</th><th>Đồng ý</th><th>Không đồng ý</th></tr></thead>
        <tbody><tr><td class="num">1</td><td>Trần Thị Hòa</td><td></td><td></td></tr></tbody></table>
        <p>Số lượng bầu: 1 đồng chí. Đánh dấu (X) vào một trong hai ô.</p></div>
        """

    @Test("two short ballots to a sheet: the upper copy down to the cut line at the middle of the page, the lower under it, every word within 0.5 mm of the ODT's",
          .enabled(if: LibreOfficeTools.ready, LibreOfficeTools.reason))
    func halfSheetsWhereTheODTHasThem() throws {
        let xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\"><head><title>Phiếu</title></head><body>\(Self.halfSheets)</body></html>"
        let (a, b) = try Self.printedFirstPages(XHTMLParser.parse(xhtml, name: "ballots", profile: .hd36_2018))
        #expect(a.map(\.text) == b.map(\.text), "the same words in the same order")
        for (word, other) in zip(a, b) {
            #expect(abs(word.y - other.y) <= 0.5, "'\(word.text)': \(word.y) mm from the ODT, \(other.y) mm from the DOCX")
        }
        // The second copy's title stands under the middle of the page (297 / 2 mm), as the cut line puts it.
        let titles = b.filter { $0.text == "PHIẾU" }
        #expect(titles.count == 2 && titles[0].y < 148.5 && titles[1].y > 148.5, "titles at \(titles.map(\.y)) mm")
    }

    /// Page 1 of `document` printed by LibreOffice from the ODT and from the DOCX: its words, top-left in mm.
    static func printedFirstPages(_ document: Document) throws -> ([SampleODFTests.Word], [SampleODFTests.Word]) {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let odt = folder.appendingPathComponent("paper-odt.odt"), docx = folder.appendingPathComponent("paper-docx.docx")
        try ODTWriter().write(document).write(to: odt)
        try DOCXWriter().write(document).write(to: docx)
        let jobs = [odt, docx].map { PDFJob(source: $0, destination: $0.deletingPathExtension().appendingPathExtension("pdf")) }
        let report = try PDFWorkerPool(workers: 1, timeout: .seconds(120)).convert(jobs)
        #expect(report.failed.isEmpty, "\(report.failed)")
        let fromODT = try SampleODFTests.pages(jobs[0].destination), fromDOCX = try SampleODFTests.pages(jobs[1].destination)
        #expect(fromODT.count == 1 && fromDOCX.count == 1, "pages: ODT \(fromODT.count), DOCX \(fromDOCX.count)")
        return (fromODT.first ?? [], fromDOCX.first ?? [])
    }
}
