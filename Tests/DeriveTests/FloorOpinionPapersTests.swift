import CongressModel
import Derive
import Elections
import Template
import Testing

/// The opinion on the nominees from the floor and on those withdrawing (Hướng dẫn 04-HD/TW, Phụ lục 2, Mẫu 5), and
/// a motion voted by secret ballot: every figure of their papers recomputed by hand on the chi bộ fixture, whose
/// voters present are 16 (19 summoned, 1 absent, 2 probationary) and whose base is 16 (17 official, 1 exempt absent).
struct FloorOpinionPapersTests {
    /// The fixture's chi ủy election (ElectionDeriveTests) with an opinion: Hoàng Văn Hải (p10) nominated from the
    /// floor with 5 of 16 agreeing, Nguyễn Thị Hạnh (p11) asking to withdraw with 9 of 16.
    static func congress() -> Congress {
        var c = ElectionDeriveTests.congress()
        c.elections[0].floorOpinion = FloorOpinion(
            ballots: BallotCounts(issued: 16, collected: 16, valid: 15, invalid: 1),
            nominated: [PersonOpinion(person: PersonID("p10"), agree: 5)],
            withdrawing: [PersonOpinion(person: PersonID("p11"), agree: 9)])
        return c
    }

    @Test func theCountsFiguresByHand() throws {
        let sheet = try #require(OpinionCountViewModel(Self.congress()).templateValue["sheets"]?[0])
        #expect(sheet["voters"] == .string("16"))
        #expect(sheet["issued"] == .string("16"))
        #expect(sheet["valid"] == .string("15"))
        #expect(sheet["invalid"] == .string("1"))
        // More than 30 % of 16 (4,8): 5 ballots or more; more than half: 9 or more.
        #expect(sheet["nominee_minimum"] == .string("5"))
        #expect(sheet["withdrawal_minimum"] == .string("9"))
        let nominee = try #require(sheet["nominated"]?[0])
        #expect(nominee["name"] == .string("Hoàng Văn Hải"))
        #expect(nominee["agree"] == .string("5"))
        #expect(nominee["percent"] == .string("31,25%"))                    // 5 / 16
        #expect(nominee["decision"] == .string("Đưa vào danh sách"))
        let leaving = try #require(sheet["withdrawing"]?[0])
        #expect(leaving["name"] == .string("Nguyễn Thị Hạnh"))
        #expect(leaving["percent"] == .string("56,25%"))                    // 9 / 16
        #expect(leaving["decision"] == .string("Được rút"))
        #expect(sheet["entering"] == .string("Hoàng Văn Hải"))
        #expect(sheet["leaving"] == .string("Nguyễn Thị Hạnh"))
        // The congress's series: the opinion's count first, then the election's two rounds.
        #expect(sheet["header"]?["number"] == .string("01-BB/ĐH"))
        #expect(VoteCountViewModel(Self.congress()).templateValue["sheets"]?[0]?["header"]?["number"] == .string("02-BB/ĐH"))
    }

    /// 4 of 16 is 25 % (not more than 30 %); at `withdrawal_agree_percent: 60`, 9 of 16 (56,25 %) is refused and 10
    /// (62,5 %) are needed.
    @Test func theDecisionsFollowTheRuleAndTheSetting() throws {
        var c = Self.congress()
        c.elections[0].floorOpinion?.nominated[0].agree = 4
        c.settings.withdrawalAgreePercent = 60
        let sheet = try #require(OpinionCountViewModel(c).templateValue["sheets"]?[0])
        #expect(sheet["nominated"]?[0]?["decision"] == .string("Không đưa vào danh sách"))
        #expect(sheet["withdrawing"]?[0]?["decision"] == .string("Không được rút"))
        #expect(sheet["withdrawal_minimum"] == .string("10"))
        #expect(sheet["withdrawal_percent"] == .string("60"))
        #expect(sheet["any_entering"] == .bool(false))
    }

    /// The ballot lists each group in A, B, C order; the committee's proposal is the list before the floor: Hải
    /// (nominated from the floor) out, Hạnh (withdrew) in.
    @Test func theBallotAndTheCommitteesProposal() throws {
        let c = Self.congress()
        let sheet = try #require(OpinionBallotsViewModel(c).templateValue["sheets"]?[0])
        #expect(sheet["nominated"]?.elements.map { $0["name"] } == [.string("Hoàng Văn Hải")])
        #expect(sheet["withdrawing"]?.elements.map { $0["name"] } == [.string("Nguyễn Thị Hạnh")])
        #expect(c.elections[0].proposedByCommittee.map(\.rawValue) == ["p1", "p2", "p3", "p11"])
        #expect(!DocumentKind.opinionCount.applies(to: ElectionDeriveTests.congress()))
        #expect(DocumentKind.opinionCount.applies(to: c))
    }

    /// The congress minutes state the opinion under the election, with the figures and decisions of its count.
    @Test func theMinutesStateTheOpinion() throws {
        let election = try #require(MinutesViewModel(Self.congress()).templateValue["elections"]?[0])
        #expect(election["floor_opinion"] == .string("Trước khi biểu quyết danh sách bầu cử, Đại hội xin ý kiến bằng phiếu kín "
            + "(phát ra 16 phiếu, hợp lệ 15 phiếu; tỷ lệ so với 16 người có quyền biểu quyết có mặt): đồng chí Hoàng Văn Hải "
            + "(ứng cử, được đề cử tại Đại hội) được 5 phiếu đồng ý, đạt 31,25%, được đưa vào danh sách bầu cử; đồng chí Nguyễn "
            + "Thị Hạnh xin rút được 9 phiếu đồng ý cho rút, đạt 56,25%, được rút khỏi danh sách bầu cử."))
        #expect(MinutesViewModel(ElectionDeriveTests.congress()).templateValue["elections"]?[0]?["floor_opinion"] == .bool(false))
    }

    /// A motion voted by secret ballot: 9 for and 6 against on 15 valid ballots, base 17 − 1 = 16.
    static func secretCongress(inFavour: Int = 9) -> Congress {
        var c = ElectionDeriveTests.congress()
        var motion = Motion(subject: "Đại hội bầu trực tiếp Bí thư Chi bộ", session: .official, inFavour: inFavour, against: 6)
        motion.secret = BallotCounts(issued: 16, collected: 16, valid: 15, invalid: 1)
        motion.secretBaseExclusions = [BaseExclusion(reason: "mien-sinh-hoat-vang-mat", count: 1)]
        c.motions.append(motion)
        return c
    }

    @Test func aSecretVotesCountByHand() throws {
        let sheet = try #require(SecretVoteCountViewModel(Self.secretCongress()).templateValue["sheets"]?[0])
        #expect(sheet["summoned"] == .string("17"))
        #expect(sheet["base"] == .string("16"))
        #expect(sheet["for"] == .string("9"))
        #expect(sheet["for_percent"] == .string("56,25%"))     // 9 / 16
        #expect(sheet["against_percent"] == .string("37,50%")) // 6 / 16
        #expect(sheet["adopted"] == .bool(true))
        // After the election's two vote-count minutes.
        #expect(sheet["header"]?["number"] == .string("03-BB/ĐH"))
        let half = try #require(SecretVoteCountViewModel(Self.secretCongress(inFavour: 8)).templateValue["sheets"]?[0])
        #expect(half["for_percent"] == .string("50,00%"))
        #expect(half["adopted"] == .bool(false))               // exactly half is not more than half
    }

    /// The minutes state the secret vote after the show-of-hands table, not in it.
    @Test func theMinutesStateTheSecretVote() throws {
        let minutes = MinutesViewModel(Self.secretCongress()).templateValue
        #expect(minutes["motions"]?.elements.count == 1)       // the fixture's show-of-hands vote only
        let secret = try #require(minutes["secret_motions"]?[0])
        #expect(secret["for_percent"] == .string("56,25%"))
        #expect(secret["adopted"] == .bool(true))
    }
}
