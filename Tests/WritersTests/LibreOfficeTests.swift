import DocumentTree
import Foundation
import Testing
import ODFWriting
import PDFWriting

enum LibreOffice {
    static let tools = ["soffice", "pdfinfo", "pdftotext", "pdffonts", "pdftoppm"]
    static let ready = tools.allSatisfy { ToolRunner.find($0) != nil }
    static var reason: Comment {
        let why: Comment = "skipped: needs \(tools.joined(separator: ", ")) (apt-get install libreoffice-writer-nogui fonts-liberation2 poppler-utils)"
        if !ready { print(why) }
        return why
    }
}

/// The documents as LibreOffice prints them, measured with poppler.
@Suite("LibreOffice PDF", .enabled(if: LibreOffice.ready, LibreOffice.reason))
struct LibreOfficeTests {
    struct Word { let x: Double; let y: Double; let text: String }

    /// Words of page `page` with their top-left corner in millimetres (`pdftotext -bbox`).
    static func words(_ pdf: URL, page: Int) throws -> [Word] {
        let html = try ToolRunner.run("pdftotext", ["-bbox", "-f", "\(page)", "-l", "\(page)", pdf.path, "-"]).output
        let pattern = try NSRegularExpression(pattern: #"<word xMin="([0-9.]+)" yMin="([0-9.]+)"[^>]*>([^<]*)</word>"#)
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { match in
            guard let x = Range(match.range(at: 1), in: html), let y = Range(match.range(at: 2), in: html),
                  let t = Range(match.range(at: 3), in: html), let xv = Double(html[x]), let yv = Double(html[y]) else { return nil }
            return Word(x: xv * 25.4 / 72, y: yv * 25.4 / 72, text: String(html[t]))
        }
    }

    @Test("italic inside bold prints bold italic: LibreOffice sets the words in Liberation Serif Bold Italic")
    func nestedBoldItalicPrints() throws {
        let dir = try ToolRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let odt = dir.appendingPathComponent("nested.odt")
        let pdf = dir.appendingPathComponent("nested.pdf")
        let e = ODFSamples.element, t = ODFSamples.text
        // As the resolution's item titles are written (`<p><strong><em>2. Mục tiêu tổng quát</em></strong></p>`).
        let body = [e("p", nil, [e("strong", nil, [e("em", nil, [t("2. Mục tiêu tổng quát")])])]), e("p", nil, [t("Thường.")])]
        try ODTWriter().write(Document(name: "x", title: "x", body: body, profile: .hd36_2018)).write(to: odt)
        try PDFConverter().convert(odt: odt, to: pdf, timeout: .seconds(120))
        let fonts = try ToolRunner.run("pdffonts", [pdf.path]).output
        #expect(fonts.contains("LiberationSerif-BoldItalic"), "\(fonts)")
        #expect(fonts.contains("LiberationSerif "), "\(fonts)")
    }

    @Test("a three-page ODT prints as three A4 pages: margins, page numbers from page 2, Vietnamese intact, fonts embedded")
    func threePages() throws {
        let dir = try ToolRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let odt = dir.appendingPathComponent("three-pages.odt")
        let pdf = dir.appendingPathComponent("three-pages.pdf")
        try ODTWriter().write(ODFSamples.threePages).write(to: odt)
        let start = ContinuousClock.now
        try PDFConverter().convert(odt: odt, to: pdf, timeout: .seconds(120))
        print("LibreOffice: one ODT → PDF in \(ContinuousClock.now - start) (new profile)")

        let info = try ToolRunner.run("pdfinfo", [pdf.path]).output
        #expect(info.contains("Pages:           3"))
        #expect(info.range(of: #"Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)"#, options: .regularExpression) != nil, "\(info)")

        let text = try ToolRunner.run("pdftotext", ["-layout", pdf.path, "-"]).output
        for expected in ["KỊCH BẢN ĐIỀU HÀNH", "Đại hội Đảng bộ xã Định Hoá lần thứ XXV, nhiệm kỳ 2025 – 2030",
                         "ĐẢNG CỘNG SẢN VIỆT NAM", "Định Hoá, ngày 20 tháng 6 năm 2025", "phần 1 & <phụ lục>", "Nguyễn Văn Hùng"] {
            #expect(text.contains(expected), "PDF text lacks \(expected)")
        }

        let page1 = try Self.words(pdf, page: 1)
        let page2 = try Self.words(pdf, page: 2)
        let page3 = try Self.words(pdf, page: 3)
        // No page number on page 1: its first word is the header block, 20 mm from the top.
        #expect(page1.first?.text == "ĐẢNG")
        #expect(abs((page1.map(\.y).min() ?? 0) - 20) <= 1)
        // Page 2 starts with its number, centred in the top margin; the body starts 20 mm down, 30 mm in.
        #expect(page2.first?.text == "2")
        #expect(page3.first?.text == "3")
        let number = try #require(page2.first)
        #expect(abs(number.x + 1.2 - (30 + 165.0 / 2)) <= 3, "page number at x = \(number.x) mm")
        #expect(number.y < 15)
        let body = page2.dropFirst()
        #expect(abs((body.map(\.y).min() ?? 0) - 20) <= 1, "body top at \(body.map(\.y).min() ?? 0) mm")
        #expect(abs((body.map(\.x).min() ?? 0) - 30) <= 1, "body left at \(body.map(\.x).min() ?? 0) mm")

        let fonts = try ToolRunner.run("pdffonts", [pdf.path]).output.split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for line in fonts {
            #expect(line.contains("LiberationSerif") || line.contains("TimesNewRoman"), "unexpected font: \(line)")
            #expect(line.split(separator: " ", omittingEmptySubsequences: true).dropLast(4).last == "yes", "not embedded: \(line)")
        }

        let png = try ToolRunner.run("pdftoppm", ["-r", "60", "-png", pdf.path, dir.appendingPathComponent("page").path])
        #expect(png.status == 0)
        let pages = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".png") }
        #expect(pages.count == 3)
    }

    @Test("LibreOffice stopped at the timeout leaves no PDF behind")
    func realTimeout() throws {
        let dir = try ToolRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let odt = dir.appendingPathComponent("three-pages.odt")
        let pdf = dir.appendingPathComponent("three-pages.pdf")
        try ODTWriter().write(ODFSamples.threePages).write(to: odt)
        #expect(throws: PDFConversionError.timedOut(seconds: 0.05)) {
            try PDFConverter().convert(odt: odt, to: pdf, timeout: .milliseconds(50))
        }
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
    }

    @Test("the flat ODT of the minutes prints as one page with the same header and signature")
    func flatMinutes() throws {
        let dir = try ToolRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fodt = dir.appendingPathComponent("minutes.fodt")
        let pdf = dir.appendingPathComponent("minutes.pdf")
        try FODTWriter().write(ODFSamples.minutes).write(to: fodt, atomically: true, encoding: .utf8)
        try PDFConverter().convert(odt: fodt, to: pdf, timeout: .seconds(120))
        #expect(try ToolRunner.run("pdfinfo", [pdf.path]).output.contains("Pages:           1"))
        let words = try Self.words(pdf, page: 1)
        // The header block: issuer on the left half, the Party's name on the right half.
        let issuer = try #require(words.first { $0.text == "ĐỊNH" })
        let party = try #require(words.first { $0.text == "CỘNG" })
        #expect(issuer.x < 30 + 82.5 && party.x > 30 + 82.5)
        // The signature sits in the right half.
        let signer = try #require(words.last { $0.text == "Hùng" })
        #expect(signer.x > 30 + 82.5)
    }
}
