import Tally
import CongressModel
import Derive
import Template
import Testing
import Vietnamese

/// The chi bộ fixture elects its chi ủy. Base: 17 official members summoned, minus 1 exempt member
/// absent (stated) = 16; more than half is 9 votes or more.
struct ElectionDeriveTests {
    static func congress() -> Congress {
        var c = Fixtures.chiBo()
        c.bodies.voteCounting = [PersonID("p4"), PersonID("p5")]
        c.elections = [Election(
            id: "chi-uy", body: .chiUy, seats: 3,
            candidates: ["p1", "p2", "p3", "p10"].map(PersonID.init),
            baseExclusions: [BaseExclusion(reason: "Đảng viên miễn sinh hoạt vắng mặt", count: 1)],
            rounds: [
                VotingRound(issued: 18, collected: 18, valid: 17, invalid: 1,
                            votes: [(PersonID("p1"), 16), (PersonID("p2"), 12), (PersonID("p3"), 12), (PersonID("p10"), 10)]),
                VotingRound(issued: 18, collected: 18, valid: 18, invalid: 0,
                            votes: [(PersonID("p2"), 11), (PersonID("p3"), 7)]),
            ])]
        return c
    }

    @Test func outcomeAcrossTwoRounds() {
        let c = Self.congress()
        let outcome = ElectionOutcome(c.elections[0], congress: c)
        #expect(outcome.base.summoned == 17)
        #expect(outcome.base.value == 16)
        // 3 places: p1 (17), p2 (12), p3 (12) take them; p10 (10) passes the threshold but is fourth.
        // The tie p2 = p3 is above the cutoff, so no second round; equal votes in ballot order: p3 (Nguyễn Văn An) before p2 (Lê Văn Nam).
        #expect(outcome.rounds.count == 1)
        #expect(outcome.elected.map(\.person.rawValue) == ["p1", "p3", "p2"])
        #expect(outcome.isComplete)
    }

    @Test func tieAtTheCutoffThenASecondRound() {
        var c = Self.congress()
        c.elections[0].seats = 2
        let outcome = ElectionOutcome(c.elections[0], congress: c)
        // Round 1 for 2 places: p1 elected; p2 and p3 tie at 12 for one place → round 2 among them.
        #expect(outcome.rounds.count == 2)
        #expect(outcome.rounds[0].result.tiedAtCutoff.map(\.candidate) == ["p3", "p2"])
        #expect(outcome.rounds[1].round.seats == 1)
        // Round 2: p2 11 of base 16 (more than 8) elected.
        #expect(outcome.elected.map(\.person.rawValue) == ["p1", "p2"])
        #expect(outcome.elected.map(\.round) == [1, 2])
    }

    @Test func voteCountSheetFigures() throws {
        var c = Self.congress()
        c.elections[0].seats = 2
        guard case .object(let root) = VoteCountViewModel(c).templateValue,
              case .list(let sheets) = root["sheets"], sheets.count == 2,
              case .object(let first) = sheets[0] else {
            Issue.record("no sheets"); return
        }
        #expect(first["base"] == .string("16"))
        #expect(first["seats"] == .string("2"))
        // p1 Hòa, p2 Nam, p3 An, p10 Hải in alphabetical order by given name: An, Hải, Hòa, Nam.
        guard case .list(let rows) = first["rows"] else { Issue.record("no rows"); return }
        let names = rows.compactMap { row -> String? in
            if case .object(let o) = row, case .string(let n) = o["name"] { return n }
            return nil
        }
        #expect(names == ["Nguyễn Văn An", "Hoàng Văn Hải", "Trần Thị Hòa", "Lê Văn Nam"])
        guard case .object(let an) = rows[0] else { return }
        #expect(an["votes"] == .string("12"))
        #expect(an["percent"] == .string("75,00%"))   // 12/16
        // Round 1 for 2 places: p1 (16) elected; p2 Nam and p3 An tie at 12 for the last place → round 2 for 1.
        #expect(first["is_further_round"] == .bool(false))
        #expect(first["next"] == .object(["is_complete": false, "is_tied": true, "congress_decides": false, "is_short": false,
                                          "tied_names": "Nguyễn Văn An, Lê Văn Nam", "tied_votes": "12", "open_seats": "1",
                                          "sentence": .string("Các đồng chí Nguyễn Văn An, Lê Văn Nam có số phiếu bằng nhau (12 phiếu) tại vị trí cuối; "
                                              + "Đại hội bầu tiếp trong số các đồng chí này để chọn 1 đồng chí.")]))
        // The chi ủy is elected by the congress: the base is the official members summoned.
        #expect(first["voters"] == .object(["official_attendees": true, "official_members": false, "committee_members": false,
                                            "committee_member": "chi ủy viên"]))
        guard case .object(let second) = sheets[1] else { Issue.record("no second sheet"); return }
        #expect(second["round"] == .string("2") && second["is_further_round"] == .bool(true))
        #expect(second["next"]?["is_complete"] == .bool(true))
    }

    /// Too few pass the threshold: round 1 for 3 places elects p1 alone (16 of base 16; 7, 6, 5 are not more
    /// than 8), 2 places stay open.
    @Test func tooFewElected() {
        var c = Self.congress()
        c.elections[0].rounds = [VotingRound(issued: 18, collected: 18, valid: 18, invalid: 0,
                                             votes: [(PersonID("p1"), 16), (PersonID("p2"), 7), (PersonID("p3"), 6), (PersonID("p10"), 5)])]
        let sheet = VoteCountViewModel(c).templateValue["sheets"]?[0]
        #expect(sheet?["elected_count"] == .string("1"))
        #expect(sheet?["next"] == .object(["is_complete": false, "is_tied": false, "congress_decides": false, "is_short": true,
                                           "tied_names": "", "tied_votes": "", "open_seats": "2",
                                           "sentence": "Số người trúng cử chưa đủ số lượng, còn thiếu 2 đồng chí; Đại hội xem xét, quyết định bầu tiếp."]))
    }

    /// `election_tie_rule: congress-decides`: round 1 for 2 places elects p1 (16); p2 and p3 tie at 12 for the
    /// last place. Neither is elected and the sheet says the congress decides; the file's round 2 (p2 11, p3 7)
    /// is then the congress's decision, counted for the 1 place left: p2's 11 of base 16 elects him.
    @Test func tieWhenTheCongressDecides() {
        var c = Self.congress()
        c.elections[0].seats = 2
        c.settings.electionTieRule = "congress-decides"
        let sheets = VoteCountViewModel(c).templateValue["sheets"]
        #expect(sheets?[0]?["next"] == .object(["is_complete": false, "is_tied": true, "congress_decides": true, "is_short": false,
                                                "tied_names": "Nguyễn Văn An, Lê Văn Nam", "tied_votes": "12", "open_seats": "1",
                                                "sentence": .string("Các đồng chí Nguyễn Văn An, Lê Văn Nam có số phiếu bằng nhau (12 phiếu) tại vị trí cuối, "
                                                    + "nhiều hơn số lượng còn lại (1 đồng chí), nên chưa đồng chí nào trong số này trúng cử; "
                                                    + "Đại hội xem xét, quyết định việc bầu 1 đồng chí còn thiếu.")]))
        #expect(sheets?[0]?["elected_count"] == .string("1"))
        #expect(sheets?[1]?["next"]?["is_complete"] == .bool(true))
        #expect(ElectionOutcome(c.elections[0], congress: c).elected.map(\.person.rawValue) == ["p1", "p2"])
    }

    /// The bodies the new committee elects count its members; at a chi bộ the congress elects the bí thư
    /// directly (the default of `chi_bo_congress_elects_secretary`), so its official members are the voters.
    @Test func votersByBodyAndLevel() {
        var c = Self.congress()
        c.elections[0].body = .biThu
        #expect(VoteCountViewModel(c).templateValue["sheets"]?[0]?["voters"]
            == .object(["official_attendees": true, "official_members": false, "committee_members": false,
                        "committee_member": "chi ủy viên"]))
        c.organisation.level = .capHuyen
        #expect(VoteCountViewModel(c).templateValue["sheets"]?[0]?["voters"]
            == .object(["official_attendees": false, "official_members": false, "committee_members": true,
                        "committee_member": "ủy viên Ban Chấp hành"]))
    }

    @Test func regulationByDate() {
        #expect(ElectionRegulation.citation(for: Fixtures.date(2020, 5, 19)) == "Quyết định số 244-QĐ/TW ngày 09/6/2014")
        #expect(ElectionRegulation.citation(for: Fixtures.date(2025, 4, 5)) == "Quyết định số 190-QĐ/TW ngày 10/10/2024")
    }
}

struct MinutesElectionTests {
    /// The minutes state each election's elected by votes with the percentage of the base (16).
    @Test func minutesCarryTheResults() {
        var c = ElectionDeriveTests.congress()
        c.elections[0].seats = 2
        guard case .object(let minutes) = MinutesViewModel(c).templateValue,
              case .list(let elections) = minutes["elections"], case .object(let first) = elections.first,
              case .list(let elected) = first["elected"] else {
            Issue.record("no elections in the minutes"); return
        }
        #expect(minutes["motions_number"] == .string("VI"))
        #expect(first["rounds"] == .string("2"))
        #expect(elected.count == 2)
        // Two rounds: each elected says which (p2's 11 votes are the second round's, not the first's 12).
        #expect(elected.first == .object(["number": "1", "name": "Trần Thị Hòa", "votes": "16", "percent": "100,00%", "round": "1"]))
        #expect(elected.last == .object(["number": "2", "name": "Lê Văn Nam", "votes": "11", "percent": "68,75%", "round": "2"]))
        // The ballots of each round, as the data gives them (18 issued and collected; 17 + 1, then 18 + 0).
        #expect(first["ballots"] == .list([
            ["number": "1", "issued": "18", "collected": "18", "valid": "17", "invalid": "1"],
            ["number": "2", "issued": "18", "collected": "18", "valid": "18", "invalid": "0"],
        ]))
        // The same strings as the vote-count sheets of the same rounds: one source (`BallotFigures`).
        let sheets = VoteCountViewModel(c).templateValue["sheets"]?.elements ?? []
        #expect(sheets.count == 2)
        for (sheet, ballots) in zip(sheets, first["ballots"]?.elements ?? []) {
            for key in ["issued", "collected", "valid", "invalid"] { #expect(sheet[key] == ballots[key]) }
        }
        // One round: no round number on the ballots nor on the elected.
        c.elections[0].seats = 3
        let single = MinutesViewModel(c).templateValue["elections"]?[0]
        #expect(single?["ballots"] == .list([["number": false, "issued": "18", "collected": "18", "valid": "17", "invalid": "1"]]))
        #expect(single?["elected"]?[0]?["round"] == .bool(false))
        // Without elections the motions are section V.
        guard case .object(let plain) = MinutesViewModel(Fixtures.chiBo()).templateValue else { return }
        #expect(plain["motions_number"] == .string("V"))
        #expect(plain["has_elections"] == .bool(false))
    }
}

/// The resolution's view model: points numbered in order, the approval's subpoints numbered 1, 2 …, the
/// targets as the report gives them, the elected by body (the sentences are the template's).
struct ResolutionViewModelTests {
    static func congress() -> Congress {
        var c = ElectionDeriveTests.congress()
        c.targets = TargetFigureTests.targets
        c.politicalReport = PoliticalReport(generalGoal: "Mục tiêu.", breakthroughs: "Đột phá.")
        return c
    }

    @Test func pointsAndSubpointsInOrder() {
        let value = ResolutionViewModel(Self.congress()).templateValue
        #expect(value["points"] == .list([]))
        let approval = value["approval"]
        #expect(approval?["number"] == "I")
        // Results 1, goal 2, new targets 3, no tasks, breakthroughs 4.
        #expect(approval?["results"]?["number"] == "1" && approval?["general_goal"]?["number"] == "2")
        #expect(approval?["new_targets"]?["number"] == "3" && approval?["tasks"] == .bool(false))
        #expect(approval?["breakthroughs"]?["number"] == "4")
        // The 7 assessed targets (not H), each the same value as the report's row; A, D and H for the new term.
        let report = ReportViewModel(Self.congress()).templateValue
        #expect(approval?["results"]?["summary"] == report["results"]?["summary"])
        #expect(approval?["results"]?["targets"]?.elements.map { $0["name"] } == ["A", "B", "C", "D", "E", "F", "G"])
        #expect(approval?["results"]?["targets"]?[2] == report["results"]?["rows"]?[2])
        #expect(approval?["new_targets"]?["targets"] == report["new_targets"]?["targets"])
        // Elections II, carrying it out III.
        #expect(value["elections"]?["number"] == "II" && value["implementation"]?["number"] == "III")
    }

    @Test func electedByBody() {
        var c = Self.congress()
        // The chi ủy elects p1, p2, p3 (3 places); a bí thư, p1 alone; a third election elects nobody.
        var biThu = c.elections[0]
        biThu.body = .biThu
        biThu.seats = 1
        biThu.candidates = [PersonID("p1")]
        biThu.rounds = [VotingRound(issued: 18, collected: 18, valid: 18, invalid: 0, votes: [(PersonID("p1"), 15)])]
        var nobody = biThu
        nobody.rounds = [VotingRound(issued: 18, collected: 18, valid: 18, invalid: 0, votes: [(PersonID("p1"), 8)])]
        c.elections += [biThu, nobody]
        let bodies = ResolutionViewModel(c).templateValue["elections"]?["bodies"]?.elements ?? []
        #expect(bodies.count == 2)
        // Elected by votes Hòa, Nam, An; printed in A, B, C order by given name (An, Hòa, Nam), two columns.
        #expect(bodies.first == [
            "number": "1", "body": "Chi ủy Chi bộ Khu phố 3 nhiệm kỳ 2025\u{00A0}-\u{2060}\u{00A0}2030", "is_single": false,
            "name": "Trần Thị Hòa", "count": "03",
            "columns": ["rows": [
                ["cells": [["number": "1", "name": "Nguyễn Văn An"], ["number": "2", "name": "Trần Thị Hòa"]]],
                ["cells": [["number": "3", "name": "Lê Văn Nam"], ["number": false, "name": ""]]],
            ]],
            "held_at_first_meeting": false,
            "first_meeting": .string("Hội nghị lần thứ nhất Chi ủy Chi bộ Khu phố 3 nhiệm kỳ " + YearRange.text(from: 2025, to: 2030)),
        ])
        #expect(bodies.last?["is_single"] == .bool(true) && bodies.last?["columns"] == .bool(false))
        #expect(bodies.last?["body"] == "Bí thư Chi bộ Khu phố 3 nhiệm kỳ 2025\u{00A0}-\u{2060}\u{00A0}2030" && bodies.last?["name"] == "Trần Thị Hòa")
        // Nobody elected anywhere: no election point, carrying it out is II.
        c.elections = [nobody]
        let none = ResolutionViewModel(c).templateValue
        #expect(none["elections"] == .bool(false) && none["implementation"]?["number"] == "II")
        #expect(none["has_elections"] == .bool(true))
    }

    /// "Nhất trí" only when nobody voted against or abstained: 15 of 16 voters present (18 present, 2 of
    /// them probationary) is 93,75 %.
    @Test func adoptionSaysUnanimousOnlyWhenItWas() {
        var c = Self.congress()
        #expect(ResolutionViewModel(c).templateValue["adoption"]?["unanimous"] == .bool(true))   // no vote yet
        c.motions = [Motion(subject: "Thông qua Nghị quyết", session: .official, inFavour: 15, against: 1, adoptsResolution: true)]
        let split = ResolutionViewModel(c).templateValue["adoption"]
        #expect(split == ["unanimous": false, "for_percent": "93,75%", "is_delegates": false])
        c.motions = [Motion(subject: "Thông qua Nghị quyết", session: .official, inFavour: 16, adoptsResolution: true),
                     Motion(subject: "Thông qua chương trình", session: .official, inFavour: 14, against: 2)]
        #expect(ResolutionViewModel(c).templateValue["adoption"]?["unanimous"] == .bool(true))
    }

    @Test func pointsGivenInTheDataReplaceTheApproval() {
        var c = Self.congress()
        c.resolution = Resolution(points: [ResolutionPoint(title: "Một", text: "A."), ResolutionPoint(title: "Hai", text: "B.")])
        let value = ResolutionViewModel(c).templateValue
        #expect(value["approval"] == .bool(false))
        #expect(value["points"]?.elements.map { $0["number"] } == ["I", "II"])
        #expect(value["points"]?[1]?["title"] == "Hai")
        #expect(value["elections"]?["number"] == "III" && value["implementation"]?["number"] == "IV")
    }

    @Test func datesAndNames() {
        var c = Self.congress()
        let one = ResolutionViewModel(c).templateValue
        #expect(one["is_one_day"] == .bool(true) && one["date"] == "ngày 05 tháng 4 năm 2025")
        c.preparatorySession = Session(kind: .preparatory, date: Fixtures.date(2025, 4, 4), start: Fixtures.time(14, 0), items: [])
        let two = ResolutionViewModel(c).templateValue
        #expect(two["is_one_day"] == .bool(false) && two["start_date"] == "ngày 04 tháng 4 năm 2025")
        // Congress V of a chi bộ, 2025 - 2030: it reviews congress IV's resolution, for 2020 - 2025.
        #expect(two["past_congress"] == "Đại hội lần thứ IV" && two["past_term"] == "nhiệm kỳ 2020\u{00A0}-\u{2060}\u{00A0}2025")
        #expect(two["new_term"] == "nhiệm kỳ 2025\u{00A0}-\u{2060}\u{00A0}2030")
        #expect(two["outgoing_committee"] == "Chi ủy Chi bộ Khu phố 3 nhiệm kỳ 2020\u{00A0}-\u{2060}\u{00A0}2025")
        #expect(two["incoming_committee"] == "Chi ủy Chi bộ Khu phố 3 nhiệm kỳ 2025\u{00A0}-\u{2060}\u{00A0}2030")
        #expect(two["report_title"] == "Báo cáo chính trị" && two["report_title_in_text"] == "báo cáo chính trị")
        #expect(two["congress_upper"] == "ĐẠI HỘI ĐẢNG VIÊN CHI BỘ KHU PHỐ 3 LẦN THỨ V")
    }
}
