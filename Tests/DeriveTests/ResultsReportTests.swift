import CongressModel
import Derive
import Template
import Testing

/// Báo cáo kết quả đại hội: attendance and every election, the delegation and the first meeting's included, each
/// figure recomputed by hand from `ApprovalRequestTests.congress()` (19 summoned, 17 official; Ban Chấp hành 5 of
/// 17, Ban Thường vụ 2 and Bí thư of 5, a delegate p6 with 15 of 17).
struct ResultsReportTests {
    @Test func attendanceAndEachElectionFromTheCount() throws {
        let c = ApprovalRequestTests.congress()
        let value = ResultsReportViewModel(c).templateValue
        let a = AttendanceFigures(c)
        #expect(value["summoned"] == .string(String(a.summoned)) && value["official"] == .string(String(a.official)))
        #expect(a.summoned == 19 && a.official == 17)
        let elections = try #require(value["elections"]?.elements)
        // The congress's elections first (Ban Chấp hành, the delegation), then the first meeting's.
        #expect(elections.map { $0["number"] } == ["1", "2", "3", "4"])
        #expect(elections.map { $0["at_first_meeting"] } == [false, false, true, true].map(TemplateValue.bool))
        let delegation = elections[1]
        #expect(delegation["name"] == "Đại biểu chính thức đi dự Đại hội Đảng bộ huyện Hưng Hà")
        #expect(delegation["elected"]?[0]?["votes"] == "15" && delegation["elected"]?[0]?["percent"] == "88,24%")   // 15 of 17
        let committee = elections[0]
        #expect(committee["candidates"] == "6" && committee["seats"] == "5")
        #expect(committee["rounds"]?[0] == .object(["number": "1", "several": false, "issued": "17", "collected": "17", "valid": "17", "invalid": "0"]))
        #expect(committee["elected"]?[2]?["votes"] == "14" && committee["elected"]?[2]?["percent"] == "82,35%")   // p3 14 of 17
        #expect(elections[3]["name"] == .string("Bí thư Đảng ủy xã Tân Lễ nhiệm kỳ \(FirstMeetingPapersTests.term)"))
        #expect(elections[3]["elected"]?[0]?["percent"] == "100,00%")
        // Numbered after the request in the committee's series.
        #expect(value["header"]?["number"] == "02-BC/ĐU")
        #expect(ApprovalRequestViewModel(c).templateValue["header"]?["number"] == "01-TTr/ĐU")
    }

    /// Thông báo kết quả: each body with its elected in A, B, C order, no votes; numbered third in the series.
    @Test func theNoticeNamesTheElectedInAlphabeticalOrder() throws {
        let c = ApprovalRequestTests.congress()
        let value = ResultsNoticeViewModel(c).templateValue
        let bodies = try #require(value["bodies"]?.elements)
        #expect(bodies.count == 4)
        // Ban Chấp hành p1–p5 by given name: An, Ánh, Bình, Hòa, Nam.
        #expect(bodies[0]["names"] == "Nguyễn Văn An, Phạm Thị Ánh, Vũ Đức Bình, Trần Thị Hòa, Lê Văn Nam")
        #expect(bodies[0]["count"] == "5" && bodies[1]["count"] == "1" && bodies[1]["ordered"] == .bool(false) && bodies[0]["ordered"] == .bool(true) && bodies[2]["at_first_meeting"] == .bool(true))
        #expect(value["present"] == .string(String(AttendanceFigures(c).present)) && value["summoned"] == "19")
        #expect(value["header"]?["number"] == "03-TB/ĐU")
    }

    @Test func aSecondRoundIsNumbered() throws {
        var c = ElectionDeriveTests.congress()
        c.elections[0].seats = 2      // p2 and p3 tie for the last place: a second round (ElectionDeriveTests)
        let rounds = try #require(ResultsReportViewModel(c).templateValue["elections"]?[0]?["rounds"]?.elements)
        #expect(rounds.map { $0["several"] } == [true, true])
        #expect(rounds[1]["valid"] == "18" && rounds[0]["invalid"] == "1")
    }
}
