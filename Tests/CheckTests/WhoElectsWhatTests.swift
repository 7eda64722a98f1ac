import Check
import Diagnostics
import Load
import Testing

/// Who elects what (issue 13 §2; DOMAIN.md "Who elects what"): the first meeting of the new committee and the
/// delegation to the upper congress, each rule with a failing case and the case just inside it passing.
///
/// The congress: a đảng bộ cơ sở (so Ban Thường vụ and Bí thư belong to the first meeting) with the people of
/// `CheckRuleTests.base` (hoa nam an hai binh official, lan probationary; binh counts at the congress). Its Ban
/// Chấp hành election gives 5 voters 3 places: hoa 4, nam 4, an 3 are elected (more than half of 5), hai 1 is not.
struct WhoElectsWhatTests {
    static let base = CheckRuleTests.base
        .replacingOccurrences(of: "level: chi-bo", with: "level: dang-bo-co-so")

    static let committee = """
      - id: bch
        body: ban-chap-hanh
        seats: 3
        candidates: [hoa, nam, an, hai]
        rounds:
          - {issued: 5, collected: 5, valid: 5, invalid: 0, votes: {hoa: 4, nam: 4, an: 3, hai: 1}}
    """

    static func standing(_ candidates: String = "hoa", extra: String = "") -> String {
        """
          - id: btv
            body: ban-thuong-vu
            seats: 1
            candidates: [\(candidates)]\(extra)
            rounds:
              - {issued: 3, collected: 3, valid: 3, invalid: 0, votes: {\(candidates): 3}}
        """
    }

    static let meeting = "first_meeting: {date: 2025-04-12, chair: [hoa], vote_counting: [an]}"

    private func check(_ yaml: String, prefix: String = "DH29") throws -> [String] {
        let loaded = CongressLoader().load(text: yaml, file: "congress.yaml")
        let congress = try #require(loaded.congress, "\(loaded.diagnostics)")
        let found = CongressChecker().check(congress).filter { $0.code.hasPrefix(prefix) }.map {
            "\($0.code) \($0.severity.rawValue) \($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.message.text(in: .en))"
        }
        return found
    }

    private func congress(_ sections: String..., elections: [String]) -> String {
        Self.base + "\n" + sections.map { $0 + "\n" }.joined() + "elections:\n" + elections.joined(separator: "\n")
    }

    /// Nothing but the presidium's size (DH206: one chair is few for a đảng bộ cơ sở, not this rule's business).
    @Test func aDescribedFirstMeetingFromTheCommitteePasses() throws {
        let yaml = congress(Self.meeting, elections: [Self.committee, Self.standing()])
        #expect(try check(yaml, prefix: "DH").filter { !$0.hasPrefix("DH206") }.isEmpty)
    }

    /// hai got 1 vote of 5 and is not on the committee: not a candidate for its Ban Thường vụ (line 24 holds
    /// `first_meeting:`, 25 `elections:`, 26–31 the committee, 32– the btv; its candidates on line 35, hai at column 18).
    @Test func standingCommitteeCandidateOutsideTheCommittee() throws {
        let yaml = congress(Self.meeting, elections: [Self.committee, Self.standing("hai")])
        #expect(try check(yaml) == [
            "DH290 error 35:18 election 'btv': 'hai' was not elected to the new committee — its first meeting elects the standing committee, secretary, deputies and inspection chair from among its members",
        ])
    }

    /// Ủy ban Kiểm tra members may come from outside the committee (Điều lệ Đảng Điều 32): hai may stand.
    @Test func inspectionCommissionMayIncludeNonMembers() throws {
        let yaml = congress(Self.meeting, elections: [Self.committee, Self.standing("hai")
            .replacingOccurrences(of: "body: ban-thuong-vu", with: "body: uy-ban-kiem-tra")])
        #expect(try check(yaml).isEmpty)
    }

    /// binh counts at the congress and is no committee member: not on the first meeting's board; nor is hai its chair.
    @Test func firstMeetingBoardAndChairFromTheCommittee() throws {
        let yaml = congress("first_meeting: {chair: [hai], vote_counting: [an, binh]}", elections: [Self.committee, Self.standing()])
        #expect(try check(yaml) == [
            "DH291 error 24:25 first_meeting.chair: 'hai' was not elected to the new committee — the first meeting's chair and counting board are its members",
            "DH291 error 24:51 first_meeting.vote_counting: 'binh' was not elected to the new committee — the first meeting's chair and counting board are its members",
        ])
    }

    /// A counter of the first meeting may not stand in its elections (DH236, as at the congress).
    @Test func firstMeetingCounterIsNotACandidate() throws {
        let yaml = congress("first_meeting: {vote_counting: [hoa]}", elections: [Self.committee, Self.standing()])
        #expect(try check(yaml, prefix: "DH236").map { String($0.prefix(15)) } == ["DH236 error 35:"])
    }

    /// An old file: first-meeting elections and no `first_meeting:` — a warning at the first such election.
    @Test func firstMeetingNotDescribed() throws {
        let yaml = congress(elections: [Self.committee, Self.standing(),
                                        Self.standing().replacingOccurrences(of: "id: btv", with: "id: bt")
                                            .replacingOccurrences(of: "body: ban-thuong-vu", with: "body: bi-thu")])
        #expect(try check(yaml) == [
            "DH292 warning 31:5 election 'btv' is held by the new committee's first meeting, but the file has no 'first_meeting' section (date, chair, counting board) — the vote-count minutes take the official session's day and leave the board empty",
        ])
    }

    /// `held_by:` against the body: the congress does not elect the Ban Thường vụ, the first meeting not the committee.
    @Test func heldByContradictingTheBody() throws {
        let yaml = congress(Self.meeting, elections: [Self.committee, Self.standing(extra: "\n    held_by: congress")])
        #expect(try check(yaml).map { String($0.prefix(20)) } == ["DH293 error 36:14 el"])
        let agreeing = congress(Self.meeting, elections: [Self.committee, Self.standing(extra: "\n    held_by: first-meeting")])
        #expect(try check(agreeing).isEmpty)
        let committeeAtMeeting = congress(Self.meeting, elections: [
            Self.committee.replacingOccurrences(of: "seats: 3", with: "seats: 3\n    held_by: first-meeting"), Self.standing()])
        #expect(try check(committeeAtMeeting).map { String($0.prefix(20)) } == ["DH293 error 29:14 el"])
    }

    /// At a chi bộ the congress elects its bí thư unless the setting leaves it to the chi ủy's first meeting.
    @Test func chiBoSecretaryBySetting() throws {
        let chiBo = CheckRuleTests.base + "\nelections:\n" + Self.committee.replacingOccurrences(of: "ban-chap-hanh", with: "chi-uy")
            + "\n" + Self.standing(extra: "\n    held_by: congress").replacingOccurrences(of: "ban-thuong-vu", with: "bi-thu")
        #expect(try check(chiBo).isEmpty)
        let bySetting = chiBo + "\nsettings: {chi_bo_congress_elects_secretary: false}"
        #expect(try check(bySetting).map { String($0.prefix(5)) } == ["DH292", "DH293"])
    }

    /// The first meeting's base is the committee's 3 elected members: a stated base of 4 is refused (DH297),
    /// 3 passes; and 4 ballots are one too many (DH247). Line 34 is the btv's `base:` (column 11).
    @Test func firstMeetingBaseAndBallotsBoundedByTheCommittee() throws {
        let stated = congress(Self.meeting, elections: [Self.committee, Self.standing(extra: "\n    base: 4")])
        #expect(try check(stated) == [
            "DH297 error 36:11 election 'btv': the threshold base 'base: 4' is more than the 3 members elected to the new committee — at its first meeting the base is its members",
        ])
        #expect(try check(stated.replacingOccurrences(of: "base: 4", with: "base: 3")).isEmpty)
        // hai's 1 vote leaves 3 elected of 4 places: the committee has 3 members, not its 4 places.
        let short = congress(Self.meeting, elections: [
            Self.committee.replacingOccurrences(of: "seats: 3", with: "seats: 4"),
            Self.standing().replacingOccurrences(of: "{issued: 3, collected: 3", with: "{issued: 4, collected: 3")])
        #expect(try check(short, prefix: "DH247").map { String($0.prefix(17)) } == ["DH247 error 37:18"])
    }

    // MARK: The script names the elections from the list

    /// The opening item (line 23) names bch (held by the congress), btv (the first meeting's) and a typo:
    /// the last two are refused at their place in the list; bch, named once, passes.
    @Test func scriptItemNamesElectionsOfTheCongress() throws {
        let yaml = congress(Self.meeting, elections: [Self.committee, Self.standing()])
            .replacingOccurrences(of: "kind: opening,", with: "kind: opening, elections: [bch, btv, bhc],")
        #expect(try check(yaml) == [
            "DH298 error 23:88 item 'Khai mạc': election 'btv' is held by the new committee's first meeting, not the congress — the congress's script only announces its result",
            "DH298 error 23:93 item 'Khai mạc': no election has the id 'bhc' in 'elections'",
        ])
        let good = congress(Self.meeting, elections: [Self.committee, Self.standing()])
            .replacingOccurrences(of: "kind: opening,", with: "kind: opening, elections: [bch],")
        #expect(try check(good).isEmpty)
    }

    /// Once an item names elections, each of the congress's is named by exactly one: the delegation's two are
    /// named by none (at each election's first line), bch twice.
    @Test func everyCongressElectionInOneItem() throws {
        let yaml = congress("delegation: {official: 2, alternate: 1}", elections: [Self.committee] + Self.delegates())
            .replacingOccurrences(of: "kind: opening,", with: "kind: opening, elections: [bch, bch],")
        #expect(try check(yaml).map { String($0.prefix(18)) } == ["DH299 warning 26:5", "DH299 warning 32:5", "DH299 warning 38:5"])
        #expect(try check(yaml).first?.hasSuffix("is named by 2 programme items — each election of the congress belongs to exactly one") == true)
    }

    // MARK: Delegation

    static func delegates(_ seats: Int = 2, _ alternates: String = "hai") -> [String] {
        ["""
          - id: dbct
            body: dai-bieu-cap-tren
            seats: \(seats)
            candidates: [hoa, nam]
            rounds:
              - {issued: 5, collected: 5, valid: 5, invalid: 0, votes: {hoa: 5, nam: 4}}
        """, """
          - id: dbdk
            body: dai-bieu-du-khuyet
            seats: 1
            candidates: [\(alternates)]
            rounds:
              - {issued: 5, collected: 5, valid: 5, invalid: 0, votes: {\(alternates): 4}}
        """]
    }

    @Test func delegationAsAllocatedPasses() throws {
        #expect(try check(congress("delegation: {official: 2, alternate: 1}", elections: Self.delegates()), prefix: "DH")
            .filter { !$0.hasPrefix("DH206") }.isEmpty)
    }

    /// 3 official places where 2 are allocated (line 28 is `seats: 3`, column 12).
    @Test func delegationSeatsNotAllocated() throws {
        #expect(try check(congress("delegation: {official: 2, alternate: 1}", elections: Self.delegates(3))) == [
            "DH294 error 28:12 election 'dbct': 3 places, not the 2 official delegates allocated from above ('delegation.official') — the number is allocated, not voted by the congress",
        ])
        #expect(try check(congress("delegation: {official: 2, alternate: 2}", elections: Self.delegates())).map { String($0.prefix(18)) }
                == ["DH294 error 34:12 "])
    }

    @Test func delegationWithoutAllocation() throws {
        #expect(try check(congress(elections: Self.delegates())).map { String($0.prefix(19)) }
                == ["DH295 warning 27:12", "DH295 warning 33:12"])
    }

    /// hoa was elected official delegate (5 of 5): not a candidate for alternate.
    @Test func alternateAlreadyOfficial() throws {
        #expect(try check(congress("delegation: {official: 2, alternate: 1}", elections: Self.delegates(2, "hoa"))) == [
            "DH296 error 35:18 election 'dbdk': 'hoa' was already elected official delegate — not a candidate for alternate",
        ])
    }

    /// `first_meeting.absent`: hai was not elected (DH251, at `hai`, column 79 of line 24; not counted against the
    /// 3 present); an, who counts, cannot be absent (DH252, at `an` in vote_counting, column 65); nam absent, with 2
    /// ballots, passes.
    @Test func firstMeetingAbsenteesAreMembersWhoDoNotServe() throws {
        let meeting = "first_meeting: {date: 2025-04-12, chair: [hoa], vote_counting: [an], absent: [hai]}"
        #expect(try check(congress(meeting, elections: [Self.committee, Self.standing("nam")]), prefix: "DH25") == [
            "DH251 error 24:79 first_meeting.absent: 'hai' was not elected to the new committee — list only its members absent from the first meeting",
        ])
        let serving = meeting.replacingOccurrences(of: "absent: [hai]", with: "absent: [an]")
        let twoForNam = Self.standing("nam").replacingOccurrences(of: "issued: 3, collected: 3, valid: 3", with: "issued: 2, collected: 2, valid: 2")
            .replacingOccurrences(of: "nam: 3", with: "nam: 2")
        #expect(try check(congress(serving, elections: [Self.committee, twoForNam]), prefix: "DH25") == [
            "DH252 error 24:65 first_meeting.vote_counting: 'an' is recorded absent from the first meeting (first_meeting.absent) — an absent member neither chairs, keeps the minutes nor counts",
        ])
        let oneAbsent = meeting.replacingOccurrences(of: "absent: [hai]", with: "absent: [nam]")
        let twoBallots = Self.standing("hoa").replacingOccurrences(of: "issued: 3, collected: 3, valid: 3", with: "issued: 2, collected: 2, valid: 2")
            .replacingOccurrences(of: "hoa: 3", with: "hoa: 2")
        #expect(try check(congress(oneAbsent, elections: [Self.committee, twoBallots]), prefix: "DH25").isEmpty)
    }

    /// The first meeting's shows of hands (DH470): 3 members elected, nam absent, so 2 present; 2 hands for the
    /// board pass, 2 for and 1 against the minutes are one too many (a share above 100 %), at the vote's `for`.
    /// The secretary is one of those who serve: absent, DH252 (at `nam` in secretary, column 61).
    @Test func firstMeetingVotesAndSecretary() throws {
        let meeting = "first_meeting: {date: 2025-04-12, chair: [hoa], secretary: [an], vote_counting: [an], absent: [nam], "
            + "board_vote: {for: 2}, minutes_vote: {for: 2, against: 1}}"
        let twoBallots = Self.standing("hoa").replacingOccurrences(of: "issued: 3, collected: 3, valid: 3", with: "issued: 2, collected: 2, valid: 2")
            .replacingOccurrences(of: "hoa: 3", with: "hoa: 2")
        let found = try check(congress(meeting, elections: [Self.committee, twoBallots]), prefix: "DH4")
        #expect(found == [
            "DH470 error 24:144 first_meeting.minutes_vote: for, against and abstaining add up to 3, more than the 2 committee members present at the first meeting — its share would pass 100%",
        ])
        let secretaryAbsent = meeting.replacingOccurrences(of: "secretary: [an]", with: "secretary: [nam]")
            .replacingOccurrences(of: "against: 1", with: "against: 0")
        #expect(try check(congress(secretaryAbsent, elections: [Self.committee, twoBallots]), prefix: "DH4").isEmpty)
        #expect(try check(congress(secretaryAbsent, elections: [Self.committee, twoBallots]), prefix: "DH252") == [
            "DH252 error 24:61 first_meeting.secretary: 'nam' is recorded absent from the first meeting (first_meeting.absent) — an absent member neither chairs, keeps the minutes nor counts",
        ])
    }

    /// 3 members elected, nam absent: 2 present, so 3 ballots at the first meeting are one too many (DH253); the
    /// committee's own bound (DH247) is not reached.
    @Test func firstMeetingBallotsBoundedByTheMembersPresent() throws {
        let meeting = "first_meeting: {date: 2025-04-12, chair: [hoa], vote_counting: [an], absent: [nam]}"
        let found = try check(congress(meeting, elections: [Self.committee, Self.standing()]), prefix: "DH25")
        #expect(found.map { String($0.prefix(15)) } == ["DH253 error 37:"], "\(found)")
        #expect(found.first?.hasSuffix("round 1: 3 ballots issued, more than the 2 committee members present at the first meeting (3 members less those in first_meeting.absent)") == true)
    }
}

/// The new sections load strictly: a wrong key, a value outside the choices, a negative count, an unknown person.
struct WhoElectsWhatLoadTests {
    private func load(_ tail: String) -> [String] {
        let loaded = CongressLoader().load(text: CheckRuleTests.base + "\n" + tail, file: "congress.yaml")
        return loaded.diagnostics.map { "\($0.code) \($0.location.map { "\($0.line):\($0.column)" } ?? "-")" }
    }

    @Test func firstMeetingKeys() {
        #expect(load("first_meeting: {chairs: [hoa]}").first?.hasPrefix("DH106 24:") == true)
        #expect(load("first_meeting: {chair: [tuan]}").contains { $0.hasPrefix("DH112") && $0.hasSuffix("24:25") })
        #expect(load("first_meeting: {date: 2025-02-30}").first?.hasPrefix("DH") == true)
        #expect(load("first_meeting: {chair: [hoa], vote_counting: [an]}").isEmpty)
    }

    @Test func delegationAndHolder() {
        #expect(load("delegation: {official: -1}").first?.hasPrefix("DH") == true)
        #expect(load("delegation: {alternate: 2}").first?.hasPrefix("DH105") == true)   // official is required
        #expect(load("delegation: {official: 3, alternate: 1}").isEmpty)
        let held = """
        elections:
          - {id: btv, body: ban-thuong-vu, seats: 1, candidates: [hoa], held_by: meeting, rounds: [{issued: 1, collected: 1, valid: 1, invalid: 0, votes: {hoa: 1}}]}
        """
        #expect(load(held).first?.hasPrefix("DH107") == true)
    }
}
