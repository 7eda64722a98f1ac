import CongressModel
import Derive
import Template
import Testing
import Vietnamese

/// The papers of the new committee's first meeting (issue 13 §2; DOMAIN.md "Who elects what"): headed by the
/// committee, numbered in their own series, "trước Hội nghị", counted by its board, its base the committee's size.
///
/// The congress: a đảng bộ cơ sở (the chi bộ fixture renamed), 17 official members summoned. The congress elects a
/// Ban Chấp hành of 5 (p1–p5, 16 to 12 votes of 17; p8's 3 is not more than half). Its first meeting, the day
/// after, elects a Ban Thường vụ of 2 from p1, p2, p3 (5, 4, 2 votes) and the Bí thư p1 (5 votes), counted by
/// p4 Phạm Thị Ánh and p5 Vũ Đức Bình.
struct FirstMeetingPapersTests {
    static func congress() -> Congress {
        var c = Fixtures.chiBo()
        c.organisation = Organisation(name: "Đảng bộ xã Tân Lễ", level: .dangBoCoSo, superior: "Đảng bộ huyện Hưng Hà",
                                      place: "Tân Lễ")
        c.bodies.voteCounting = [PersonID("p9")]
        let ids = { (names: [String]) in names.map(PersonID.init) }
        c.elections = [
            Election(id: "bch", body: .banChapHanh, seats: 5, candidates: ids(["p1", "p2", "p3", "p4", "p5", "p8"]),
                     rounds: [VotingRound(issued: 17, collected: 17, valid: 17, invalid: 0,
                                          votes: zip(ids(["p1", "p2", "p3", "p4", "p5", "p8"]), [16, 15, 14, 13, 12, 3]).map { ($0, $1) })]),
            Election(id: "btv", body: .banThuongVu, seats: 2, candidates: ids(["p1", "p2", "p3"]),
                     rounds: [VotingRound(issued: 5, collected: 5, valid: 5, invalid: 0,
                                          votes: zip(ids(["p1", "p2", "p3"]), [5, 4, 2]).map { ($0, $1) })]),
            Election(id: "bi-thu", body: .biThu, seats: 1, candidates: ids(["p1"]),
                     rounds: [VotingRound(issued: 5, collected: 5, valid: 5, invalid: 0, votes: [(PersonID("p1"), 5)])]),
        ]
        c.firstMeeting = FirstMeeting(date: Fixtures.date(2025, 4, 6), chair: ids(["p1"]), voteCounting: ids(["p4", "p5"]))
        return c
    }

    /// "2025 - 2030" as the papers print a term (no break inside: `YearRange`).
    static let term = YearRange.text(from: 2025, to: 2030)

    static func names(_ list: TemplateValue?) -> [String] {
        guard case .list(let items) = list else { return [] }
        return items.compactMap { item -> String? in
            if case .string(let name)? = item["name"] { return name }
            return nil
        }
    }

    @Test func voteCountOfTheFirstMeetingIsTheCommittees() throws {
        let sheets = VoteCountViewModel(Self.congress()).templateValue["sheets"]
        let congressSheet = try #require(sheets?[0]), btv = try #require(sheets?[1]), secretary = try #require(sheets?[2])
        // The congress's own sheet keeps its series: a đại hội đảng viên numbers no credentials report, and the
        // political report is the outgoing committee's (`report_issuer`), so this sheet is 01.
        #expect(congressSheet["header"]?["number"] == .string("01-BB/ĐH"))
        #expect(congressSheet["assembly"] == .string("Đại hội"))
        #expect(congressSheet["held_at_first_meeting"] == .bool(false))
        #expect(Self.names(congressSheet["board"]) == ["Ngô Thị Hà"])
        // The first meeting's sheets: headed by the committee, khóa V (the congress lần thứ V), dated its day,
        // numbered from 01 in the HN series.
        #expect(btv["header"]?["issuer_lines"] == .list(["BAN\u{00A0}CHẤP\u{00A0}HÀNH", "ĐẢNG\u{00A0}BỘ\u{00A0}XÃ\u{00A0}TÂN\u{00A0}LỄ", "KHÓA\u{00A0}V", "BAN\u{00A0}KIỂM\u{00A0}PHIẾU"]))
        #expect(btv["header"]?["place_date"] == .string("Tân Lễ, ngày 06 tháng 4 năm 2025"))
        #expect(btv["header"]?["number"] == .string("01-BB/HN"))
        #expect(secretary["header"]?["number"] == .string("02-BB/HN"))
        #expect(btv["assembly"] == .string("Hội nghị"))
        #expect(btv["held_at_first_meeting"] == .bool(true))
        #expect(btv["first_meeting"] == .string("Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ xã Tân Lễ khóa V"))
        #expect(Self.names(btv["board"]) == ["Phạm Thị Ánh", "Vũ Đức Bình"])
        #expect(btv["signatures"]?[0]?["name"] == .string("Phạm Thị Ánh"))
        // Voters: the 5 committee members; base the committee's 5 places (not the 17 summoned to the congress).
        #expect(btv["voters"]?["committee_members"] == .bool(true))
        #expect(btv["voters"]?["committee_member"] == .string("ủy viên Ban Chấp hành"))
        #expect(btv["summoned"] == .string("5") && btv["base"] == .string("5"))
        // p1 5 of 5 = 100,00 %; p3's 2 of 5 = 40,00 % is not more than half: two elected, p1 and p2.
        #expect(btv["rows"]?[0]?["name"] == .string("Nguyễn Văn An"))   // A, B, C by given name: An, Hòa, Nam
        #expect(btv["rows"]?[0]?["percent"] == .string("40,00%"))
        #expect(Self.names(btv["elected"]) == ["Trần Thị Hòa", "Lê Văn Nam"])
        // The resolution keeps its place after the congress's one sheet: 02-NQ/ĐH.
        #expect(DocumentNumbering.number(of: .resolution, in: Self.congress()) == "02-NQ/ĐH")
    }

    @Test func ballotsOfTheFirstMeetingAreHeadedByTheCommittee() throws {
        let sheets = BallotsViewModel(Self.congress()).templateValue["sheets"]
        #expect(sheets?[0]?["ballots"]?[0]?["header"]?["issuer_lines"]?[1] == .string("ĐẢNG\u{00A0}BỘ\u{00A0}XÃ\u{00A0}TÂN\u{00A0}LỄ"))
        #expect(sheets?[1]?["ballots"]?[0]?["header"]?["issuer_lines"] == .list(["BAN\u{00A0}CHẤP\u{00A0}HÀNH", "ĐẢNG\u{00A0}BỘ\u{00A0}XÃ\u{00A0}TÂN\u{00A0}LỄ", "KHÓA\u{00A0}V"]))
        #expect(sheets?[1]?["ballots"]?[0]?["header"]?["place_date"] == .string("Tân Lễ, ngày 06 tháng 4 năm 2025"))
    }

    /// A tie at the first meeting is the meeting's to settle: "Hội nghị bầu tiếp", not "Đại hội".
    @Test func aTieAtTheFirstMeetingIsSettledByTheMeeting() throws {
        var c = Self.congress()
        c.elections[1].rounds[0].votes = zip(["p1", "p2", "p3"].map(PersonID.init), [5, 3, 3]).map { ($0, $1) }
        let sentence = VoteCountViewModel(c).templateValue["sheets"]?[1]?["next"]?["sentence"]
        guard case .string(let text) = sentence else { Issue.record("no sentence"); return }
        #expect(text.hasSuffix("Hội nghị bầu tiếp trong số các đồng chí này để chọn 1 đồng chí."))
    }

    /// At a chi bộ whose superior leaves the bí thư to the chi ủy: the chi ủy's paper, base its 3 places.
    @Test func chiUyFirstMeetingAtAChiBo() throws {
        var c = Fixtures.chiBo()
        c.settings.chiBoCongressElectsSecretary = false
        let ids = { (names: [String]) in names.map(PersonID.init) }
        c.elections = [
            Election(id: "chi-uy", body: .chiUy, seats: 3, candidates: ids(["p1", "p2", "p3"]),
                     rounds: [VotingRound(issued: 17, collected: 17, valid: 17, invalid: 0,
                                          votes: zip(ids(["p1", "p2", "p3"]), [16, 15, 14]).map { ($0, $1) })]),
            Election(id: "bi-thu", body: .biThu, seats: 1, candidates: ids(["p1"]),
                     rounds: [VotingRound(issued: 3, collected: 3, valid: 3, invalid: 0, votes: [(PersonID("p1"), 3)])]),
        ]
        let sheet = VoteCountViewModel(c).templateValue["sheets"]?[1]
        #expect(sheet?["header"]?["issuer_lines"] == .list([.string("CHI\u{00A0}ỦY\u{00A0}CHI\u{00A0}BỘ\u{00A0}KHU\u{00A0}PHỐ\u{00A0}3"), .string("NHIỆM\u{00A0}KỲ\u{00A0}" + Self.term.replacingOccurrences(of: " ", with: "\u{00A0}")), .string("BAN\u{00A0}KIỂM\u{00A0}PHIẾU")]))
        #expect(sheet?["voters"]?["committee_member"] == .string("chi ủy viên"))
        #expect(sheet?["base"] == .string("3"))
        // With the setting at its default the congress elects the bí thư: the congress's paper and base 17.
        c.settings.chiBoCongressElectsSecretary = true
        let direct = VoteCountViewModel(c).templateValue["sheets"]?[1]
        #expect(direct?["header"]?["number"] == .string("02-BB/ĐH"))
        #expect(direct?["base"] == .string("17"))
    }

    /// Biên bản Hội nghị lần thứ nhất: the committee's paper, numbered after the meeting's two vote-count sheets
    /// (01, 02-BB/HN) as 03-BB/HN; the 5 elected members convened; its elections in the list's order.
    @Test func firstMeetingMinutes() throws {
        let c = Self.congress()
        #expect(DocumentKind.firstMeeting.applies(to: c))
        let minutes = FirstMeetingMinutesViewModel(c).templateValue
        #expect(minutes["header"]?["issuer_lines"] == .list(["BAN\u{00A0}CHẤP\u{00A0}HÀNH", "ĐẢNG\u{00A0}BỘ\u{00A0}XÃ\u{00A0}TÂN\u{00A0}LỄ", "KHÓA\u{00A0}V"]))
        #expect(minutes["header"]?["number"] == .string("03-BB/HN"))
        #expect(minutes["meeting"] == .string("Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ xã Tân Lễ khóa V"))
        #expect(minutes["members"] == .string("5"))
        // Everyone present unless `first_meeting.absent` says otherwise: 5 of 5.
        #expect(minutes["present"] == .string("5") && minutes["present_percent"] == .string("100,00%"))
        #expect(minutes["has_absent"] == .bool(false))
        #expect(Self.names(minutes["chair"]) == ["Trần Thị Hòa"])
        #expect(Self.names(minutes["board"]) == ["Phạm Thị Ánh", "Vũ Đức Bình"])
        let bodies = (minutes["elections"]?.elements ?? []).compactMap { election -> String? in
            if case .string(let body)? = election["body"] { return body }
            return nil
        }
        // The bodies the committee elects are its own, named as the Đảng ủy's (`CommitteeName`).
        #expect(bodies == ["Ban Thường vụ Đảng ủy xã Tân Lễ nhiệm kỳ " + Self.term, "Bí thư Đảng ủy xã Tân Lễ nhiệm kỳ " + Self.term])
        #expect(minutes["elections"]?[0]?["base"] == .string("5"))
        #expect(minutes["signatures"]?[0]?["authority"] == .string("T/M BAN CHẤP HÀNH"))
        #expect(minutes["signatures"]?[0]?["title"] == .string("CHỦ TRÌ HỘI NGHỊ"))
        // The chi bộ fixture elects nothing at a first meeting: no such paper.
        #expect(!DocumentKind.firstMeeting.applies(to: Fixtures.chiBo()))
    }

    /// Its secretary, the show of hands electing its board and the one approving its minutes
    /// (`first_meeting.secretary`, `board_vote`, `minutes_vote`): 5 members, p3 absent, so 4 present; the board
    /// 4/4 = 100,00 % (unanimous), the minutes 3/4 = 75,00 % with 1 abstaining (not unanimous). The secretary p2
    /// signs on the left as THƯ KÝ HỘI NGHỊ, the chair on the right.
    @Test func firstMeetingSecretaryAndVotes() throws {
        var c = Self.congress()
        c.firstMeeting?.absent = [PersonID("p3")]
        c.firstMeeting?.secretary = [PersonID("p2")]
        c.firstMeeting?.boardVote = ShowOfHands(inFavour: 4)
        c.firstMeeting?.minutesVote = ShowOfHands(inFavour: 3, abstained: 1)
        let minutes = FirstMeetingMinutesViewModel(c).templateValue
        #expect(Self.names(minutes["secretary"]) == ["Lê Văn Nam"])
        #expect(minutes["board_vote"]?["for"] == .string("4") && minutes["board_vote"]?["present"] == .string("4"))
        #expect(minutes["board_vote"]?["for_percent"] == .string("100,00%"))
        #expect(minutes["board_vote"]?["unanimous"] == .bool(true))
        #expect(minutes["approval"]?["for_percent"] == .string("75,00%"))
        #expect(minutes["approval"]?["abstain"] == .string("1") && minutes["approval"]?["against"] == .bool(false))
        #expect(minutes["approval"]?["unanimous"] == .bool(false))
        #expect(minutes["signatures"]?[0]?["authority"] == .string("THƯ KÝ HỘI NGHỊ"))
        #expect(minutes["signatures"]?[0]?["name"] == .string("Lê Văn Nam"))
        #expect(minutes["signatures"]?[1]?["title"] == .string("CHỦ TRÌ HỘI NGHỊ"))
        // Not recorded: no line is printed for either vote, and the chair signs alone.
        let silent = FirstMeetingMinutesViewModel(Self.congress()).templateValue
        #expect(silent["board_vote"] == .bool(false) && silent["approval"] == .bool(false))
        #expect(silent["signatures"]?.elements.count == 1)
    }

    /// Attendance at the first meeting: of the 5 members elected, p3 absent (listed once though written twice):
    /// 4 present = 80,00 %, the absentee named.
    @Test func firstMeetingAttendance() throws {
        var c = Self.congress()
        c.firstMeeting?.absent = [PersonID("p3"), PersonID("p3")]
        let minutes = FirstMeetingMinutesViewModel(c).templateValue
        #expect(minutes["members"] == .string("5") && minutes["present"] == .string("4"))
        #expect(minutes["present_percent"] == .string("80,00%"))
        #expect(minutes["has_absent"] == .bool(true) && minutes["absent_count"] == .string("1"))
        #expect(Self.names(minutes["absent"]) == ["Nguyễn Văn An"])
    }

    /// The first meeting's minutes record each election as the congress minutes do (`ElectionResultsViewModel`):
    /// the list's size, every round's ballots issued, collected, valid and invalid, and the elected with the round
    /// that elected them; the board's head named. BTV of 2 from p1, p2, p3, base 5: round 1 (5 issued, 5
    /// collected, 4 valid, 1 invalid) gives p1 4 votes and a tie p2 = p3 = 3 for the last place; round 2 (5 valid)
    /// gives p2 4, p3 1. Elected: p1 4 (80,00 %, round 1), p2 4 (80,00 %, round 2).
    @Test func firstMeetingMinutesRecordTheBallotsOfEachRound() throws {
        var c = Self.congress()
        let ids = { (names: [String]) in names.map(PersonID.init) }
        c.elections[1].rounds = [
            VotingRound(issued: 5, collected: 5, valid: 4, invalid: 1, votes: zip(ids(["p1", "p2", "p3"]), [4, 3, 3]).map { ($0, $1) }),
            VotingRound(issued: 5, collected: 5, valid: 5, invalid: 0, votes: zip(ids(["p2", "p3"]), [4, 1]).map { ($0, $1) }),
        ]
        let minutes = FirstMeetingMinutesViewModel(c).templateValue
        let btv = try #require(minutes["elections"]?[0])
        #expect(btv["candidate_count"] == .string("3") && btv["rounds"] == .string("2"))
        let ballots = btv["ballots"]?.elements ?? []
        #expect(ballots.map { [$0["number"], $0["issued"], $0["collected"], $0["valid"], $0["invalid"]] } == [
            [.string("1"), .string("5"), .string("5"), .string("4"), .string("1")],
            [.string("2"), .string("5"), .string("5"), .string("5"), .string("0")],
        ])
        #expect((btv["elected"]?.elements ?? []).map { [$0["name"], $0["votes"], $0["percent"], $0["round"]] } == [
            [.string("Trần Thị Hòa"), .string("4"), .string("80,00%"), .string("1")],
            [.string("Lê Văn Nam"), .string("4"), .string("80,00%"), .string("2")],
        ])
        #expect(btv["complete"] == .bool(true))
        #expect((minutes["board"]?.elements ?? []).map { $0["head"] } == [.bool(true), .bool(false)])
    }

    /// Every vote-count sheet names the head of its board (the first listed): p9 Ngô Thị Hà for the congress's
    /// sheet, p4 Phạm Thị Ánh (not p5) for the first meeting's.
    @Test func voteCountSheetsNameTheBoardsHead() throws {
        let sheets = VoteCountViewModel(Self.congress()).templateValue["sheets"]?.elements ?? []
        #expect(sheets.count == 3)
        let heads = sheets.map { sheet in (sheet["board"]?.elements ?? []).filter { $0["head"] == .bool(true) } }
        #expect(heads.map { Self.names(.list($0)) } == [["Ngô Thị Hà"], ["Phạm Thị Ánh"], ["Phạm Thị Ánh"]])
        #expect((sheets[1]["board"]?.elements ?? []).map { $0["head"] } == [.bool(true), .bool(false)])
    }
}
