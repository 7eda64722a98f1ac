import Check
import CongressModel
import Derive
import Diagnostics
import Elections
import Foundation
import Load
import Tally
import Template
import Testing
import Vietnamese

/// Election edge cases worked out by hand on the chi bộ sample (Samples/chi-bo-khu-pho-3), its `elections:` replaced.
///
/// The sample summons 19 members: 17 official, 2 probationary (vy, quan: no vote, not in the base; Điều lệ Đảng
/// Điều 3). son is absent with leave, toan is exempt and absent. The threshold base (QĐ 190-QĐ/TW Điều 30) is the
/// official members summoned, 17, less the exclusions the file states; with both the sample's exclusions (1 exempt
/// absent, 1 absent with leave) it is 15, so "quá một nửa" needs 8 (7,5 is half). Present and entitled to vote:
/// 17 present − 2 probationary = 15, so at most 15 ballots are issued.
///
/// Names, collated by given name (vần A, B, C): Đức (duc) < Hòa (hoa) < Lan (lan) < Thắng (thang) — "Đức" sorts
/// under đ, after d and before h.
struct ElectionEdgeCaseTests {
    static let sample = (try? String(contentsOf: Repository.samples.appendingPathComponent("chi-bo-khu-pho-3/congress.yaml"),
                                     encoding: .utf8)) ?? ""
    static let bothExclusions = "[{reason: mien-sinh-hoat-vang-mat, count: 1}, {reason: vang-mat-co-ly-do, count: 1}]"

    /// The sample with its elections replaced by `elections` (YAML list items) and optional settings; it must load
    /// and check without an error.
    static func congress(_ elections: String, settings: String = "", delegation: String = "") throws -> Congress {
        let start = try #require(sample.range(of: "elections:\n  - id: chi-uy"))
        let end = try #require(sample.range(of: "# Báo cáo tổng kết nhiệm kỳ"))
        var text = sample.replacingCharacters(in: start.lowerBound..<end.lowerBound,
                                              with: "elections:\n" + elections + "\n" + settings + delegation + "\n")
        text = text.replacingOccurrences(of: "        elections: [chi-uy, bi-thu]\n", with: "")
        let file = Repository.samples.appendingPathComponent("chi-bo-khu-pho-3/congress.yaml").path
        let loaded = CongressLoader().load(text: text, file: file)
        let congress = try #require(loaded.congress, "\(loaded.diagnostics.map { "\($0.location?.description ?? "") \($0.code) \($0.message.text(in: .en))" })")
        let errors = CongressChecker().check(congress).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { "\($0.location?.description ?? "") \($0.code) \($0.message.text(in: .en))" })")
        return congress
    }

    /// A chi ủy election of `seats` among hoa, thang, lan, duc with the given rounds.
    static func chiUy(seats: Int = 3, exclusions: String = bothExclusions, rounds: [String], base: Int? = nil) -> String {
        """
          - id: chi-uy
            body: chi-uy
            seats: \(seats)
            candidates: [hoa, thang, lan, duc]
            exclusions: \(exclusions)
        \(base.map { "    base: \($0)\n" } ?? "")    rounds:
        \(rounds.map { "      - \($0)" }.joined(separator: "\n"))
        """
    }

    static func round(_ votes: String, issued: Int = 15, valid: Int? = nil) -> String {
        let valid = valid ?? issued
        return "{issued: \(issued), collected: \(issued), valid: \(valid), invalid: \(issued - valid), votes: {\(votes)}}"
    }

    static func outcome(_ congress: Congress, _ id: String = "chi-uy") throws -> ElectionOutcome {
        try #require(ElectionList(congress).entries.first { $0.election.id == id }).outcome
    }

    static func elected(_ outcome: ElectionOutcome) -> [String] { outcome.elected.map(\.person.rawValue) }

    /// The vote-count minutes' sheets, by election body and round, as the template reads them.
    static func sheets(_ congress: Congress) -> [TemplateValue] {
        VoteCountViewModel(congress).templateValue["sheets"]?.listValue ?? []
    }

    // MARK: The threshold (QĐ 190-QĐ/TW Điều 30: "quá một nửa")

    /// Base 16 (17 official − 1 exempt absent): half is 8, so 8 votes are NOT elected, 9 are.
    /// hoa 15 > 8 ✓, thang 9 > 8 ✓, lan 8 = 8 ✗, duc 8 ✗ → 2 elected, 1 place open.
    @Test func exactlyHalfOfTheBaseIsNotElected() throws {
        let c = try Self.congress(Self.chiUy(exclusions: "[{reason: mien-sinh-hoat-vang-mat, count: 1}]",
                                             rounds: [Self.round("hoa: 15, thang: 9, lan: 8, duc: 8")]))
        let o = try Self.outcome(c)
        #expect(o.base.value == 16)
        #expect(Self.elected(o) == ["hoa", "thang"])
        #expect(o.rounds[0].result.next == .tooFewElected(seats: 1))
        #expect(!o.isComplete)
        #expect(ElectionRules.minimumVotesToPass(base: 16) == 9)
    }

    /// Base 15: half is 7,5, so 8 votes pass and 7 do not. hoa 15, thang 8 ✓; lan 7, duc 7 ✗.
    @Test func halfPlusOnePasses() throws {
        let c = try Self.congress(Self.chiUy(rounds: [Self.round("hoa: 15, thang: 8, lan: 7, duc: 7")]))
        let o = try Self.outcome(c)
        #expect(o.base.value == 15)
        #expect(Self.elected(o) == ["hoa", "thang"])
        #expect(ElectionRules.minimumVotesToPass(base: 15) == 8)
    }

    /// The base is the official members summoned less the exclusions, never the valid ballots: 12 valid ballots
    /// of 15 (3 invalid) leave the base at 15, so hoa's 8 (8/15 = 53,33 %) passes and lan's 7 fails, although 7 is
    /// more than half of the 12 valid ballots.
    @Test func invalidBallotsDoNotLowerTheBase() throws {
        let c = try Self.congress(Self.chiUy(rounds: [Self.round("hoa: 12, thang: 8, lan: 7, duc: 3", valid: 12)]))
        let o = try Self.outcome(c)
        #expect(o.base.value == 15)
        #expect(Self.elected(o) == ["hoa", "thang"])
        let sheet = try #require(Self.sheets(c).first)
        #expect(sheet["base"]?.stringValue == "15")
        let rows = sheet["rows"]?.listValue ?? []
        // Ballot order Đức, Hòa, Lan, Thắng; thang 8/15 = 53,333… → 53,33 %.
        #expect(rows.map { $0["name"]?.stringValue ?? "" } == ["Vũ Minh Đức", "Trần Thị Hòa", "Phạm Thị Lan", "Nguyễn Văn Thắng"])
        #expect(rows.last?["percent"]?.stringValue == "53,33%")
    }

    /// The base as the settings and data state it: with no exclusions it is the 17 official members (the two
    /// probationary members are summoned but never counted), so 9 are needed (8,5 is half) — thang's 9 passes,
    /// lan's 8 fails; a declared `base: 13` (the congress's own count) needs 7 — lan's 8 then passes.
    @Test func theBaseCountsOfficialMembersOrTheDeclaredBase() throws {
        let votes = "hoa: 13, thang: 9, lan: 8, duc: 2"
        let summoned = try Self.outcome(Self.congress(Self.chiUy(exclusions: "[]", rounds: [Self.round(votes)])))
        #expect(summoned.base.value == 17)
        #expect(Self.elected(summoned) == ["hoa", "thang"])
        let declared = try Self.outcome(Self.congress(Self.chiUy(exclusions: "[]", rounds: [Self.round(votes)], base: 13)))
        #expect(declared.base.value == 13)
        #expect(Self.elected(declared) == ["hoa", "thang", "lan"])
    }

    // MARK: More, fewer or no one passing

    /// All four pass (base 15, all > 7,5) for 3 places: the 3 with the most votes, from high to low.
    @Test func morePassingThanSeatsTakesTheHighest() throws {
        let o = try Self.outcome(Self.congress(Self.chiUy(rounds: [Self.round("hoa: 9, thang: 13, lan: 11, duc: 12")])))
        #expect(Self.elected(o) == ["thang", "duc", "lan"])
        #expect(o.elected.map(\.votes) == [13, 12, 11])
        #expect(o.isComplete)
    }

    /// Nobody reaches 8 of 15: nobody is elected, the 3 places stay open; the minutes say so.
    @Test func nobodyPassing() throws {
        let c = try Self.congress(Self.chiUy(rounds: [Self.round("hoa: 7, thang: 7, lan: 7, duc: 7")]))
        let o = try Self.outcome(c)
        #expect(o.elected.isEmpty)
        #expect(o.rounds[0].result.next == .tooFewElected(seats: 3))
        let next = try #require(Self.sheets(c).first?["next"])
        #expect(next["sentence"]?.stringValue == "Số người trúng cử chưa đủ số lượng, còn thiếu 3 đồng chí; Đại hội xem xét, quyết định bầu tiếp.")
    }

    /// Round 1: hoa 15, thang 12 pass; lan 7, duc 6 do not → 1 place open. Without a further round the place
    /// stays open (the congress decided to stop); with one among lan and duc for 1 place, lan's 10 of 15 passes.
    @Test func fewerPassingThanSeatsLeavesThePlaceOrVotesAgain() throws {
        let first = Self.round("hoa: 15, thang: 12, lan: 7, duc: 6")
        let stopped = try Self.outcome(Self.congress(Self.chiUy(rounds: [first])))
        #expect(Self.elected(stopped) == ["hoa", "thang"])
        #expect(!stopped.isComplete)
        let again = try Self.outcome(Self.congress(Self.chiUy(rounds: [first, Self.round("lan: 10, duc: 5")])))
        #expect(Self.elected(again) == ["hoa", "thang", "lan"])
        #expect(again.elected.map(\.round) == [1, 1, 2])
        #expect(again.rounds[1].round.seats == 1)
        #expect(again.isComplete)
    }

    // MARK: A tie at the last place (election_tie_rule; DOMAIN.md §3, UNCONFIRMED, default further-round)

    /// hoa 13 and thang 11 are elected (44 votes of at most 15 × 3); lan and duc tie at 10 (both > 7,5) for the 1 place left. Named in ballot
    /// order (Đức before Lan), whatever order the file writes the votes in.
    @Test func aTieAtTheLastPlaceGoesToAFurtherRound() throws {
        let c = try Self.congress(Self.chiUy(rounds: [Self.round("lan: 10, hoa: 13, duc: 10, thang: 11")]))
        let o = try Self.outcome(c)
        #expect(Self.elected(o) == ["hoa", "thang"])
        #expect(o.rounds[0].result.tiedAtCutoff.map(\.candidate) == ["duc", "lan"])
        #expect(o.rounds[0].result.next == .furtherRoundAmongTied(seats: 1))
        let next = try #require(Self.sheets(c).first?["next"])
        #expect(next["sentence"]?.stringValue == "Các đồng chí Vũ Minh Đức, Phạm Thị Lan có số phiếu bằng nhau (10 phiếu) tại vị trí cuối; "
            + "Đại hội bầu tiếp trong số các đồng chí này để chọn 1 đồng chí.")
        // The further round among the tied: lan 9, duc 6 of 15 → lan.
        let settled = try Self.outcome(Self.congress(Self.chiUy(rounds: [Self.round("lan: 10, hoa: 13, duc: 10, thang: 11"),
                                                                        Self.round("lan: 9, duc: 6")])))
        #expect(Self.elected(settled) == ["hoa", "thang", "lan"])
    }

    /// The same tie with `election_tie_rule: congress-decides`: neither tied candidate is elected and the minutes
    /// say the congress decides how the 1 place is filled.
    @Test func aTieWhenTheCongressDecides() throws {
        let c = try Self.congress(Self.chiUy(rounds: [Self.round("lan: 10, hoa: 13, duc: 10, thang: 11")]),
                                  settings: "settings: {election_tie_rule: congress-decides}\n")
        let o = try Self.outcome(c)
        #expect(Self.elected(o) == ["hoa", "thang"])
        #expect(o.rounds[0].result.next == .congressDecidesAmongTied(seats: 1))
        let next = try #require(Self.sheets(c).first?["next"])
        #expect(next["congress_decides"]?.boolValue == true)
        #expect(next["sentence"]?.stringValue == "Các đồng chí Vũ Minh Đức, Phạm Thị Lan có số phiếu bằng nhau (10 phiếu) tại vị trí cuối, "
            + "nhiều hơn số lượng còn lại (1 đồng chí), nên chưa đồng chí nào trong số này trúng cử; Đại hội xem xét, quyết định việc bầu 1 đồng chí còn thiếu.")
    }

    /// Equal votes among the elected (no tie at the cut): both elected, listed in ballot order — hoa 12 and
    /// thang 12 written thang first; then lan 9; duc 4 is 4th.
    @Test func equalVotesAmongTheElectedKeepBallotOrder() throws {
        let o = try Self.outcome(Self.congress(Self.chiUy(rounds: [Self.round("thang: 12, duc: 4, hoa: 12, lan: 9")])))
        #expect(Self.elected(o) == ["hoa", "thang", "lan"])
    }

    // MARK: Bí thư, Phó Bí thư, lists without surplus, zero votes

    /// A single-name list voted đồng ý / không đồng ý (no surplus): 8 "đồng ý" of base 15 elects, 7 does not.
    /// The ballot has boxes, not names to strike.
    @Test func aListWithoutSurplus() throws {
        func biThu(_ votes: Int) -> String {
            "  - {id: bi-thu, body: bi-thu, seats: 1, candidates: [hoa], exclusions: \(Self.bothExclusions), rounds: [\(Self.round("hoa: \(votes)"))]}"
        }
        let c = try Self.congress(biThu(8))
        #expect(Self.elected(try Self.outcome(c, "bi-thu")) == ["hoa"])
        #expect(Self.elected(try Self.outcome(Self.congress(biThu(7)), "bi-thu")).isEmpty)
        let ballot = try #require(BallotsViewModel(c).templateValue["sheets"]?.listValue?.first?["ballots"]?.listValue?.first)
        #expect(ballot["with_surplus"]?.boolValue == false)
    }

    /// Bí thư with two names for one place: hoa 8, thang 7 of base 15 → hoa; the ballot strikes names.
    @Test func aSingleSeatSecretaryBetweenTwo() throws {
        let c = try Self.congress(
            "  - {id: bi-thu, body: bi-thu, seats: 1, candidates: [hoa, thang], exclusions: \(Self.bothExclusions), rounds: [\(Self.round("hoa: 8, thang: 7"))]}")
        let o = try Self.outcome(c, "bi-thu")
        #expect(Self.elected(o) == ["hoa"])
        #expect(o.elected.first?.votes == 8)
        let ballot = try #require(BallotsViewModel(c).templateValue["sheets"]?.listValue?.first?["ballots"]?.listValue?.first)
        #expect(ballot["with_surplus"]?.boolValue == true)
    }

    /// Phó Bí thư after the chi ủy: thang 14 of 15 → elected; a zero-vote candidate is listed with 0 and 0,00 %.
    /// (Both elections at the congress of a chi bộ, settings.chi_bo_congress_elects_secretary default.)
    @Test func aDeputySecretaryAndZeroVotes() throws {
        let c = try Self.congress(Self.chiUy(rounds: [Self.round("hoa: 15, thang: 14, lan: 12, duc: 0")])
            + "\n  - {id: pho-bi-thu, body: pho-bi-thu, seats: 1, candidates: [thang], exclusions: \(Self.bothExclusions), rounds: [\(Self.round("thang: 14"))]}")
        #expect(Self.elected(try Self.outcome(c)) == ["hoa", "thang", "lan"])
        #expect(Self.elected(try Self.outcome(c, "pho-bi-thu")) == ["thang"])
        let rows = Self.sheets(c).first?["rows"]?.listValue ?? []
        let duc = try #require(rows.first { $0["name"]?.stringValue == "Vũ Minh Đức" })
        #expect(duc["votes"]?.stringValue == "0")
        #expect(duc["percent"]?.stringValue == "0,00%")
    }

    /// Bí thư elected by the new chi ủy's first meeting (`chi_bo_congress_elects_secretary: false`): the base is the
    /// 3 members the congress elected (hoa, thang, lan), not the 15 of the congress, so 2 of 3 votes elect (1,5 is
    /// half) and 1 does not; the exclusions of the congress do not apply.
    @Test func aSecretaryElectedByTheFirstMeetingCountsTheCommittee() throws {
        let committee = Self.chiUy(rounds: [Self.round("hoa: 15, thang: 14, lan: 12, duc: 4")])
        func biThu(_ votes: Int) -> String {
            committee + "\n  - {id: bi-thu, body: bi-thu, seats: 1, candidates: [hoa], rounds: [{issued: 3, collected: 3, valid: 3, invalid: 0, votes: {hoa: \(votes)}}]}"
        }
        let settings = "settings: {chi_bo_congress_elects_secretary: false}\nfirst_meeting: {vote_counting: [lan]}\n"
        let elected = try Self.outcome(Self.congress(biThu(2), settings: settings), "bi-thu")
        #expect(elected.base.value == 3)
        #expect(Self.elected(elected) == ["hoa"])
        #expect(Self.elected(try Self.outcome(Self.congress(biThu(1), settings: settings), "bi-thu")).isEmpty)
    }

    /// Delegates to the upper congress, 2 official then 1 alternate (dự khuyết), each list by votes from high to
    /// low. With 2 places a surplus is at most 30 % of 2 = 0,6: no extra name (Điều 14), so the official list is
    /// voted đồng ý / không đồng ý: lan 13, hoa 11 (both > 7,5) → lan, hoa. The alternate: thang 12 → thang.
    @Test func officialThenAlternateDelegates() throws {
        let c = try Self.congress("""
              - {id: dbct, body: dai-bieu-cap-tren, seats: 2, candidates: [hoa, lan], exclusions: \(Self.bothExclusions), rounds: [\(Self.round("hoa: 11, lan: 13"))]}
              - {id: dbdk, body: dai-bieu-du-khuyet, seats: 1, candidates: [thang], exclusions: \(Self.bothExclusions), rounds: [\(Self.round("thang: 12"))]}
            """, delegation: "delegation: {official: 2, alternate: 1}\n")
        #expect(Self.elected(try Self.outcome(c, "dbct")) == ["lan", "hoa"])
        #expect(try Self.outcome(c, "dbct").elected.map(\.votes) == [13, 11])
        #expect(Self.elected(try Self.outcome(c, "dbdk")) == ["thang"])
        // Official first, then the alternate, in the list every paper reads.
        #expect(ElectionList(c).entries.map(\.election.id) == ["dbct", "dbdk"])
    }
}

private extension TemplateValue {
    subscript(_ key: String) -> TemplateValue? { if case let .object(object) = self { object[key] } else { nil } }
    var listValue: [TemplateValue]? { if case let .list(items) = self { items } else { nil } }
    var stringValue: String? { if case let .string(text) = self { text } else { nil } }
    var boolValue: Bool? { if case let .bool(flag) = self { flag } else { nil } }
}
