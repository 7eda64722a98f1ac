@testable import DaiHoi
import Foundation
import Render
import Testing
import Vietnamese

/// The superior committee's view (issue 12 §6), from seven branch results written by hand and judged on
/// 10/3/2025: the aggregate report counts only congresses held with results, and says how many are held,
/// upcoming and held without results; the dashboard lists errors, then late, then this week, then the
/// rest by date, with the count of each; dashboard.csv holds the same rows for a spreadsheet.
@Suite struct SuperiorViewTests {
    static let day = CalendarDate(year: 2025, month: 3, day: 10)!

    /// A result with `committee` members elected (women among them: 1 each).
    private static func result(_ name: String, date: String?, deadline: String?, committee: Int = 0, errors: Int = 0,
                               unfinished: Int = 0, organisation: String? = nil) -> BranchResult {
        var r = BranchResult(name: name, organisation: organisation ?? "Chi bộ \(name)", date: date, scriptDeadline: deadline,
                             errors: errors, documents: errors > 0 ? [] : ["minutes.html"], inputHash: "x")
        r.scriptUnfinished = date == nil ? nil : unfinished
        r.superior = "Đảng bộ phường Quang Trung"
        if errors == 0, date != nil {
            // `held` as an old run recorded it without --as-of (true): the tally must not trust it.
            r.figures = BranchFigures(summoned: 10, present: 9, held: true, committeeElected: committee,
                                      committeeWomen: committee > 0 ? 1 : 0, secretaryElected: committee > 0)
        }
        return r
    }

    static let results: [BranchResult] = [
        result("a-held", date: "2025-02-01", deadline: "2025-01-27", committee: 3, organisation: "=HYPERLINK(\"http://x\",\"a, b\")"),
        result("b-upcoming", date: "2025-04-01", deadline: "2025-03-27", committee: 5),
        result("c-held-no-results", date: "2025-02-10", deadline: "2025-02-05"),
        result("d-invalid", date: "2025-02-15", deadline: "2025-02-10", errors: 2),
        result("e-late", date: "2025-03-20", deadline: "2025-03-05", committee: 3, unfinished: 2),
        result("f-this-week", date: "2025-03-14", deadline: "2025-03-09", committee: 3),
        result("g-held-unfinished", date: "2025-03-01", deadline: "2025-02-24", committee: 2, unfinished: 3),
    ]

    /// The results written as a batch leaves them, then the dashboard rebuilt (`batch --merge`).
    private func merged() throws -> URL {
        let out = try Repository.temporaryFolder()
        let encoder = JSONEncoder()
        for r in Self.results {
            let folder = out.appendingPathComponent(r.name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try encoder.encode(r).write(to: folder.appendingPathComponent(BatchRunner.resultFile))
        }
        _ = try BatchRunner(templateFolder: Repository.templates, toolVersion: "test").merge(outputDirectory: out.path, asOf: Self.day)
        return out
    }

    private func flat(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func aggregateCountsOnlyCongressesHeldWithResults() throws {
        let html = try flat(merged().appendingPathComponent("bao-cao-tong-hop.html"))
        // Held by 10/3: a, c, d, g (4 of 7); upcoming: b, e, f; held without results: c (none elected), d (errors).
        #expect(html.contains("Toàn đảng bộ có 7 tổ chức đảng trực thuộc. Tính đến ngày 10/3/2025, đã có 4 tổ chức đảng tiến hành đại hội; 3 tổ chức chưa đến ngày đại hội; 2 tổ chức đã đại hội nhưng chưa có đủ kết quả"), "\(html)")
        #expect(html.contains("tính trên 2 tổ chức đảng đã đại hội và có kết quả"))
        #expect(html.contains("<td>Tổ chức đảng trực thuộc đã tiến hành đại hội</td> <td class=\"num\">4</td> <td class=\"num\">57,14%</td>"), "\(html)")
        // Elected: a 3 + g 2 = 5 (b, e, f are not held: their 11 do not count); women 2 of 5.
        #expect(html.contains("<td>Cấp ủy viên được bầu</td> <td class=\"num\">5</td>"), "\(html)")
        #expect(html.contains("<td>— trong đó nữ</td> <td class=\"num\">2</td> <td class=\"num\">40,00%</td>"), "\(html)")
        #expect(html.contains("<td>Tổ chức đảng đã bầu bí thư tại đại hội</td> <td class=\"num\">2</td> <td class=\"num\">100,00%</td>"), "\(html)")
    }

    @Test func dashboardListsWhatToActOnFirstWithCounts() throws {
        let html = try flat(merged().appendingPathComponent("index.html"))
        let order = Self.results.map(\.name).compactMap { name in html.range(of: "<small>\(name)</small>").map { (name, $0.lowerBound) } }
            .sorted { $0.1 < $1.1 }.map(\.0)
        #expect(order == ["d-invalid", "e-late", "f-this-week", "a-held", "c-held-no-results", "g-held-unfinished", "b-upcoming"])
        #expect(html.contains("<span>Có lỗi: <b>1</b></span><span>Trễ hạn kịch bản: <b>1</b></span><span>Đại hội trong 7 ngày tới: <b>1</b></span><span>Chưa đến ngày đại hội: <b>1</b></span><span>Đã đại hội: <b>3</b></span>"),
                "\(html)")
        // A held congress is never late, even with its script unfinished.
        #expect(html.contains("<td data-sort=\"99999\">đã đại hội</td>"))
        #expect(!html.contains("trễ 14 ngày"))
        #expect(html.contains("<tr class=\"ready\" data-state=\"late\">"))
        // The filter lists every state; links are relative to the folder.
        #expect(html.contains("<option value=\"this-week\">Đại hội trong 7 ngày tới</option>"))
        #expect(html.contains("<td class=\"papers\"><span>Biên bản đại hội: <a href=\"a-held/minutes.html\">html</a> </span></td>"), "\(html)")
        #expect(!html.contains("href=\"/"))
    }

    @Test func csvHasTheSameRowsForASpreadsheet() throws {
        let data = try Data(contentsOf: merged().appendingPathComponent("dashboard.csv"))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF], "UTF-8 byte order mark")
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.last == "", "every line ends with CRLF")
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(lines.count == 9, "a header and 7 rows")
        #expect(lines[0] == "Tình trạng,Tổ chức,Thư mục,Ngày đại hội,Hạn kịch bản,Mục kịch bản chưa xong,Lỗi,Cảnh báo,Văn kiện,Hồ sơ đại hội,Thiếu (bắt buộc)")
        #expect(lines[1] == "Có lỗi,Chi bộ d-invalid,d-invalid,15/02/2025,10/02/2025,0,2,0,,,")
        #expect(lines[2] == "Trễ hạn kịch bản,Chi bộ e-late,e-late,20/3/2025,05/3/2025,2,0,0,e-late/minutes.html,,")
        // A formula is defused, and a cell with a comma or quote is quoted (RFC 4180).
        #expect(lines[4] == "Đã đại hội,\"'=HYPERLINK(\"\"http://x\"\",\"\"a, b\"\")\",a-held,01/02/2025,27/01/2025,0,0,0,a-held/minutes.html,,",
                "\(lines[4])")
        #expect(lines.dropFirst().prefix(7).map { $0.split(separator: ",").first.map(String.init) ?? "" }
                == ["Có lỗi", "Trễ hạn kịch bản", "Đại hội trong 7 ngày tới", "Đã đại hội", "Đã đại hội", "Đã đại hội", "Chưa đến ngày đại hội"])
    }

    /// A branch's links: one per paper in the papers' order, named in Vietnamese, a short link per format;
    /// a folder name with a space is percent-encoded, and every link is relative.
    @Test func papersAreGroupedInTheirOrder() throws {
        let renderer = try DocumentRenderer(templateFolder: Repository.templates)
        let r = BranchResult(name: "phuong 1/chi-bo-2", documents: ["delegates.html", "minutes.html", "minutes.odt", "zz.txt"], inputHash: "x")
        let row = try renderer.renderText("batch/dashboard-row", value: Dashboard.rowViewModel(r, asOf: Self.day))
        #expect(row.contains("<td class=\"papers\"><span>Biên bản đại hội: <a href=\"phuong%201/chi-bo-2/minutes.html\">html</a> <a href=\"phuong%201/chi-bo-2/minutes.odt\">odt</a> </span><span>Danh sách đại biểu: <a href=\"phuong%201/chi-bo-2/delegates.html\">html</a> </span><span>Zz: <a href=\"phuong%201/chi-bo-2/zz.txt\">txt</a> </span></td>"),
                "\(row)")
    }

    @Test func csvCellDefusesEveryFormulaStart() {
        for start in ["=", "+", "-", "@", "\t", "\r"] {
            #expect(DashboardCSV.cell(start + "1").hasPrefix("'") || DashboardCSV.cell(start + "1").hasPrefix("\"'"))
        }
        #expect(DashboardCSV.cell("Chi bộ 1") == "Chi bộ 1")
        #expect(DashboardCSV.cell("a\r\nb") == "\"a\r\nb\"")
    }
}
