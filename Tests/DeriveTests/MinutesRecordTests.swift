import CongressModel
import Derive
import Template
import Testing

/// What the minutes record besides the results (issue 13 §4): who presented each report, the vote electing the
/// working bodies, the ballots of each election, the comments on the draft documents, and that the minutes
/// were read and approved. The fixture has 16 voters present (17 official members, one absent; the two
/// probationary members present do not vote).
struct MinutesRecordTests {
    static func congress() -> Congress {
        var c = Fixtures.chiBo()
        c.bodies.presidium = ["p1", "p2", "p3"].map(PersonID.init)
        c.bodies.secretariat = [PersonID("p4")]
        c.bodies.voteCounting = [PersonID("p5"), PersonID("p8")]
        var bodies = Motion(subject: "Bầu Đoàn Chủ tịch và Thư ký", session: .official, inFavour: 15, abstained: 1)
        bodies.elects = [.presidium, .secretariat]
        var minutes = Motion(subject: "Thông qua Biên bản", session: .official, inFavour: 16)
        minutes.approvesMinutes = true
        c.motions = [bodies] + c.motions + [minutes]
        return c
    }

    @Test func theVoteFollowsTheLastBodyItElected() throws {
        let value = MinutesViewModel(Self.congress()).templateValue
        let bodies = value["bodies"]?.elements ?? []
        #expect(bodies.map { $0["body"]?["label"] } == ["Đoàn Chủ tịch", "Thư ký Đại hội", "Ban Kiểm phiếu"])
        // The presidium and the secretary in one vote: its figures after the secretary, not twice.
        #expect(bodies[0]["vote"] == .bool(false))
        // 15 of 16 = 93,75 %; one abstained, nobody against.
        #expect(bodies[1]["vote"] == [
            "card_phrase": "giơ thẻ đảng viên", "voters_noun": "đảng viên chính thức",
            "for": "15", "voters": "16", "for_percent": "93,75%", "against": false, "abstain": "1",
        ])
        // No motion elects the Ban Kiểm phiếu: listed with no figures (none invented).
        #expect(bodies[2]["vote"] == .bool(false))
    }

    @Test func aVoteOnBodiesApartIsPrintedOnce() {
        var c = Self.congress()
        // One vote elects the presidium and the Ban Kiểm phiếu, not the secretary between them.
        c.motions[0].elects = [.presidium, .voteCounting]
        let votes = MinutesViewModel(c).templateValue["bodies"]?.elements.map { $0["vote"]?["for"] }
        #expect(votes == [nil, nil, "15"])
    }

    @Test func votesStatedElsewhereAreNotInTheTable() {
        let value = MinutesViewModel(Self.congress()).templateValue
        // Only the programme vote is left in section VI, numbered 1.
        #expect(value["motions"]?.elements.map { $0["subject"] } == ["Thông qua chương trình đại hội"])
        #expect(value["motions"]?[0]?["number"] == "1")
    }

    @Test func approvalOfTheMinutes() {
        var c = Self.congress()
        #expect(MinutesViewModel(c).templateValue["approval"]
                == ["for_percent": "100,00%", "voters_noun": "đảng viên chính thức", "unanimous": true])
        // 14 of 16 = 87,50 %, one against: approved, not unanimously.
        c.motions[c.motions.count - 1].inFavour = 14
        c.motions[c.motions.count - 1].against = 1
        #expect(MinutesViewModel(c).templateValue["approval"]
                == ["for_percent": "87,50%", "voters_noun": "đảng viên chính thức", "unanimous": false])
        // No vote recorded: the minutes do not say they were approved.
        c.motions.removeLast()
        #expect(MinutesViewModel(c).templateValue["approval"] == .bool(false))
    }

    @Test func reportsWithTheirPresenters() {
        var c = Self.congress()
        // The attendance report (p2, Lê Văn Nam) then the report (p1, Trần Thị Hòa, Bí thư Chi bộ), in programme order.
        #expect(MinutesViewModel(c).templateValue["reports"] == [
            ["document": "Báo cáo tình hình đảng viên dự đại hội", "performer": "Lê Văn Nam"],
            ["document": "Báo cáo tổng kết nhiệm kỳ 2020 - 2025", "performer": "Trần Thị Hòa, Bí thư Chi bộ"],
        ])
        // A report nobody is assigned to names no presenter.
        c.officialSession.items[2].performer = nil
        #expect(MinutesViewModel(c).templateValue["reports"]?[1]?["performer"] == .bool(false))
    }

    @Test func commentsOnTheDraftDocuments() {
        var c = Self.congress()
        c.draftComments = [DraftComments(documents: "dự thảo văn kiện cấp trên", count: 7, summary: "Nhất trí."),
                           DraftComments(documents: "dự thảo văn kiện Đại hội XIV")]
        let comments = MinutesViewModel(c).templateValue["draft_comments"]?.elements ?? []
        #expect(comments.count == 2)
        #expect(comments[0]["documents"] == "dự thảo văn kiện cấp trên" && comments[0]["count"] == "7")
        #expect(comments[0]["summary"]?["blocks"]?[0]?["is_paragraph"] == .bool(true))
        // Neither a count nor a summary the data lacks.
        #expect(comments[1]["count"] == .bool(false) && comments[1]["summary"] == .bool(false))
    }
}

/// The resolution's points on the comments and the delegation, its inner numbering and its name columns.
struct ResolutionPointTests {
    @Test func draftCommentsPointBeforeTheElections() {
        var c = ResolutionViewModelTests.congress()
        c.draftComments = [DraftComments(documents: "dự thảo A"), DraftComments(documents: "dự thảo B"),
                           DraftComments(documents: "dự thảo C")]
        let value = ResolutionViewModel(c).templateValue
        // I approval, II comments, III elections, IV carrying it out.
        #expect(value["draft_comments"]?["number"] == "II" && value["elections"]?["number"] == "III")
        #expect(value["implementation"]?["number"] == "IV")
        #expect(value["draft_comments"]?["documents"] == "dự thảo A, dự thảo B và dự thảo C")
        // One chair (p1): "Chủ tịch Đại hội"; the superior committee named as in Nơi nhận.
        #expect(value["draft_comments"]?["presidium"] == "Chủ tịch Đại hội")
        #expect(value["draft_comments"]?["superior"] == "Đảng ủy phường Quang Trung")
        c.draftComments = []
        #expect(ResolutionViewModel(c).templateValue["draft_comments"] == .bool(false))
    }

    @Test func delegationPointWithOfficialAndAlternates() {
        var c = ResolutionViewModelTests.congress()
        var official = c.elections[0]
        official.id = "dbct"
        official.body = .daiBieuCapTren
        official.seats = 2
        official.rounds = [VotingRound(issued: 16, collected: 16, valid: 16, invalid: 0,
                                       votes: [(PersonID("p1"), 16), (PersonID("p2"), 14), (PersonID("p3"), 9)])]
        var alternate = official
        alternate.id = "dbdk"
        alternate.body = .daiBieuDuKhuyet
        alternate.seats = 1
        alternate.candidates = [PersonID("p3")]
        alternate.rounds = [VotingRound(issued: 16, collected: 16, valid: 16, invalid: 0, votes: [(PersonID("p3"), 15)])]
        c.elections += [official, alternate]
        let value = ResolutionViewModel(c).templateValue
        // The elections point keeps the committee only; the delegation has its own point after it.
        #expect(value["elections"]?["bodies"]?.elements.count == 1)
        let delegation = value["delegation"]
        #expect(delegation?["number"] == "III" && value["implementation"]?["number"] == "IV")
        #expect(delegation?["congress"] == "Đại hội Đảng bộ phường Quang Trung")
        // p1 (16) and p2 (14) pass half of 16; p3 (9) too, but there are two places: 02 official, 01 alternate.
        #expect(delegation?["official"] == "02" && delegation?["alternate"] == "01")
        let lists = delegation?["lists"]?.elements ?? []
        #expect(lists.map { $0["body"] } == ["Đại biểu chính thức đi dự Đại hội Đảng bộ phường Quang Trung",
                                             "Đại biểu dự khuyết đi dự Đại hội Đảng bộ phường Quang Trung"])
        #expect(lists[1]["is_single"] == .bool(true) && lists[1]["name"] == "Nguyễn Văn An")
        #expect(delegation?["short"] == .bool(false))
        // The superior allocated 3 official and 1 alternate: one official place stays open, and the point says so.
        c.delegation = DelegationAllocation(official: 3, alternate: 1)
        #expect(ResolutionViewModel(c).templateValue["delegation"]?["short"] == [
            "allocated_official": "03", "allocated_alternate": "01", "open_official": "01", "open_alternate": "00",
        ])
        c.delegation = DelegationAllocation(official: 2, alternate: 1)
        #expect(ResolutionViewModel(c).templateValue["delegation"]?["short"] == .bool(false))
        // Without a delegation election, no point.
        #expect(ResolutionViewModel(ResolutionViewModelTests.congress()).templateValue["delegation"] == .bool(false))
    }

    @Test func innerListsAreLettered() {
        var c = ResolutionViewModelTests.congress()
        c.politicalReport?.tasks = "1. Một.\n2. Hai.\n3. Ba.\n4. Bốn.\n5. Năm."
        let blocks = ResolutionViewModel(c).templateValue["approval"]?["tasks"]?["blocks"]?.elements ?? []
        #expect(blocks.count == 1 && blocks[0]["is_lettered"] == .bool(true) && blocks[0]["is_ordered"] == .bool(false))
        // a, b, c, d, đ — the Vietnamese alphabet.
        #expect(blocks[0]["items"]?.elements.map { $0["marker"] } == ["a)", "b)", "c)", "d)", "đ)"])
        #expect(blocks[0]["items"]?[4]?["runs"]?[0]?["text"] == "Năm.")
        // The report keeps its own numbering.
        let report = ProseViewModel.blocks("1. Một.\n2. Hai.").elements
        #expect(report[0]["is_ordered"] == .bool(true) && report[0]["is_lettered"] == .bool(false))
    }

    @Test func nameColumns() {
        var c = Fixtures.chiBo()
        // Nine names: three columns, three rows, in A, B, C order by given name.
        let nine = (1...9).map { PersonID("p\($0)") }
        c.elections = [Election(id: "chi-uy", body: .chiUy, seats: 9, candidates: nine,
                                rounds: [VotingRound(issued: 16, collected: 16, valid: 16, invalid: 0,
                                                     votes: nine.map { ($0, 16) })])]
        let rows = ResolutionViewModel(c).templateValue["elections"]?["bodies"]?[0]?["columns"]?["rows"]?.elements ?? []
        #expect(rows.count == 3)
        #expect(rows.map { $0["cells"]?.elements.count } == [3, 3, 3])
        // An, Ánh, Bình / Cường, Dung, Đức / Hà, Hòa, Nam.
        #expect(rows.flatMap { $0["cells"]?.elements ?? [] }.map { $0["name"] }
                == ["Nguyễn Văn An", "Phạm Thị Ánh", "Vũ Đức Bình", "Đỗ Văn Cường", "Bùi Thị Dung", "Đặng Văn Đức",
                    "Ngô Thị Hà", "Trần Thị Hòa", "Lê Văn Nam"])
    }
}
