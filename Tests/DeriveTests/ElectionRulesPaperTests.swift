import CongressModel
import Derive
import Elections
import Tally
import Template
import Testing

/// Thể lệ bầu cử: each rule worded from the value the count uses, so changing a setting changes the paper's
/// sentence and the computation alike.
struct ElectionRulesPaperTests {
    /// The chi bộ fixture's chi ủy election: 3 places, 4 candidates, base 17 − 1 = 16 (ElectionDeriveTests).
    static func congress() -> Congress { ElectionDeriveTests.congress() }

    @Test func eachElectionsFiguresRecomputedByHand() {
        let value = ElectionRulesViewModel(Self.congress()).templateValue
        let election = value["elections"]?[0]
        #expect(value["elections"]?.elements.count == 1)
        #expect(election?["seats"] == .string("3"))
        #expect(election?["candidates"] == .string("4"))
        #expect(election?["surplus"] == .string("1"))
        #expect(election?["surplus_percent"] == .string("33,33%"))   // 1 of 3 places
        #expect(election?["base"] == .string("16"))                  // 17 official summoned − 1 exempt absent
        #expect(election?["minimum_votes"] == .string("9"))          // more than half of 16: 9
        #expect(election?["with_surplus"] == .bool(true))
        #expect(value["strike_names"] == .bool(true))
        #expect(value["approval_boxes"] == .bool(false))
        #expect(value["voter_noun"] == .string("đảng viên chính thức"))
        #expect(value["invalid_reasons"]?.elements.count == InvalidBallotReason.allCases.count)
        // The base's exclusions are the rule's own words for a đại hội đảng viên, the last ending the list.
        let exclusions = value["base_exclusions"]?.elements ?? []
        #expect(exclusions.count == BaseExclusionReason.standard(for: .dangVien).count)
        #expect(exclusions.last == .string("Đảng viên chính thức vắng mặt suốt thời gian đại hội có lý do chính đáng được cấp ủy triệu tập đại hội đồng ý."))
    }

    /// A tie at the cutoff: the sentence follows `election_tie_rule`, and so does the count.
    @Test func theTieSentenceChangesWithTheSettingAsTheCountDoes() {
        var c = Self.congress()
        // 3 places, base 16: p1 16 votes; p2, p3, p10 tie at 12 for the last two places.
        let tied = ElectionRound(seats: 3, ballots: BallotCounts(issued: 16, collected: 16, valid: 16, invalid: 0),
                                 candidates: [CandidateVotes(candidate: "p1", votes: 16), CandidateVotes(candidate: "p2", votes: 12),
                                              CandidateVotes(candidate: "p3", votes: 12), CandidateVotes(candidate: "p10", votes: 12)])
        let base = ThresholdBase(summoned: 16)
        let further = ElectionRulesViewModel(c).templateValue["tie_sentence"]
        #expect(further == .string(
            "Nếu ở vị trí cuối cùng có nhiều người được số phiếu bằng nhau, vượt số lượng cần bầu, thì Đại hội bầu tiếp trong số những người bằng phiếu nhau để chọn người có số phiếu cao hơn, vừa đủ số lượng."))
        #expect(ElectionRules.count(tied, base: base, settings: c.electionSettings).next == .furtherRoundAmongTied(seats: 2))
        c.settings.electionTieRule = "congress-decides"
        let decides = ElectionRulesViewModel(c).templateValue["tie_sentence"]
        #expect(decides != further)
        #expect(decides == .string(
            "Nếu ở vị trí cuối cùng có nhiều người được số phiếu bằng nhau, vượt số lượng cần bầu, thì chưa ai trong số họ trúng cử; Chủ tịch Đại hội xin ý kiến Đại hội quyết định cách bầu số lượng còn lại."),
            "the fixture's one chair is the Chủ tịch Đại hội (WorkingBody.label)")
        c.bodies.presidium = ["p1", "p2", "p3"].map(PersonID.init)
        #expect(ElectionRulesViewModel(c).templateValue["tie_sentence"] == .string(
            "Nếu ở vị trí cuối cùng có nhiều người được số phiếu bằng nhau, vượt số lượng cần bầu, thì chưa ai trong số họ trúng cử; Đoàn Chủ tịch xin ý kiến Đại hội quyết định cách bầu số lượng còn lại."))
        let result = ElectionRules.count(tied, base: base, settings: c.electionSettings)
        #expect(result.next == .congressDecidesAmongTied(seats: 2))
        #expect(result.elected.map(\.candidate) == ["p1"], "none of the tied is elected, as the sentence says")
    }

    /// The surplus sentence states `maximum_surplus_percent`, the bound `SurplusAssessment` judges the list with.
    @Test func theSurplusSentenceStatesTheBoundTheCheckUses() {
        var c = Self.congress()
        let sentence = { (c: Congress) in ElectionRulesViewModel(c).templateValue["surplus_sentence"] }
        #expect(sentence(c) == .string("Danh sách bầu cử có số dư không quá 30% so với số lượng cần bầu; khi số lượng cần bầu từ 3 đến 5 người thì số dư không quá 1 người."))
        // 10 places: 13 candidates (30 %) pass at 30 % and fail at 20 %; 12 (20 %) pass at 20 %.
        #expect(SurplusAssessment(seats: 10, candidates: 13).verdict(c.electionSettings) != .aboveMaximum)
        c.settings.maximumSurplusPercent = 20
        #expect(sentence(c) == .string("Danh sách bầu cử có số dư không quá 20% so với số lượng cần bầu; khi số lượng cần bầu từ 3 đến 5 người thì số dư không quá 1 người."))
        #expect(SurplusAssessment(seats: 10, candidates: 13).verdict(c.electionSettings) == .aboveMaximum)
        #expect(SurplusAssessment(seats: 10, candidates: 12).verdict(c.electionSettings) != .aboveMaximum)
        // A list of 3 to 5 places: one more candidate, whatever its share (4 of 3 is 33 %), two is too many.
        #expect(SurplusAssessment(seats: 3, candidates: 4).verdict(c.electionSettings) == .prepared)
        #expect(SurplusAssessment(seats: 3, candidates: 5).verdict(c.electionSettings) == .smallCommitteeOverOne)
    }

    /// The lowest passing count printed for each election passes the count's threshold; one vote less does not.
    @Test func theMinimumPrintedIsTheThresholdTheCountApplies() {
        var c = Self.congress()
        for summoned in [1, 2, 15, 16, 17, 100] {
            c.elections[0].declaredBase = summoned
            c.elections[0].baseExclusions = []
            let printed = ElectionRulesViewModel(c).templateValue["elections"]?[0]?["minimum_votes"]
            let minimum = try? #require(ElectionRules.minimumVotesToPass(base: summoned))
            #expect(printed == .string(String(minimum ?? -1)))
            #expect(ElectionRules.passesThreshold(votes: minimum ?? 0, base: summoned))
            #expect(!ElectionRules.passesThreshold(votes: (minimum ?? 0) - 1, base: summoned))
        }
        c.elections[0].declaredBase = 0
        #expect(ElectionRulesViewModel(c).templateValue["elections"]?[0]?["has_minimum"] == .bool(false))
    }

    /// A list without surplus (one name for the secretary) is voted with boxes: the paper explains the boxes and
    /// leaves out "no name kept", which only a list with surplus can have; the ballots use the same form.
    @Test func aListWithoutSurplusIsVotedWithBoxes() {
        var c = Self.congress()
        c.elections = [Election(id: "bi-thu", body: .biThu, seats: 1, candidates: [PersonID("p1")])]
        let value = ElectionRulesViewModel(c).templateValue
        #expect(value["strike_names"] == .bool(false))
        #expect(value["approval_boxes"] == .bool(true))
        #expect(value["invalid_reasons"]?.elements.count == InvalidBallotReason.allCases.count - 1)
        let reasons = value["invalid_reasons"]?.elements ?? []
        let noNameKept = TemplateValue.string("Phiếu gạch tên tất cả những người trong danh sách có số dư (không bầu ai).")
        #expect(reasons.firstIndex(of: noNameKept) == nil)
        #expect(ElectionRulesViewModel(Self.congress()).templateValue["invalid_reasons"]?.elements.firstIndex(of: noNameKept) == 2)
        #expect(BallotsViewModel(c).templateValue["sheets"]?[0]?["ballots"]?[0]?["with_surplus"] == .bool(false))
    }

    @Test func aDelegatesCongressCountsOfficialDelegates() {
        var c = Self.congress()
        c.details.kind = .daiBieu
        let value = ElectionRulesViewModel(c).templateValue
        #expect(value["voter_noun"] == .string("đại biểu chính thức"))
        #expect(value["is_members_congress"] == .bool(false))
        #expect(value["base_exclusions"]?.elements == [
            .string("Cấp ủy viên cấp triệu tập đại hội vắng mặt suốt thời gian đại hội;"),
            .string("Đại biểu chính thức vắng mặt suốt thời gian đại hội không có đại biểu dự khuyết thay thế."),
        ])
    }
}
