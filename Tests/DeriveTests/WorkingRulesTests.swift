import CongressModel
import Derive
import Template
import Testing

/// Quy chế làm việc của Đại hội: the working bodies as the data elects them, the rights of those attending, the
/// voting rules read from the sources the election papers use, and the vote that adopted it.
struct WorkingRulesTests {
    /// The fixture chi bộ: one chair and one secretary (no "gồm 1 đồng chí"), two probationary members, no
    /// election and no vote on the rules yet (the draft, dated the congress's only session).
    @Test func aChiBoDraftWithOneChairAndProbationaryMembers() throws {
        let value = WorkingRulesViewModel(Fixtures.chiBo()).templateValue
        let bodies = try #require(value["bodies"]?.elements)
        #expect(bodies.map { $0["label"] } == ["Chủ tịch Đại hội", "Thư ký Đại hội"].map(TemplateValue.string))
        #expect(bodies.allSatisfy { $0["single"] == .bool(true) })
        #expect(value["is_delegates_congress"] == .bool(false) && value["has_probationary"] == .bool(true))
        #expect(value["presidium"] == "Chủ tịch Đại hội" && value["secretariat"] == "Thư ký Đại hội")
        #expect(value["card_phrase"] == "giơ thẻ đảng viên" && value["official_noun"] == "đảng viên chính thức")
        #expect(value["has_elections"] == .bool(false) && value["adoption"] == .bool(false))
        #expect(value["one_session"] == .bool(true) && value["header"]?["place_date"] == "Thái Bình, ngày 05 tháng 4 năm 2025")
        #expect(value["regulation"] == "Quyết định số 190-QĐ/TW ngày 10/10/2024")
    }

    /// The rules cite the vote marked `working_rules: true`: 15 in favour of the 16 voters present (19 summoned, one
    /// absent, two probationary without a vote), 93,75 %, dated the day of its session.
    @Test func theAdoptingVoteWithItsShareOfTheVotersPresent() throws {
        var c = Fixtures.chiBo()
        var vote = Motion(subject: "Thông qua quy chế làm việc", session: .official, inFavour: 15, against: 1)
        vote.adoptsWorkingRules = true
        c.motions.append(vote)
        let adoption = try #require(WorkingRulesViewModel(c).templateValue["adoption"])
        #expect(adoption["date"] == "ngày 05 tháng 4 năm 2025")
        #expect(adoption["vote"]?["for"] == "15" && adoption["vote"]?["voters"] == "16")
        #expect(adoption["vote"]?["for_percent"] == "93,75%")
    }

    /// The threshold and its exclusions are the thể lệ bầu cử's own words; the secret ballot names the congress's
    /// elections, the first meeting's apart.
    @Test func theVotingRulesAreTheElectionRulesOwn() throws {
        let c = FirstMeetingPapersTests.congress()
        let rules = WorkingRulesViewModel(c).templateValue
        let electionRules = ElectionRulesViewModel(c).templateValue
        #expect(rules["threshold_lead_in"] == electionRules["threshold_lead_in"])
        #expect(rules["base_exclusions"] == electionRules["base_exclusions"])
        #expect(rules["threshold_lead_in"] == .string("Người trúng cử phải được số phiếu bầu quá một nửa (không tính bằng một nửa) so với tổng số đảng viên chính thức được triệu tập, trừ số:"))
        let term = FirstMeetingPapersTests.term
        #expect(rules["elections"] == .string("Ban Chấp hành Đảng bộ xã Tân Lễ nhiệm kỳ \(term)"))
        #expect(rules["first_meeting"]?["elections"] == .string("Ban Thường vụ Đảng ủy xã Tân Lễ nhiệm kỳ \(term) và Bí thư Đảng ủy xã Tân Lễ nhiệm kỳ \(term)"))
        // The Ban Kiểm phiếu of one person is named by its label, as every paper does.
        #expect(try #require(rules["bodies"]?.elements).map { $0["label"] } == ["Chủ tịch Đại hội", "Thư ký Đại hội", "Ban Kiểm phiếu"].map(TemplateValue.string))
    }
}
