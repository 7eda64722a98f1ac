import CongressModel
import Derive
import Template
import Testing

/// Báo cáo tổng hợp ý kiến góp ý vào dự thảo văn kiện (Chỉ thị 45-CT/TW task 2): grouped by level, document and
/// section, every count the data's or its sum, recomputed by hand on the chi bộ fixture.
struct DraftCommentsPaperTests {
    /// The national drafts first in the file, then the upper level's with two sections (3 + 4 comments, no total
    /// stated), then one without a level.
    static func congress() -> Congress {
        var c = Fixtures.chiBo()
        var national = DraftComments(documents: "dự thảo các văn kiện trình Đại hội XIV của Đảng", count: 6)
        national.level = .national
        national.members = 5
        var upper = DraftComments(documents: "dự thảo Báo cáo chính trị của Đảng bộ phường", summary: "Nhất trí với dự thảo.")
        upper.level = .upper
        upper.members = 4
        upper.sections = [
            DraftSection(title: "Phần thứ nhất", count: 3, members: 2, opinions: ["Bổ sung kết quả chuyển đổi số", "Nêu rõ hạn chế"]),
            DraftSection(title: "Phần thứ hai", count: 4),
        ]
        let other = DraftComments(documents: "dự thảo Quy chế làm việc", count: 1)
        c.draftComments = [national, upper, other]
        return c
    }

    @Test func groupedByLevelWithTheirCounts() throws {
        let value = DraftCommentsViewModel(Self.congress()).templateValue
        let groups = value["groups"]?.elements ?? []
        #expect(groups.map { $0["heading"] } == [
            .string("Góp ý vào dự thảo văn kiện đại hội cấp trên"),
            .string("Góp ý vào dự thảo văn kiện Đại hội đại biểu toàn quốc của Đảng"),
            .string("Góp ý vào các dự thảo văn kiện khác"),
        ])
        #expect(groups.map { $0["number"] } == [.string("I"), .string("II"), .string("III")])
        let upper = try #require(groups[0]["documents"]?[0])
        #expect(upper["number"] == .string("1"))
        #expect(upper["documents"] == .string("Dự thảo Báo cáo chính trị của Đảng bộ phường"))
        // No total stated: its sections' 3 + 4.
        #expect(upper["counts"] == .string("Có 4 đồng chí tham gia góp ý với 7 ý kiến."))
        let sections = upper["sections"]?.elements ?? []
        #expect(sections.map { $0["line"] } == [
            .string("a) Phần thứ nhất: 3 ý kiến (2 đồng chí):"),
            .string("b) Phần thứ hai: 4 ý kiến."),
        ])
        #expect(sections[0]["opinions"]?.elements.map { $0["text"] } == [.string("Bổ sung kết quả chuyển đổi số;"), .string("Nêu rõ hạn chế.")])
        #expect(groups[1]["documents"]?[0]?["counts"] == .string("Có 5 đồng chí tham gia góp ý với 6 ý kiến."))
        #expect(groups[2]["documents"]?[0]?["counts"] == .string("Có 1 ý kiến góp ý."))
        // The table in the paper's order, and the total 7 + 6 + 1; the members are not summed.
        #expect(value["rows"]?.elements.map { $0["count"] } == [.string("7"), .string("6"), .string("1")])
        #expect(value["rows"]?.elements.map { $0["members"] } == [.string("4"), .string("5"), .string("—")])
        #expect(value["total"] == .string("14"))
        #expect(value["superior"] == .string("Đảng ủy phường Quang Trung"))
    }

    /// A document whose comments are not known leaves the total unknown; alone, a group has no "khác".
    @Test func unknownCountsAreNotGuessed() {
        var c = Fixtures.chiBo()
        c.draftComments = [DraftComments(documents: "dự thảo văn kiện", summary: "Nhất trí.")]
        let value = DraftCommentsViewModel(c).templateValue
        #expect(value["total"] == .string("—"))
        #expect(value["groups"]?[0]?["heading"] == .string("Góp ý vào dự thảo văn kiện"))
        #expect(value["groups"]?[0]?["documents"]?[0]?["counts"] == .bool(false))
        #expect(!DocumentKind.draftComments.applies(to: Fixtures.chiBo()))
        #expect(DocumentKind.draftComments.applies(to: c))
    }
}

/// The directive cited is the one in force on the congress's day (DOMAIN.md §0).
struct CongressDirectiveTests {
    @Test func byTheDayOfTheCongress() {
        #expect(CongressDirective.citation(for: Fixtures.date(2025, 4, 12)) == "Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị")
        #expect(CongressDirective.citation(for: Fixtures.date(2025, 4, 14)) == "Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị")
        #expect(CongressDirective.citation(for: Fixtures.date(2020, 5, 19)) == "Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị")
        #expect(CongressDirective.citation(for: Fixtures.date(2015, 5, 19)) == "chỉ thị của Bộ Chính trị")
    }
}
