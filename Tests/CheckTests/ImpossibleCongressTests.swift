import Check
import Diagnostics
import Load
import Testing

/// What no real congress can be (issue 12 §3): each rule on the base congress of `CheckRuleTests`, with the
/// exact code, line and column (columns count characters), and the case just inside the rule passing.
///
/// Lines of the base: 2 organisation, 5–10 people (hoa nam an hai lan binh; lan probationary), 11 delegates,
/// 13 presidium [hoa], 14 secretariat [nam], 15 vote_counting [binh], 22 Chào cờ (5 min), 23 Khai mạc (10 min),
/// official session from 07:30. An election appended by `election` starts at line 25, its candidates on line 28
/// (the `[` at column 17), its first round on line 30 (the `{` at column 9).
struct ImpossibleCongressTests {
    static let base = CheckRuleTests.base

    private func check(_ yaml: String) throws -> [String] {
        let loaded = CongressLoader().load(text: yaml, file: "congress.yaml")
        let congress = try #require(loaded.congress, "\(loaded.diagnostics)")
        return CongressChecker().check(congress).map {
            "\($0.code) \($0.severity.rawValue) \($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.message.text(in: .en))"
        }
    }

    /// Only the diagnostics with `code`.
    private func check(_ yaml: String, code: String) throws -> [String] {
        try check(yaml).filter { $0.hasPrefix(code) }
    }

    private func election(id: String = "chi-uy", seats: Int = 3, candidates: String = "hoa, nam, an, hai",
                          round: String = "{issued: 5, collected: 5, valid: 5, invalid: 0, votes: {hoa: 4, nam: 4, an: 3, hai: 1}}") -> String {
        """
          - id: \(id)
            body: chi-uy
            seats: \(seats)
            candidates: [\(candidates)]
            rounds:
              - \(round)
        """
    }

    private func with(_ elections: String...) -> String {
        Self.base + "\nelections:\n" + elections.joined(separator: "\n")
    }

    @Test func theBaseElectionPasses() throws {
        #expect(try check(with(election())).isEmpty)
    }

    // MARK: Names and ids

    @Test func blankOrganisationName() throws {
        let yaml = Self.base.replacingOccurrences(of: "{name: Chi bộ Khu phố 3,", with: "{name: \"  \",")
        #expect(try check(yaml) == ["DH230 error 2:22 'organisation.name' is blank — the congress papers need a full name"])
    }

    /// An ideographic space (U+3000) is white space too.
    @Test func blankPersonName() throws {
        let yaml = Self.base.replacingOccurrences(of: "name: Trần Thị Hòa", with: "name: \"\u{3000}\"")
        #expect(try check(yaml) == ["DH230 error 5:21 'people[1].name' is blank — the congress papers need a full name"])
        let empty = Self.base.replacingOccurrences(of: "name: Vũ Thị Lan", with: "name: \"\"")
        #expect(try check(empty) == ["DH230 error 9:21 'people[5].name' is blank — the congress papers need a full name"])
    }

    /// `../../x` is refused as an election id (ids may name files); line 25 "  - id: ../../x", the value at column 9.
    @Test func electionIDOutsideTheIDAlphabet() throws {
        #expect(try check(with(election(id: "../../x"))) == [
            "DH231 error 25:9 invalid id '../../x' in 'elections[1].id' — use lowercase letters without diacritics, digits, '-' and '_' (ids also name files)",
        ])
        #expect(try check(with(election(id: "Chi Uy")), code: "DH231").count == 1)
        #expect(try check(with(election(id: "chi-uy-2025"))).isEmpty)
    }

    /// The second election (lines 31–36) reuses the first's id: refused at its id, line 31.
    @Test func twoElectionsWithOneID() throws {
        let second = election(candidates: "hoa, nam, an, hai")
        #expect(try check(with(election(), second)) == [
            "DH232 error 31:9 id 'chi-uy' appears twice in 'elections' — each entry needs an id of its own",
        ])
        #expect(try check(with(election(), election(id: "chi-uy-2")), code: "DH232").isEmpty)
    }

    // MARK: Bodies

    @Test func samePersonTwiceInABody() throws {
        let yaml = Self.base.replacingOccurrences(of: "presidium: [hoa]", with: "presidium: [hoa, hoa]")
        #expect(try check(yaml) == ["DH233 error 13:20 'hoa' appears twice in 'bodies.presidium' — list each person once"])
    }

    /// "    candidates: [hoa, nam, hoa, an, hai]": the second hoa at column 28 of line 28 (the list is also DH212).
    @Test func samePersonTwiceOnACandidateList() throws {
        let yaml = with(election(candidates: "hoa, nam, hoa, an, hai"))
        #expect(try check(yaml, code: "DH233") == [
            "DH233 error 28:28 'hoa' appears twice in 'elections[1].candidates' — list each person once",
        ])
    }

    /// Empty presidium: an error (it was a size warning, DH206); an empty secretariat likewise.
    @Test func emptyPresidiumAndSecretariat() throws {
        let yaml = Self.base.replacingOccurrences(of: "presidium: [hoa]", with: "presidium: []")
            .replacingOccurrences(of: "secretariat: [nam]", with: "secretariat: []")
        #expect(try check(yaml) == [
            "DH234 error 13:14 the Đoàn Chủ tịch has no members ('bodies.presidium' is empty) — the congress must elect it",
            "DH234 error 14:16 the Đoàn Thư ký has no members ('bodies.secretariat' is empty) — the congress must elect it",
        ])
    }

    /// No counting board is needed without elections; with one, "Ban Kiểm phiếu gồm 0 đồng chí" is refused.
    @Test func emptyCountingBoardWithAnElection() throws {
        let noBoard = Self.base.replacingOccurrences(of: "  vote_counting: [binh]\n", with: "")
        #expect(try check(noBoard).isEmpty)
        // Without the line the board is reported at `bodies` (its map starts at line 13, column 3).
        #expect(try check(noBoard + "\nelections:\n" + election(), code: "DH234") == [
            "DH234 error 13:3 the Ban Kiểm phiếu has no members ('bodies.vote_counting' is empty) — the congress must elect it",
        ])
        let empty = Self.base.replacingOccurrences(of: "vote_counting: [binh]", with: "vote_counting: []")
        #expect(try check(empty + "\nelections:\n" + election(), code: "DH234") == [
            "DH234 error 15:18 the Ban Kiểm phiếu has no members ('bodies.vote_counting' is empty) — the congress must elect it",
        ])
    }

    /// nam, the secretary, recorded absent (a warning: the bodies and script are prepared before the attendance is final).
    @Test func absentMemberServes() throws {
        let yaml = Self.base.replacingOccurrences(of: "delegates: [hoa, nam, an, hai, lan, binh]",
                                                  with: "delegates: [hoa, {person: nam, absent: Ốm}, an, hai, lan, binh]")
        #expect(try check(yaml) == [
            "DH235 warning 14:17 'nam' is absent from the congress but listed in 'bodies.secretariat[1]' — an absent member cannot serve there",
        ])
        let performer = yaml.replacingOccurrences(of: "Chào cờ, minutes: 5, performer: hoa", with: "Chào cờ, minutes: 5, performer: nam")
        #expect(try check(performer, code: "DH235").map { String($0.prefix(16)) } == ["DH235 warning 14", "DH235 warning 22"])
    }

    // MARK: Candidates

    /// binh counts the votes: he may not be on the list (QĐ 190-QĐ/TW); "    candidates: [hoa, nam, an, binh]": column 32.
    @Test func candidateOnTheCountingBoard() throws {
        let yaml = with(election(candidates: "hoa, nam, an, binh",
                                 round: "{issued: 5, collected: 5, valid: 5, invalid: 0, votes: {hoa: 4, nam: 4, an: 3, binh: 1}}"))
        #expect(try check(yaml) == [
            "DH236 error 28:32 election 'chi-uy': 'binh' sits on the vote-counting board — a member of the board may not be on the candidate list (QĐ 190-QĐ/TW)",
        ])
    }

    /// The congress's board does not count the elections of the new committee's first meeting (above a chi bộ).
    @Test func theFirstMeetingHasItsOwnBoard() throws {
        let yaml = with(election(candidates: "hoa, nam, an, binh",
                                 round: "{issued: 5, collected: 5, valid: 5, invalid: 0, votes: {hoa: 4, nam: 4, an: 3, binh: 1}}"))
            .replacingOccurrences(of: "level: chi-bo", with: "level: dang-bo-co-so")
            .replacingOccurrences(of: "body: chi-uy", with: "body: ban-thuong-vu")
        #expect(try check(yaml, code: "DH236").isEmpty)
    }

    /// lan is probationary: no right to stand (Điều lệ Đảng, Điều 3); "    candidates: [hoa, nam, an, lan]": column 32.
    @Test func probationaryCandidate() throws {
        let yaml = with(election(candidates: "hoa, nam, an, lan",
                                 round: "{issued: 5, collected: 5, valid: 5, invalid: 0, votes: {hoa: 4, nam: 4, an: 3, lan: 1}}"))
        #expect(try check(yaml) == [
            "DH237 error 28:32 election 'chi-uy': 'lan' is a probationary member — probationary members may not stand for election (Party Statute, art. 3)",
        ])
    }

    @Test func fewerCandidatesThanSeats() throws {
        let yaml = with(election(seats: 3, candidates: "hoa, nam",
                                 round: "{issued: 5, collected: 5, valid: 5, invalid: 0, votes: {hoa: 4, nam: 4}}"))
        #expect(try check(yaml) == [
            "DH238 error 28:17 election 'chi-uy': 2 candidates for 3 places — the list needs at least as many candidates as places (QĐ 190-QĐ/TW art. 14)",
        ])
        // As many as places: not this rule's business — but a chi ủy's list needs a surplus (DH250, SurplusRequiredTests).
        #expect(try check(with(election(seats: 2, candidates: "hoa, nam",
                                        round: "{issued: 5, collected: 5, valid: 5, invalid: 0, votes: {hoa: 4, nam: 4}}")))
            .allSatisfy { $0.hasPrefix("DH250") })
    }

    // MARK: Rounds

    /// hai is on the list but has no figure: he was silently dropped from the results. Refused at `votes` (column 64).
    @Test func candidateWithoutAVoteFigure() throws {
        let yaml = with(election(round: "{issued: 5, collected: 5, valid: 5, invalid: 0, votes: {hoa: 4, nam: 4, an: 3}}"))
        #expect(try check(yaml) == [
            "DH239 error 30:64 round 1: 'hai' is on the candidate list but has no vote figure — give every candidate's votes (0 included)",
        ])
        // A figure of 0 is a figure.
        #expect(try check(with(election(round: "{issued: 5, collected: 5, valid: 5, invalid: 0, votes: {hoa: 4, nam: 4, an: 3, hai: 0}}"))).isEmpty)
    }

    /// Six present, but lan is probationary: five voters, so six ballots are one too many (`issued` at column 18).
    @Test func moreBallotsIssuedThanVoters() throws {
        let yaml = with(election(round: "{issued: 6, collected: 5, valid: 5, invalid: 0, votes: {hoa: 4, nam: 4, an: 3, hai: 1}}"))
        #expect(try check(yaml) == [
            "DH240 error 30:18 round 1: 6 ballots issued, more than the 5 voters present — ballots go to those with a vote only; probationary members do not vote (Party Statute, art. 3)",
        ])
    }

    /// A round in block style: each figure on its own line, and each error on the line of its figure.
    @Test func errorsPointAtTheFigureLine() throws {
        let yaml = Self.base + """

            elections:
              - id: chi-uy
                body: chi-uy
                seats: 3
                candidates: [hoa, nam, an, hai]
                rounds:
                  - issued: 6
                    collected: 5
                    valid: 5
                    invalid: 0
                    votes:
                      hoa: 4
                      nam: 6
                      an: 3
                      hai: 1
            """
        #expect(try check(yaml) == [
            "DH240 error 30:17 round 1: 6 ballots issued, more than the 5 voters present — ballots go to those with a vote only; probationary members do not vote (Party Statute, art. 3)",
            "DH215 error 36:16 round 1: 'nam' has 6 votes, more than the 5 valid ballots",
            "DH221 error 36:16 round 1: 'nam' has 6 votes, more than the base of 5 (QĐ 190-QĐ/TW art. 30)",
        ])
    }

    /// A stated base of 6 with 5 official members summoned (lan is probationary and not counted): refused at
    /// the `base` value (line 29, column 11). 5 is allowed.
    @Test func statedBaseAboveTheOfficialMembers() throws {
        let stated = { (base: Int) in self.with(self.election()).replacingOccurrences(of: "    rounds:", with: "    base: \(base)\n    rounds:") }
        #expect(try check(stated(6)) == [
            "DH243 error 29:11 election 'chi-uy': the threshold base 'base: 6' is more than the 5 official members (delegates) summoned — the base counts official members only, never probationary ones (QĐ 190-QĐ/TW art. 30; Party Statute, art. 3)",
        ])
        #expect(try check(stated(5)).isEmpty)
    }

    /// Round 1 elects hoa, nam and an (4, 4, 3 of base 5): all 3 places filled. A second round (line 31) would be
    /// dropped from every paper, so it is refused.
    @Test func roundAfterEveryPlaceIsFilled() throws {
        let yaml = with(election()) + "\n      - {issued: 5, collected: 5, valid: 5, invalid: 0, votes: {hai: 5}}"
        #expect(try check(yaml) == [
            "DH244 error 31:9 election 'chi-uy': round 2 comes after every place was filled — it would not be counted; remove it or correct the round before",
        ])
    }

    /// Reasons for 2 invalid ballots where the round has 1: refused at `invalid_reasons` (column 74).
    @Test func invalidReasonsThatDoNotAddUp() throws {
        let reasons = { (count: Int) in
            self.with(self.election(round: "{issued: 5, collected: 5, valid: 4, invalid: 1, invalid_reasons: [{reason: Gạch hết tên, count: \(count)}], votes: {hoa: 4, nam: 4, an: 3, hai: 1}}"))
        }
        #expect(try check(reasons(2)) == ["DH245 error 30:74 round 1: the invalid-ballot reasons add up to 2, not the 1 invalid ballots"])
        #expect(try check(reasons(1)).isEmpty)
    }

    /// "    incumbents: [hoa, lan]": lan is not on the list (line 29, column 23).
    @Test func incumbentNotOnTheList() throws {
        let yaml = with(election()).replacingOccurrences(of: "    rounds:", with: "    incumbents: [hoa, lan]\n    rounds:")
        #expect(try check(yaml) == [
            "DH246 error 29:23 election 'chi-uy': 'lan' is listed in 'incumbents' but not on the candidate list — 'incumbents' names outgoing members who are on the list",
        ])
        #expect(try check(yaml.replacingOccurrences(of: "incumbents: [hoa, lan]", with: "incumbents: [hoa, hai]")).isEmpty)
    }

    /// Above a chi bộ the Ban Thường vụ is elected at the first meeting of the 3-member committee: 4 ballots are
    /// one too many (DH247, not DH240: the congress's voters do not vote there).
    @Test func moreBallotsThanCommitteeMembers() throws {
        let committee = election(id: "bch", candidates: "hoa, nam, an, hai")
        let standing = election(id: "btv", seats: 1, candidates: "hoa",
                                round: "{issued: 4, collected: 3, valid: 3, invalid: 0, votes: {hoa: 3}}")
            .replacingOccurrences(of: "body: chi-uy", with: "body: ban-thuong-vu")
        let yaml = with(committee.replacingOccurrences(of: "body: chi-uy", with: "body: ban-chap-hanh"), standing)
            .replacingOccurrences(of: "level: chi-bo", with: "level: dang-bo-co-so")
        #expect(try check(yaml).filter { $0.hasPrefix("DH24") } == [
            "DH247 error 36:18 round 1: 4 ballots issued, more than the 3 members of the new committee — at its first meeting only its members vote",
        ])
        #expect(try check(yaml.replacingOccurrences(of: "{issued: 4, collected: 3", with: "{issued: 3, collected: 3")).filter { $0.hasPrefix("DH24") }.isEmpty)
    }

    // MARK: Attendance and time

    @Test func nobodySummonedOrPresent() throws {
        let none = Self.base.replacingOccurrences(of: "delegates: [hoa, nam, an, hai, lan, binh]", with: "delegates: []")
        #expect(try check(none, code: "DH241") == ["DH241 error 11:12 nobody is summoned to the congress — it needs members"])
        let allAway = Self.base.replacingOccurrences(
            of: "delegates: [hoa, nam, an, hai, lan, binh]",
            with: "delegates: [{person: hoa, absent: Ốm}, {person: nam, absent: Ốm}, {person: an, absent: Ốm}, {person: hai, absent: Ốm}, {person: lan, absent: Ốm}, {person: binh, absent: Ốm}]")
        #expect(try check(allAway, code: "DH241") == ["DH241 error 11:12 nobody is present at the congress — it cannot sit"])
        // Only lan, probationary, in the room: nobody can vote.
        let onlyProbationary = Self.base.replacingOccurrences(
            of: "delegates: [hoa, nam, an, hai, lan, binh]",
            with: "delegates: [{person: hoa, absent: Ốm}, {person: nam, absent: Ốm}, {person: an, absent: Ốm}, {person: hai, absent: Ốm}, lan, {person: binh, absent: Ốm}]")
        #expect(try check(onlyProbationary, code: "DH241").map { String($0.prefix(15)) } == ["DH241 error 11:"])
    }

    /// 07:30 + 1440 minutes runs past midnight: refused at the item's `minutes` (line 22, column 35).
    /// 980 minutes of flag and 10 of opening end at 24:00 exactly: allowed; 981 push the opening (line 23) past it.
    @Test func itemPastMidnight() throws {
        let day = Self.base.replacingOccurrences(of: "Chào cờ, minutes: 5,", with: "Chào cờ, minutes: 1440,")
        #expect(try check(day, code: "DH242") == [
            "DH242 error 22:35 item 'Chào cờ' ends after midnight (minute 1890 of its day) — a session is held within one day; shorten it or move it to another day",
        ])
        let midnight = Self.base.replacingOccurrences(of: "Chào cờ, minutes: 5,", with: "Chào cờ, minutes: 980,")
        #expect(try check(midnight, code: "DH242").isEmpty)
        let past = Self.base.replacingOccurrences(of: "Chào cờ, minutes: 5,", with: "Chào cờ, minutes: 981,")
        #expect(try check(past, code: "DH242").map { String($0.prefix(15)) } == ["DH242 error 23:"])
    }
}
