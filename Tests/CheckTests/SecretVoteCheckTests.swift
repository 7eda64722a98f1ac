import Check
import Diagnostics
import Load
import Testing

/// The opinion on an election's nominees from the floor and on those withdrawing (`floor_opinion`), and motions voted
/// by secret ballot (`motions[].secret`): their ballots judged as a round's (DH440–DH443), the opinion against the
/// list (DH444–DH446), each at the figure it refuses. The base congress of `CheckRuleTests` has 5 voters present (Lan
/// is probationary): more than 30 % is 2 ballots or more, more than half 3 or more.
struct SecretVoteCheckTests {
    private func check(_ yaml: String) throws -> [String] {
        let loaded = CongressLoader().load(text: yaml, file: "congress.yaml")
        let congress = try #require(loaded.congress, "\(loaded.diagnostics)")
        let found = CongressChecker().check(congress).filter { $0.code.hasPrefix("DH44") }.map {
            "\($0.code) \($0.severity.rawValue) \($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.message.text(in: .en))"
        }
        return found
    }

    /// The election starts at line 24; `floor_opinion:` at line 29, its figures on lines 30–33, the people on line 34.
    private func congress(candidates: String = "hoa, nam, an, hai", opinion: String) -> String {
        CheckRuleTests.base + """

        elections:
          - id: e
            body: chi-uy
            seats: 3
            candidates: [\(candidates)]
            floor_opinion:
        \(opinion)
            rounds:
              - {issued: 5, collected: 5, valid: 5, invalid: 0, votes: {hoa: 4, nam: 4, an: 4, hai: 3}}
        """
    }

    @Test func theBallotsMustAddUp() throws {
        let yaml = congress(opinion: """
              issued: 6
              collected: 7
              valid: 5
              invalid: 1
              nominated: {hai: 8}
        """)
        #expect(try check(yaml) == [
            "DH443 error 30:15 the opinion ballot on the list of election 'e': 6 ballots issued, more than the 5 voters present",
            "DH440 error 31:18 the opinion ballot on the list of election 'e': 7 ballots collected, more than the 6 issued",
            "DH441 error 32:14 the opinion ballot on the list of election 'e': valid 5 + invalid 1 = 6, not the 7 collected",
            "DH442 error 34:24 the opinion ballot on the list of election 'e': 'hai' has 8 ballots, more than the 5 valid ones — only valid ballots count, each once",
        ])
    }

    private func opinion(_ people: String) -> String {
        """
              issued: 5
              collected: 5
              valid: 5
              invalid: 0
        \(people)
        """
    }

    /// Hải got 1 ballot of 5 (20 %): not on the list, yet he is on it; Bình got 2 (40 %): on the list, yet not on it
    /// (a warning: the congress still votes the list).
    @Test func aNomineeFollowsMoreThanThirtyPercent() throws {
        #expect(try check(congress(opinion: opinion("      nominated: {hai: 1}"))) == [
            "DH445 error 34:24 election 'e': 'hai' has only 1 ballots agreeing (at least 2 needed, more than 30% of those present: QĐ 190-QĐ/TW art. 14.3), so does not enter the list, but is on 'candidates'",
        ])
        #expect(try check(congress(opinion: opinion("      nominated: {binh: 2}"))) == [
            "DH445 warning 34:25 election 'e': 'binh' has 2 ballots agreeing (at least 2 needed, more than 30% of those present: QĐ 190-QĐ/TW art. 14.3), so enters the list, but is not on 'candidates'",
        ])
        #expect(try check(congress(opinion: opinion("      nominated: {hai: 2}"))).isEmpty)
    }

    /// Hòa got 3 of 5 agreeing to her withdrawal (60 %, more than half): she must be off the list; Bình only 2 (40 %),
    /// so he stays on a list he is not on.
    @Test func aWithdrawalFollowsTheSetting() throws {
        #expect(try check(congress(opinion: opinion("      withdrawing: {hoa: 3}"))) == [
            "DH446 error 34:26 election 'e': 'hoa' has 3 ballots agreeing to the withdrawal (at least 3 needed, setting withdrawal_agree_percent), so withdraws, but is still on 'candidates'",
        ])
        #expect(try check(congress(opinion: opinion("      withdrawing: {binh: 2}"))) == [
            "DH446 error 34:27 election 'e': 'binh' has only 2 ballots agreeing to the withdrawal (at least 3 needed, setting withdrawal_agree_percent), so stays, but is not on 'candidates'",
        ])
        #expect(try check(congress(candidates: "nam, an, hai, binh", opinion: opinion("      withdrawing: {hoa: 3}"))).isEmpty)
        // At 60 % (more than 3 of 5 needed), 3 ballots no longer let Hòa withdraw: she stays on the list.
        let stricter = congress(opinion: opinion("      withdrawing: {hoa: 3}")) + "\nsettings: {withdrawal_agree_percent: 60}"
        #expect(try check(stricter).isEmpty)
    }

    @Test func onePersonAskedAboutOnce() throws {
        #expect(try check(congress(opinion: opinion("      nominated: {hai: 3}\n      withdrawing: {hai: 1}"))) == [
            "DH444 error 34:24 election 'e': 'hai' is asked about twice (nominated and withdrawing, or two lines) — one line per person",
        ])
    }

    /// A person the file does not know, asked about: the loader's unknown-person error (DH112) at the id, as for votes.
    @Test func anUnknownPersonIsRefusedAtItsId() throws {
        let loaded = CongressLoader().load(text: congress(opinion: opinion("      nominated: {hung: 2}")), file: "congress.yaml")
        let found = loaded.diagnostics.filter { $0.code == "DH112" }
        #expect(found.map { "\($0.location.map { "\($0.line):\($0.column)" } ?? "-")" } == ["34:19"])
        #expect(found.first?.severity == .error)
    }

    /// A secret motion: 4 for + 2 against on 5 valid ballots; its ballots against the voters present.
    @Test func aSecretMotionsBallots() throws {
        let yaml = CheckRuleTests.base + """

        motions:
          - subject: Bầu trực tiếp Bí thư
            for: 4
            against: 2
            secret: {issued: 6, collected: 5, valid: 5, invalid: 0}
        """
        #expect(try check(yaml) == [
            "DH442 error 27:14 secret vote 'Bầu trực tiếp Bí thư': 'for + against' has 6 ballots, more than the 5 valid ones — only valid ballots count, each once",
            "DH443 error 28:22 secret vote 'Bầu trực tiếp Bí thư': 6 ballots issued, more than the 5 voters present",
        ])
    }
}

/// The counts of the comments on the drafts (DH447–DH449): the base congress has 6 present.
struct DraftCommentCheckTests {
    private func check(_ comments: String) throws -> [String] {
        let loaded = CongressLoader().load(text: CheckRuleTests.base + "\ndraft_comments:\n" + comments, file: "congress.yaml")
        let congress = try #require(loaded.congress, "\(loaded.diagnostics)")
        return CongressChecker().check(congress).filter { $0.code.hasPrefix("DH44") }.map {
            "\($0.code) \($0.severity.rawValue) \($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.message.text(in: .en))"
        }
    }

    @Test func countsThatCannotBe() throws {
        let found = try check("""
          - documents: dự thảo văn kiện
            count: 5
            members: 7
            sections:
              - {title: Phần một, count: 4, members: 5}
              - {title: Phần hai, count: 3}
        """)
        #expect(found == [
            "DH448 error 27:14 comments on 'dự thảo văn kiện': 7 members commented but there are only 5 comments — each made at least one",
            "DH449 error 27:14 comments on 'dự thảo văn kiện': 7 members commented, more than the 6 at the congress",
            "DH447 error 29:7 comments on 'dự thảo văn kiện': the sections add up to 7 comments, more than the 5 in all",
            "DH448 error 29:46 comments on 'dự thảo văn kiện — Phần một': 5 members commented but there are only 4 comments — each made at least one",
        ])
        #expect(try check("  - {documents: dự thảo văn kiện, count: 5, members: 4, sections: [{title: Phần một, count: 5}]}").isEmpty)
    }
}
