import DocumentTree
import Foundation
import Testing
import TestSupport
import HTMLWriting

/// The real `Templates/style/print.css`, filled with the hd36_2018 profile, printed through headless
/// Chromium: A4 pages, no page number on page 1, the number at the top of each later page.
struct PrintStylesheetTests {
    @Test func everyVariableOfTheStylesheetIsAProfileValue() throws {
        let css = try Self.filledStylesheet()
        #expect(!css.contains("{{") && !css.contains("}}"), "an unknown variable is left in print.css")
        #expect(css.contains("size: 210mm 297mm;"))
        #expect(css.contains("margin: 20mm 15mm 20mm 30mm;"))
        #expect(css.contains("font-family: \"Times New Roman\", \"Liberation Serif\", serif;"))
    }

    @Test func threePagePaperPrintsAsA4WithPageNumbersFromPageTwo() throws {
        guard let chromium = ["chromium", "chromium-browser"].first(where: onPath),
              onPath("pdfinfo"), onPath("pdftotext") else {
            print("skipped: chromium or poppler-utils (pdfinfo, pdftotext) not installed")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("daihoi-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = try XHTMLParser.parse(Self.threePagePaper, name: "minutes", profile: .hd36_2018)
        let html = folder.appendingPathComponent("paper.html")
        let pdf = folder.appendingPathComponent("paper.pdf")
        try HTMLWriter(stylesheet: try Self.filledStylesheet()).write(document).write(to: html, atomically: true, encoding: .utf8)
        try run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                           "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
                           "--print-to-pdf=\(pdf.path)", html.absoluteString])
        if let keep = ProcessInfo.processInfo.environment["KEEP_PRINT_PDF"] {
            try? FileManager.default.removeItem(atPath: keep)
            try FileManager.default.copyItem(atPath: pdf.path, toPath: keep)
        }
        let info = try run("pdfinfo", [pdf.path]).output
        // Chromium rounds A4 to whole CSS pixels: 594.96 x 841.92 pt, which poppler names "(A4)".
        let size = Self.pageSize(info)
        #expect(abs(size.width - 595.28) < 1 && abs(size.height - 841.89) < 1 && info.contains("(A4)"),
                "not A4: \(info)")
        let pages = Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?
            .split(separator: " ").last ?? "") ?? 0
        #expect(pages == 3, "the fixture should print on three pages, got \(pages)")

        let first = try Self.lines(ofPage: 1, pdf: pdf.path)
        #expect(first.first?.hasPrefix("ĐẢNG BỘ TỈNH THÁI BÌNH") == true, "page 1 opens with the header: \(first.prefix(2))")
        #expect(first.contains("BIÊN BẢN"), "the Vietnamese title is extracted intact")
        #expect(first.contains { $0.hasSuffix("ĐẢNG CỘNG SẢN VIỆT NAM") })
        #expect(!first.contains("1"), "page 1 carries no number")
        try Self.expectProfileGeometry(pdf: pdf.path, pageWidth: size.width)
        for page in 2...max(2, pages) {
            let lines = try Self.lines(ofPage: page, pdf: pdf.path)
            #expect(lines.first == "\(page)", "page \(page) should open with its number, found \(lines.prefix(1))")
        }
    }
}

extension PrintStylesheetTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The hd36_2018 values under the names of `Sources/Render/ProfileStyle.swift`.
    static let profileValues: [String: String] = [
        "page_width": "210mm", "page_height": "297mm",
        "margin_top": "20mm", "margin_bottom": "20mm", "margin_left": "30mm", "margin_right": "15mm",
        "font_family": "Times New Roman", "fallback_font": "Liberation Serif",
        "body_size": "14pt", "party_name_size": "15pt", "header_size": "14pt", "title_size": "15pt",
        "subject_size": "14pt", "table_size": "13pt", "compact_table_size": "12pt", "first_line_indent": "10mm",
        "line_height": "18pt", "paragraph_spacing": "6pt", "issuer_width": "50%", "national_width": "50%",
        "upper_half_sheet": "128.5mm", "cut_line_clearance": "5mm",
    ]

    /// `print.css` with each `{{name}}` replaced by its profile value (simple string replacement).
    static func filledStylesheet() throws -> String {
        var css = try String(contentsOf: root.appendingPathComponent("Templates/style/print.css"), encoding: .utf8)
        for (name, value) in profileValues {
            css = css.replacingOccurrences(of: "{{\(name)}}", with: value)
        }
        return css
    }

    /// The fixture's blocks, with enough discussion to fill three A4 pages and a page break.
    static let threePagePaper: String = {
        let paragraph = """
            <p>Đồng chí <strong>Nguyễn Văn Hải</strong>, Ủy viên Ban Thường vụ Huyện ủy, trình bày tham luận \
            về phát triển kinh tế nông nghiệp theo hướng hàng hóa, xây dựng nông thôn mới nâng cao; \
            đề nghị Đại hội <em>quan tâm</em> hơn nữa đến công tác cán bộ, đào tạo nguồn nhân lực \
            và cải cách thủ tục hành chính ở cơ sở.</p>
            """
        let discussion = "<h2>III. THẢO LUẬN</h2>\n" + String(repeating: paragraph + "\n", count: 9)
        let closing = "<div class=\"page-break\"></div>\n<h2>IV. BẾ MẠC</h2>\n"
            + String(repeating: paragraph + "\n", count: 2)
            + "<p>Đại hội bế mạc vào hồi 17 giờ 00 cùng ngày.</p>\n" + PartyPaperFixture.signatures
        return PartyPaperFixture.page(body: PartyPaperFixture.bodyBlocks
            .replacingOccurrences(of: PartyPaperFixture.signatures, with: discussion + closing))
    }()

    /// On page 2, measured with `pdftotext -bbox`: the number sits in the top margin (20 mm), centred over
    /// the text block; body text starts at the left margin (30 mm) and, justified, ends at the right (15 mm).
    static func expectProfileGeometry(pdf: String, pageWidth: Double) throws {
        let millimetre = 72 / 25.4
        let words = try run("pdftotext", ["-f", "2", "-l", "2", "-bbox", pdf, "-"]).output
            .matches(of: #/<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>/#)
            .map { (text: String($0.output.5), xMin: Double($0.output.1) ?? 0, yMax: Double($0.output.4) ?? 0,
                    xMax: Double($0.output.3) ?? 0) }
        let number = try #require(words.first)
        let left = 30 * millimetre, right = pageWidth - 15 * millimetre
        #expect(number.text == "2")
        #expect(number.yMax < 20 * millimetre, "page number below the top margin: \(number)")
        #expect(abs((number.xMin + number.xMax) / 2 - (left + right) / 2) < 2, "page number not centred: \(number)")
        let body = words.dropFirst()
        #expect(abs((body.map(\.xMin).min() ?? 0) - left) < 1.5, "left margin is not 30 mm")
        #expect(abs((body.map(\.xMax).max() ?? 0) - right) < 1.5, "right margin is not 15 mm")
    }

    /// Width and height in points from `pdfinfo`'s "Page size: W x H pts" line.
    static func pageSize(_ info: String) -> (width: Double, height: Double) {
        let line = info.split(separator: "\n").first { $0.hasPrefix("Page size:") } ?? ""
        let numbers = line.split(separator: " ").compactMap { Double($0) }
        return numbers.count >= 2 ? (numbers[0], numbers[1]) : (0, 0)
    }

    /// The non-empty lines of one page, as `pdftotext -layout` extracts them, trimmed.
    static func lines(ofPage page: Int, pdf: String) throws -> [String] {
        try run("pdftotext", ["-f", "\(page)", "-l", "\(page)", "-layout", pdf, "-"]).output
            .split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}

/// A program on the PATH run to its end (``runProgram(_:_:withErrors:)``): its exit status and standard output.
@discardableResult
func run(_ program: String, _ arguments: [String]) throws -> (status: Int32, output: String) { try runProgram(program, arguments) }
