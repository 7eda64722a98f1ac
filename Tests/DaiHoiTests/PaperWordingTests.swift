import CongressModel
import DaiHoi
import Derive
import DocumentTree
import Load
import Render
import Testing
import TestSupport

/// The sentences of the papers that no sample reaches (a congress without quorum, a tie at the cutoff …),
/// read from the rendered page: the wording lives in the templates, the view models give the figures.
struct PaperWordingTests {
    /// The Hưng Hà fixture: 9 delegates summoned, all official, Bùi Văn Tâm absent; one election.
    static func congress() throws -> Congress {
        try #require(CongressLoader().load(file: ReportDocumentTests.fixture).congress)
    }

    /// The visible text of `kind` rendered for `congress` through the templates.
    static func text(_ kind: DocumentKind, _ congress: Congress) throws -> String {
        let renderer = try Pipeline(templateFolder: Repository.templates).makeRenderer()
        let document = try renderer.render(kind.templateName, documentName: kind.rawValue,
                                           value: kind.viewModel(for: congress), profile: .hd36_2018)
        return document.body.map(\.textContent).joined(separator: "\n")
    }

    @Test func credentialsWithoutQuorum() throws {
        var congress = try Self.congress()
        // Huy, Lan and Sơn absent too: 5 of 9 present = 55,555…% → 55,56%, below two thirds (15 < 18).
        for i in 0..<3 { congress.delegates[i].absence = Absence(reason: "Công tác") }
        let text = try Self.text(.credentials, congress)
        #expect(text.contains(bound("Có 5/9 đại biểu chính thức được triệu tập có mặt, đạt 55,56%, chưa bảo đảm ít nhất hai phần ba số "
            + "đại biểu chính thức được triệu tập theo quy định của Điều lệ Đảng. Ban đề nghị Đại hội xem xét, quyết định.")))
        #expect(!text.contains("Đề nghị Đại hội biểu quyết thông qua báo cáo thẩm tra tư cách"))
    }

    @Test func credentialsOldestTiedAndEveryAgeKnown() throws {
        var congress = try Self.congress()
        // Bùi Văn Tâm (no birth year) born 1962 like Ngô Văn Bình: both 58 in 2020, every age known.
        let tam = try #require(congress.people.firstIndex { $0.name == "Bùi Văn Tâm" })
        congress.people[tam].birthYear = 1962
        let text = try Self.text(.credentials, congress)
        #expect(text.contains("– Các đồng chí cao tuổi nhất: Ngô Văn Bình, Bùi Văn Tâm, 58 tuổi."))
        // (350 + 58) / 9 = 45,333… → 45,3, with no "(tính trên …)".
        #expect(text.contains("– Tuổi bình quân: 45,3 tuổi.\n"))
    }
}

/// The vote-counting minutes: what a round leaves the congress to do, and who the base counts.
struct VoteCountWordingTests {
    /// The fixture's election: 5 places; huy 8, lan 8, son 7, hoa 7, minh 6, thu 3 over a base of 9.
    @Test func tieAtTheLastPlace() throws {
        var congress = try PaperWordingTests.congress()
        congress.elections[0].seats = 3   // son and hoa tie at 7 for the third place
        let text = try PaperWordingTests.text(.voteCount, congress)
        #expect(text.contains(bound("Các đồng chí Đỗ Thị Hoa, Phạm Văn Sơn có số phiếu bằng nhau (7 phiếu) tại vị trí cuối; "
            + "Đại hội bầu tiếp trong số các đồng chí này để chọn 1 đồng chí.")))
        #expect(!text.contains("Đã bầu đủ số lượng."))
    }

    /// The same tie under `election_tie_rule: congress-decides`: son and hoa are not elected, the congress decides.
    @Test func tieAtTheLastPlaceWhenTheCongressDecides() throws {
        var congress = try PaperWordingTests.congress()
        congress.elections[0].seats = 3
        congress.settings.electionTieRule = "congress-decides"
        let text = try PaperWordingTests.text(.voteCount, congress)
        #expect(text.contains(bound("Các đồng chí Đỗ Thị Hoa, Phạm Văn Sơn có số phiếu bằng nhau (7 phiếu) tại vị trí cuối, nhiều hơn "
            + "số lượng còn lại (1 đồng chí), nên chưa đồng chí nào trong số này trúng cử; Đại hội xem xét, quyết định việc bầu 1 đồng chí còn thiếu.")))
        #expect(!text.contains("Đại hội bầu tiếp trong số các đồng chí này"))
    }

    /// One place, huy and lan tie at 8, both above half of 9: neither is elected under either rule.
    @Test func tieAmongAllAboveTheThreshold() throws {
        var congress = try PaperWordingTests.congress()
        congress.elections[0].seats = 1
        #expect(try PaperWordingTests.text(.voteCount, congress).contains(bound(
            "Các đồng chí Nguyễn Văn Huy, Trần Thị Lan có số phiếu bằng nhau (8 phiếu) tại vị trí cuối; Đại hội bầu tiếp trong số các đồng chí này để chọn 1 đồng chí.")))
        congress.settings.electionTieRule = "congress-decides"
        let text = try PaperWordingTests.text(.voteCount, congress)
        #expect(text.contains(bound("Các đồng chí Nguyễn Văn Huy, Trần Thị Lan có số phiếu bằng nhau (8 phiếu) tại vị trí cuối, nhiều hơn "
            + "số lượng còn lại (1 đồng chí), nên chưa đồng chí nào trong số này trúng cử")))
        #expect(text.contains("Không có đồng chí nào trúng cử."))
    }

    @Test func tooFewElected() throws {
        var congress = try PaperWordingTests.congress()
        congress.elections[0].seats = 6   // thu's 3 votes are not more than half of 9
        let text = try PaperWordingTests.text(.voteCount, congress)
        #expect(text.contains(bound("Số người trúng cử chưa đủ số lượng, còn thiếu 1 đồng chí; Đại hội xem xét, quyết định bầu tiếp.")))
    }

    @Test func committeeMembersAreTheBase() throws {
        var congress = try PaperWordingTests.congress()
        congress.elections[0].body = .banThuongVu
        let text = try PaperWordingTests.text(.voteCount, congress)
        #expect(text.contains("Số ủy viên Ban Chấp hành được triệu tập: 9. Số ủy viên Ban Chấp hành làm cơ sở tính tỷ lệ trúng cử: 9."))
        #expect(text.contains("tỷ lệ so với số ủy viên Ban Chấp hành làm cơ sở tính"))
        #expect(text.contains("Bầu Ban Thường vụ Huyện ủy Hưng Hà nhiệm kỳ 2020\u{00A0}-\u{2060}\u{00A0}2025"))
    }
}

/// The resolution's points when the data gives them, and its preamble for a one-day congress without elections.
struct ResolutionWordingTests {
    @Test func pointsFromTheData() throws {
        var congress = try PaperWordingTests.congress()
        congress.resolution = Resolution(points: [ResolutionPoint(title: "Thống nhất chủ đề Đại hội.", text: "Đoàn kết.")],
                                         implementation: "Các cấp ủy triển khai.")
        let text = try PaperWordingTests.text(.resolution, congress)
        #expect(text.contains("I. Thống nhất chủ đề Đại hội.\nĐoàn kết.\nII. Thông qua kết quả bầu cử tại Đại hội:"))
        #expect(text.contains("III. Giao Ban Chấp hành Đảng bộ huyện Hưng Hà khóa XVI căn cứ Nghị quyết Đại hội xây dựng "
            + "chương trình hành động, lãnh đạo, chỉ đạo tổ chức thực hiện thắng lợi Nghị quyết.\nCác cấp ủy triển khai."))
        #expect(!text.contains("Tán thành những nội dung cơ bản"))
    }

    @Test func oneDayWithoutElections() throws {
        var congress = try PaperWordingTests.congress()
        congress.preparatorySession = nil
        congress.elections = []
        let text = try PaperWordingTests.text(.resolution, congress)
        #expect(text.contains("Đại hội đại biểu Đảng bộ huyện Hưng Hà lần thứ XVI, nhiệm kỳ 2020\u{00A0}-\u{2060}\u{00A0}2025 họp ngày 19 tháng 5 năm 2020, "
            + "tại Hội trường Trung tâm Văn hóa huyện Hưng Hà."))
        #expect(text.contains("Trên cơ sở thảo luận, đóng góp ý kiến vào báo cáo chính trị của Ban Chấp hành Đảng bộ huyện "
            + "Hưng Hà khóa XV,\n"))
        #expect(text.contains("II. Giao Ban Chấp hành"))
    }
}
