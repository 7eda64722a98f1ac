import Foundation
import CongressModel
import Derive
import Template
import Testing

/// Tờ trình đề nghị chuẩn y kết quả bầu cử: the new committee's paper to the superior, its figures recomputed by hand
/// from the vote counts of `FirstMeetingPapersTests.congress()` (Ban Chấp hành of 5 elected by the congress, base
/// 17; Ban Thường vụ of 2 and Bí thư elected by the first meeting, base 5), plus a delegation the superior does not
/// approve.
struct ApprovalRequestTests {
    static func congress() -> Congress {
        var c = FirstMeetingPapersTests.congress()
        c.elections.append(Election(id: "dbct", body: .daiBieuCapTren, seats: 1, candidates: [PersonID("p6")],
                                    rounds: [VotingRound(issued: 17, collected: 17, valid: 17, invalid: 0,
                                                         votes: [(PersonID("p6"), 15)])]))
        return c
    }

    @Test func everyElectionButTheDelegationWithItsVotesAndShares() throws {
        let value = ApprovalRequestViewModel(Self.congress()).templateValue
        let elections = try #require(value["elections"]?.elements)
        #expect(elections.map { $0["name"] } == [
            "Ban Chấp hành Đảng bộ xã Tân Lễ nhiệm kỳ \(FirstMeetingPapersTests.term)",
            "Ban Thường vụ Đảng ủy xã Tân Lễ nhiệm kỳ \(FirstMeetingPapersTests.term)",
            "Bí thư Đảng ủy xã Tân Lễ nhiệm kỳ \(FirstMeetingPapersTests.term)",
        ].map(TemplateValue.string))
        let committee = elections[0]
        #expect(committee["seats"] == "5" && committee["elected_count"] == "5" && committee["base"] == "17")
        #expect(committee["at_first_meeting"] == .bool(false))
        // p1 16 of 17 = 94,12%; p5 12 of 17 = 70,59%; p8's 3 is not elected.
        // Names printed unbroken (no-break spaces), as the delegate list prints them.
        let names = { (list: TemplateValue?) in FirstMeetingPapersTests.names(list).map { $0.replacingOccurrences(of: "\u{00A0}", with: " ") } }
        #expect(names(committee["elected"]) == ["Trần Thị Hòa", "Lê Văn Nam", "Nguyễn Văn An", "Phạm Thị Ánh", "Vũ Đức Bình"])
        #expect(committee["elected"]?[0]?["votes"] == "16" && committee["elected"]?[0]?["percent"] == "94,12%")
        #expect(committee["elected"]?[4]?["votes"] == "12" && committee["elected"]?[4]?["percent"] == "70,59%")
        // The Ban Thường vụ: base the 5 committee members; p1 5 (100,00%), p2 4 (80,00%), p3's 2 not elected.
        let standing = elections[1]
        #expect(standing["at_first_meeting"] == .bool(true) && standing["base"] == "5")
        #expect(names(standing["elected"]) == ["Trần Thị Hòa", "Lê Văn Nam"] && standing["elected"]?[1]?["percent"] == "80,00%")
        #expect(standing["elected"]?.elements.count == 2)
        #expect(value["has_first_meeting"] == .bool(true))
        #expect(value["first_meeting_date"] == "06/4/2025")
    }

    @Test func issuedByTheNewCommitteeToTheSuperiorsStandingCommittee() {
        let value = ApprovalRequestViewModel(Self.congress()).templateValue
        #expect(value["header"]?["issuer_lines"] == .list(["ĐẢNG\u{00A0}ỦY\u{00A0}XÃ\u{00A0}TÂN\u{00A0}LỄ"]))
        #expect(value["header"]?["superior"] == "ĐẢNG BỘ HUYỆN HƯNG HÀ")
        #expect(value["header"]?["number"] == "01-TTr/ĐU")
        #expect(value["header"]?["place_date"] == "Tân Lễ, ngày 06 tháng 4 năm 2025")   // the first meeting's day
        #expect(value["recipient"] == "Ban Thường vụ Huyện ủy Hưng Hà")
        #expect(value["committee"] == "Ban Chấp hành Đảng bộ xã Tân Lễ khóa V")
        // Signed by the Bí thư the first meeting elected (p1).
        #expect(value["signatures"]?[0] == .object(["authority": "T/M BAN CHẤP HÀNH", "title": "BÍ THƯ", "name": "Trần Thị Hòa"]))
    }

    @Test func aChiBoWritesAsTheChiBoAndStatesItsNumber() {
        var c = ElectionDeriveTests.congress()
        #expect(ApprovalRequestViewModel(c).templateValue["header"]?["issuer_lines"] == .list(["CHI\u{00A0}BỘ\u{00A0}KHU\u{00A0}PHỐ\u{00A0}3"]))
        #expect(ApprovalRequestViewModel(c).templateValue["header"]?["number"] == "01-TTr/CB")
        #expect(ApprovalRequestViewModel(c).templateValue["recipient"] == "Ban Thường vụ Đảng ủy phường Quang Trung")
        #expect(ApprovalRequestViewModel(c).templateValue["signatures"]?[0]?["authority"] == "T/M CHI ỦY")
        #expect(ApprovalRequestViewModel(c).templateValue["has_first_meeting"] == .bool(false))
        c.documentNumbers["approval-request"] = "07-TTr/CB"
        #expect(ApprovalRequestViewModel(c).templateValue["header"]?["number"] == "07-TTr/CB")
    }

    @Test func onlyADelegationIsNotAskedToBeApproved() {
        var c = ElectionDeriveTests.congress()
        c.elections[0].body = .daiBieuCapTren
        #expect(!DocumentKind.approvalRequest.applies(to: c))
        #expect(ResultsNumbering.number(of: .approvalRequest, in: c) == nil)
    }
}
