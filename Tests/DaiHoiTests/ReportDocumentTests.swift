import CongressModel
import DaiHoi
import Derive
import DocumentTree
import Foundation
import Load
import Testing
import TestSupport

/// The political report, the resolution and the credentials report, rendered from the Hưng Hà fixture
/// (`Fixtures/hung-ha-report`: 17 targets, prose in Markdown files, one election).
struct ReportDocumentTests {
    static let fixture = Repository.root.appendingPathComponent("Tests/DaiHoiTests/Fixtures/hung-ha-report/congress.yaml").path
    static let papers: [DocumentKind] = [.credentials, .report, .resolution]

    /// Renders `papers` of `file` to HTML; returns the report and each paper's HTML by name.
    static func render(_ file: String, _ papers: [DocumentKind] = papers) throws -> (report: PipelineReport, html: [String: String]) {
        let out = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let report = Pipeline(templateFolder: Repository.templates)
            .render(file: file, documents: papers, formats: [.html], outputDirectory: out.path)
        var html: [String: String] = [:]
        for kind in papers {
            html[kind.rawValue] = try? String(contentsOf: out.appendingPathComponent("\(kind.rawValue).html"), encoding: .utf8)
        }
        return (report, html)
    }

    /// The visible text of a written page (its body parsed back through the document tree).
    static func text(_ html: String) throws -> String {
        let body = html.components(separatedBy: "<!DOCTYPE html>").last ?? html
        let document = try XHTMLParser.parse(body, name: "page", profile: .hd36_2018)
        return document.body.map(\.textContent).joined(separator: "\n")
    }

    @Test(arguments: ["hung-ha-report", "chi-bo-report"])
    func goldenFiles(fixture: String) throws {
        let file = Repository.root.appendingPathComponent("Tests/DaiHoiTests/Fixtures/\(fixture)/congress.yaml").path
        let (report, html) = try Self.render(file)
        #expect(!report.hasErrors, "\(report.diagnostics)")
        #expect(report.written.count == 3)
        for kind in Self.papers {
            let page = try #require(html[kind.rawValue])
            assertGolden(page, named: "\(fixture)/\(kind.rawValue).html",
                         in: Repository.root.appendingPathComponent("Tests/DaiHoiTests/Golden").path)
        }
    }

    /// Each target's achieved value, rate and status, read from the report's table, appear word for word
    /// in the resolution.
    @Test func sameTargetSameFiguresInReportAndResolution() throws {
        let (_, html) = try Self.render(Self.fixture)
        let report = try #require(html["report"]), resolution = try Self.text(try #require(html["resolution"]))
        let congress = try #require(CongressLoader().load(file: Self.fixture).congress)
        var compared = 0
        for target in congress.targets {
            // The table row: name, unit, plan, achieved, rate, status, new target.
            let cells = try #require(Self.row(named: bound(target.name), in: report), "\(target.name)")
            #expect(cells.count == 8)
            let (achieved, rate, status) = (cells[4], cells[5], cells[6])
            let unit = target.unit.hasPrefix("%") ? target.unit : " " + target.unit
            // Where less is better the table shows no rate ("—") and the text no "% of plan" (TargetDifference).
            let sentence = bound(target.direction == .atLeast
                ? "\(target.name): thực hiện \(achieved)\(unit), bằng \(rate) kế hoạch"
                : "\(target.name): thực hiện \(achieved)\(unit) (kế hoạch dưới ")
            #expect(target.direction == .atLeast || rate == "—", "\(target.name)")
            #expect(resolution.contains(sentence), "\(sentence)")
            #expect(resolution.contains(sentence) && resolution.components(separatedBy: sentence)[1]
                .prefix(while: { $0 != "\n" }).hasSuffix("— \(status.lowercased())."), "\(target.name)")
            compared += 1
        }
        #expect(compared == 17)
        // 15 of 17 met (14 exceeded, 1 met), 2 missed — the same summary sentence in both papers.
        let summary = "Trong 17 chỉ tiêu chủ yếu Nghị quyết đề ra, có 15 chỉ tiêu đạt và vượt kế hoạch (14 chỉ tiêu vượt), 02 chỉ tiêu không đạt."
        #expect(try Self.text(try #require(html["report"])).contains(summary))
        #expect(resolution.contains(summary))
    }

    @Test func targetsTableByHand() throws {
        let (_, html) = try Self.render(Self.fixture)
        let report = try #require(html["report"])
        // 10,82 / 10,5 = 103,047…%; 90 / 90 đạt. Where less is better no "% of plan" (1,48 of 2 is not "74% of
        // the plan"): "—", and the assessment: 1,48 ≤ 2 vượt; 9,8 > 9,5 không đạt.
        #expect(Self.row(named: "Tốc độ tăng trưởng giá trị sản xuất bình quân", in: report)
            == ["1", "Tốc độ tăng trưởng giá trị sản xuất bình quân", "%/năm", "≥ 10,5", "10,82", "103,05%", "Vượt", "≥ 10,66"].map(bound))
        #expect(Self.row(named: "Tỷ lệ hộ nghèo theo chuẩn mới", in: report).map { Array($0[3...6]) } == ["≤ 2", "1,48", "—", "Vượt"].map(bound))
        #expect(Self.row(named: "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", in: report)?[5...6] == ["—", "Không đạt"])
        // A share of 100 is a ceiling: "100", not "≥ 100".
        #expect(Self.row(named: "Tỷ lệ dân số sử dụng nước sạch", in: report)?[7] == "100")
        #expect(Self.row(named: "Tỷ lệ người dân tham gia bảo hiểm y tế", in: report)?[5...6] == ["100,00%", "Đạt"])
        #expect(Self.row(named: bound("Tổng vốn đầu tư phát triển toàn xã hội 5 năm"), in: report).map { Array($0[3...5]) } == ["≥ 15.000", "16.250", "108,33%"].map(bound))
    }

    /// The targets worded by direction, as real reports write them (reviews/papers.md §2.8): never "100% trở lên" or
    /// "5 năm trở lên" in a five-year term; "giảm … xuống dưới" for a rate and "không quá" for a count where less is
    /// better, with the difference from the plan instead of a "% of plan".
    @Test func targetsWordedByDirection() throws {
        let chiBo = Repository.root.appendingPathComponent("Tests/DaiHoiTests/Fixtures/chi-bo-report/congress.yaml").path
        let (_, small) = try Self.render(chiBo, [.report, .resolution])
        let report = try Self.text(try #require(small["report"])), resolution = try Self.text(try #require(small["resolution"]))
        for text in [report, resolution] {
            #expect(text.contains("– Tỷ lệ hộ nghèo giảm xuống dưới 0,5%."))
            #expect(text.contains(bound("– Số vụ vi phạm trật tự, an toàn xã hội trên địa bàn không quá 1 vụ/năm.")))
            // 5 years in the 2025 – 2030 term: the whole term, not "5 năm trở lên".
            #expect(text.contains(bound("– Chi bộ hoàn thành tốt nhiệm vụ trở lên cả 5 năm của nhiệm kỳ.")))
            #expect(text.contains(bound("– Kết nạp đảng viên mới trong nhiệm kỳ đạt 3 đảng viên trở lên.")))
            #expect(!text.contains("5 năm trở lên") && !text.contains("trở xuống"))
        }
        // Results: 0,8 against under 1,5 is 0,7 points lower; 2 against at most 2 equals the plan; 5 of 5 years.
        #expect(resolution.contains("– Tỷ lệ hộ nghèo: thực hiện 0,8% (kế hoạch dưới 1,5%), thấp hơn kế hoạch 0,7 điểm phần trăm — vượt."))
        #expect(resolution.contains(bound("thực hiện 2 vụ/năm (kế hoạch không quá 2 vụ/năm), bằng kế hoạch — đạt.")))
        #expect(resolution.contains(bound("Chi bộ hoàn thành tốt nhiệm vụ trở lên: thực hiện 5 năm, bằng 100,00% kế hoạch (kế hoạch 5 năm) — đạt.")))
        let (_, district) = try Self.render(Self.fixture, [.report])
        let text = try Self.text(try #require(district["report"]))
        // A share "Tỷ lệ …" at 100% is turned round; nothing is "100% trở lên".
        #expect(text.contains("– 100% dân số sử dụng nước sạch."))
        #expect(!text.contains("100% trở lên"))
        #expect(text.contains("– Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm xuống dưới 8%."))
        // A growth rate has no ceiling: "%/năm" keeps "trở lên".
        #expect(text.contains("– Tốc độ tăng trưởng giá trị sản xuất bình quân đạt 10,66%/năm trở lên."))
    }

    /// The political report is the outgoing committee's paper by default (`settings.report_issuer`): its header and
    /// its series; with `report_issuer: congress`, the congress's.
    @Test func reportIssuedByTheOutgoingCommittee() throws {
        let (_, html) = try Self.render(Self.fixture, [.report])
        // The header's lines keep their words together with no-break spaces: compared as plain spaces.
        let text = try Self.text(try #require(html["report"])).replacingOccurrences(of: "\u{00A0}", with: " ")
        #expect(text.hasPrefix("ĐẢNG BỘ TỈNH THÁI BÌNHBAN CHẤP HÀNHĐẢNG BỘ HUYỆN HƯNG HÀ*Số      -BC/HUĐẢNG CỘNG SẢN VIỆT NAM"),
                "\(text.prefix(120))")
        #expect(text.contains("T/M BAN CHẤP HÀNH"))
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try String(contentsOfFile: Self.fixture, encoding: .utf8)
        let file = folder.appendingPathComponent("congress.yaml")
        try source.replacingOccurrences(of: "\nsettings:\n", with: "\nsettings:\n  report_issuer: congress\n")
            .write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("Tests/DaiHoiTests/Fixtures/hung-ha-report/bao-cao"),
                                         to: folder.appendingPathComponent("bao-cao"))
        let (report, congressIssued) = try Self.render(file.path, [.report])
        #expect(!report.hasErrors, "\(report.diagnostics)")
        let issued = try Self.text(try #require(congressIssued["report"])).replacingOccurrences(of: "\u{00A0}", with: " ")
        #expect(issued.hasPrefix("ĐẢNG BỘ TỈNH THÁI BÌNHĐẠI HỘI ĐẠI BIỂUĐẢNG BỘ HUYỆN HƯNG HÀLẦN THỨ XVI,NHIỆM KỲ 2020 -\u{2060} 2025*Số 02-BC/ĐH"),
                "\(issued.prefix(200))")
    }

    @Test func resolutionStatesTheElectionsAndTheDecision() throws {
        let (_, html) = try Self.render(Self.fixture)
        let text = try Self.text(try #require(html["resolution"]))
        #expect(text.contains("ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN HƯNG HÀ LẦN THỨ XVI\nQUYẾT NGHỊ:"))
        #expect(text.contains("II. Thông qua kết quả bầu cử tại Đại hội:"))
        // huy 8, lan 8, son 7, hoa 7, minh 6 of 8 valid, base 8 official delegates: all more than half; thu 3 is not.
        #expect(text.contains(bound("Ban Chấp hành Đảng bộ huyện Hưng Hà nhiệm kỳ 2020\u{00A0}-\u{2060}\u{00A0}2025 gồm 05 đồng chí (xếp theo vần A, B, C):")))
        // In A, B, C order by given name, numbered, in columns: Hoa, Huy, Lan, Minh, Sơn.
        #expect(text.contains("5. Phạm Văn Sơn") && text.contains("4. Vũ Đức Minh") && !text.contains("Lê Thị Thu"))
        #expect(text.contains("III. Giao Ban Chấp hành Đảng bộ huyện Hưng Hà khóa XVI"))
        #expect(text.contains("T/M ĐOÀN CHỦ TỊCH"))
        #expect(text.contains("Số 03-NQ/ĐH"))   // after the one vote-counting minutes, 02-BB/ĐH (the report is the committee's)
    }

    @Test func credentialsCountsTheUnknownVisibly() throws {
        let (_, html) = try Self.render(Self.fixture)
        let text = try Self.text(try #require(html["credentials"]))
        // 9 summoned, 8 present; Bùi Văn Tâm has no birth year, no ethnicity, no Party-joining date;
        // Nguyễn Thị Hạnh has no ethnicity; Vũ Đức Minh is Tày.
        #expect(text.contains("Số đại biểu có mặt: 8 đồng chí, đạt 88,89%."))
        #expect(text.contains(bound("– Dân tộc Kinh: 6 đồng chí, chiếm 66,67%.")))
        #expect(text.contains(bound("– Dân tộc thiểu số: 1 đồng chí, chiếm 11,11%.")))
        #expect(text.contains(bound("– Không rõ: 2 đồng chí, chiếm 22,22%.")))
        #expect(text.contains(bound("– Không rõ: 1 đồng chí, chiếm 11,11%.")))
        // Ages in 2020: 52, 45, 48, 40, 35, 30, 58, 42 → 350 / 8 = 43,75 → 43,8.
        #expect(text.contains(bound("– Tuổi bình quân: 43,8 tuổi (tính trên 8 đồng chí có năm sinh).")))
        #expect(text.contains("– Đồng chí cao tuổi nhất: Ngô Văn Bình, 58 tuổi."))
        #expect(text.contains("– Đồng chí trẻ tuổi nhất: Lê Thị Thu, 30 tuổi."))
        #expect(text.contains(bound("– Đại biểu đương nhiên: 5 đồng chí, chiếm 55,56%.")))
        #expect(text.contains("Số 01-BC/ĐH"))
        #expect(text.contains("T/M BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU"))
    }

    @Test func papersApplyOnlyWithTheirData() throws {
        let congress = try #require(CongressLoader().load(text: Fixture.minimal, file: "congress.yaml").congress)
        #expect(DocumentKind.credentials.applies(to: congress))
        #expect(!DocumentKind.report.applies(to: congress))
        #expect(!DocumentKind.resolution.applies(to: congress))
        var withResolution = congress
        withResolution.resolution = Resolution()
        #expect(DocumentKind.resolution.applies(to: withResolution) && !DocumentKind.report.applies(to: withResolution))
    }

    @Test func documentNumbersShareOneCounterAndTheDataWins() throws {
        var congress = try #require(CongressLoader().load(file: Self.fixture).congress)
        // The fixture holds one election of one round. The political report is the outgoing committee's, outside
        // the congress's series: the credentials report takes 01, the vote-counting minutes 02, the resolution 03,
        // and the congress minutes, closed last, 04.
        #expect(congress.elections.reduce(0) { $0 + $1.rounds.count } == 1)
        #expect(Self.papers.map { DocumentNumbering.number(of: $0, in: congress) } == ["01-BC/ĐH", nil, "03-NQ/ĐH"])
        #expect(DocumentNumbering.number(of: .voteCount(sheet: 1), in: congress) == "02-BB/ĐH")
        #expect(DocumentNumbering.number(of: .minutes, in: congress) == "04-BB/ĐH")
        #expect(DocumentNumbering.number(of: .delegates, in: congress) == nil)
        #expect(DocumentNumbering.committeeReportNumber(in: congress).hasSuffix("-BC/HU"))
        // Issued by the congress (`report_issuer: congress`), the report takes 02 and the rest follow it.
        congress.settings.reportIssuer = .congress
        #expect(Self.papers.map { DocumentNumbering.number(of: $0, in: congress) } == ["01-BC/ĐH", "02-BC/ĐH", "04-NQ/ĐH"])
        #expect(DocumentNumbering.number(of: .voteCount(sheet: 1), in: congress) == "03-BB/ĐH")
        #expect(DocumentNumbering.number(of: .minutes, in: congress) == "05-BB/ĐH")
        // A number stated in the data wins, in either series.
        congress.documentNumbers = ["resolution": "07-NQ/ĐH", "report": "245-BC/HU"]
        #expect(Self.papers.map { DocumentNumbering.number(of: $0, in: congress) } == ["01-BC/ĐH", "245-BC/HU", "07-NQ/ĐH"])
        congress.settings.reportIssuer = .committee
        #expect(DocumentNumbering.committeeReportNumber(in: congress) == "245-BC/HU")
    }

    /// Prose holding a script, raw HTML blocks, template syntax and a 5.000-word section renders safely and whole.
    @Test func hostileAndLongProseRendersSafely() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let words = (1...5000).map { "chữ\($0)" }
        let long = stride(from: 0, to: 5000, by: 250).map { words[$0..<$0 + 250].joined(separator: " ") }.joined(separator: "\n\n")
        try long.write(to: folder.appendingPathComponent("dai.md"), atomically: true, encoding: .utf8)
        let hostile = """
            <script>alert(1)</script>

            <div onclick="x()">khối HTML</div>

            Ảnh <img src=x onerror="alert(2)"> và {{x}} cùng {{#header}}y{{/header}} & <b>đậm</b> ]]>
            """
        try hostile.write(to: folder.appendingPathComponent("doc.md"), atomically: true, encoding: .utf8)
        let yaml = Fixture.minimal + """
            political_report:
              limitations: {file: doc.md}
              tasks: {file: dai.md}

            """
        let file = folder.appendingPathComponent("congress.yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        let (report, html) = try Self.render(file.path, [.report, .resolution])
        #expect(!report.hasErrors, "\(report.diagnostics)")
        for page in [html["report"], html["resolution"]] {
            let page = try #require(page)
            #expect(!page.contains("<script") && !page.contains("<img") && !page.contains("onerror")
                && !page.contains("onclick") && !page.contains("<b>"))
            // The only blocks `div` are the templates' own (the resolution's Nơi nhận), never the prose's raw HTML.
            #expect(page.components(separatedBy: "<div").dropFirst().allSatisfy { $0.hasPrefix(" class=\"recipients\"") },
                    "a div from the prose's raw HTML")
        }
        let text = try Self.text(try #require(html["report"]))
        #expect(text.contains("Ảnh và {{x}} cùng {{#header}}y{{/header}} & đậm ]]>"))
        let rendered = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).filter { $0.hasPrefix("chữ") }
        #expect(rendered.map(String.init) == words)
    }

    /// The cells of the targets-table row whose second cell is `name`.
    static func row(named name: String, in html: String) -> [String]? {
        let rows = html.components(separatedBy: "<tr>").dropFirst()
        for row in rows {
            let cells = row.components(separatedBy: "</td>").dropLast().map { cell in
                String(cell.components(separatedBy: ">").last ?? "")
            }
            if cells.count > 1, cells[1] == name.replacingOccurrences(of: "&", with: "&amp;") { return cells }
        }
        return nil
    }
}
