import CongressModel
import Derive
import Template
import Testing
import Vietnamese

/// Every figure of the report, the resolution and the credentials report, recomputed by hand.
@Suite struct TargetFigureTests {
    static func d(_ text: String) -> ExactDecimal? { ExactDecimal(parsing: text) }

    /// Eight targets: "≥" and "≤", exceeded, met and missed, a zero plan, a new target only.
    static let targets: [Target] = [
        Target(name: "A", unit: "%/năm", planned: d("10.5"), achieved: d("10.82"), newTarget: d("10.66")),
        Target(name: "B", unit: "triệu đồng", planned: d("78"), achieved: d("78.00")),
        Target(name: "C", unit: "%", planned: d("30"), achieved: d("27.5")),
        Target(name: "D", unit: "%", direction: .atMost, planned: d("2"), achieved: d("1.5"), newTarget: d("1")),
        Target(name: "E", unit: "%", direction: .atMost, planned: d("1.2"), achieved: d("1,20")),
        Target(name: "F", unit: "%", direction: .atMost, planned: d("0.8"), achieved: d("0.95")),
        Target(name: "G", unit: "xã", planned: d("0"), achieved: d("5")),
        Target(name: "H", unit: "%", newTarget: d("30")),
    ]

    @Test func statusHonoursTheDirection() {
        let statuses = Self.targets.map { TargetFigures($0).status }
        #expect(statuses == [.exceeded, .met, .missed, .exceeded, .met, .missed, .exceeded, nil])
    }

    @Test func ratesByHand() {
        // 10,82 / 10,5 = 1,030476… → 103,05%; 27,5 / 30 = 0,91666… → 91,67%; 0,95 / 0,8 = 1,1875 → 118,75%.
        let rates = Self.targets.map { TargetFigures($0).rateText(decimals: 2) }
        #expect(rates == ["103,05%", "100,00%", "91,67%", "75,00%", "100,00%", "118,75%", "—", "—"])
        // Half up: 1 / 8 = 12,5% → 13% with no decimals.
        let eighth = TargetFigures(Target(name: "x", unit: "", planned: Self.d("8"), achieved: Self.d("1")))
        #expect(eighth.rateText(decimals: 0) == "13%")
        #expect(eighth.rateText(decimals: 1) == "12,5%")
    }

    @Test func countsMet() {
        var congress = Fixtures.chiBo()
        congress.targets = Self.targets
        let summary = TargetSummary(congress)
        #expect(summary.assessed == 7)
        #expect(summary.achieved == 5)
        #expect(summary.exceeded == 3)
        #expect(summary.missed == 2)
        #expect(summary.newTerm.map(\.target.name) == ["A", "D", "H"])
    }

    @Test func extremeValuesNeitherOverflowNorCrash() {
        let huge = Self.d("999999999999.999999"), tiny = Self.d("0.000001")
        #expect(huge?.vietnamese == "999.999.999.999,999999")
        #expect(Self.d("1234567890123") == nil, "13 digits before the point are refused")
        #expect(Self.d("1.1234567") == nil, "7 decimals are refused")
        let up = TargetFigures(Target(name: "x", unit: "", planned: tiny, achieved: huge))
        #expect(up.status == .exceeded)
        #expect(up.rateText(decimals: 2) == "—", "a rate beyond 12 digits is not printed")
        let down = TargetFigures(Target(name: "x", unit: "", planned: huge, achieved: tiny))
        #expect(down.rateText(decimals: 2) == "0,00%")
        #expect(TargetFigures(Target(name: "x", unit: "", planned: Self.d("-4"), achieved: Self.d("-2"))).rateText(decimals: 1) == "50,0%")
    }

    @Test func decimalsStayExact() {
        #expect(Self.d("10.66")?.vietnamese == "10,66")
        #expect(Self.d("1250")?.vietnamese == "1.250")
        #expect(Self.d("0.5")?.vietnamese == "0,5")
        #expect(Self.d("-0.05")?.description == "-0.05")
        #expect(Self.d("0.1")?.compare(Self.d("0.10")!) == 0)
        // 0,1 + 0,2 style drift cannot happen: 0,3 / 0,1 is exactly 3.
        #expect(Self.d("0.3")?.ratio(to: Self.d("0.1")!) == ExactRatio(3, 1))
        for bad in ["1e3", "10.", ".5", "1.234,5", "10,6,6", "", "abc", "1 000"] { #expect(Self.d(bad) == nil, "\(bad)") }
        #expect(TargetFigures(Self.targets[3]).stated(Self.d("1")) == "≤ 1")
        #expect(TargetFigures(Self.targets[0]).stated(Self.d("10.66")) == "≥ 10,66")
    }
}

@Suite struct CredentialsFigureTests {
    /// The chi bộ fixture (19 members, ages 65 − i at 5/4/2025) with an unknown birth year and ethnicity,
    /// a Tày member, and three known Party-joining days.
    static func congress() -> Congress {
        var congress = Fixtures.chiBo()
        congress.people[3].birthYear = nil
        congress.people[3].ethnicity = nil
        congress.people[4].ethnicity = "Tày"
        congress.people[0].joinedParty = CalendarDate(year: 1995, month: 4, day: 6)
        congress.people[1].joinedParty = CalendarDate(year: 1995, month: 4, day: 5)
        congress.people[2].joinedParty = CalendarDate(year: 2020, month: 1, day: 1)
        return congress
    }

    @Test func everyBreakdownAddsUpToTheWhole() {
        let figures = CredentialsFigures(Self.congress())
        #expect(figures.breakdowns.count == 8)
        for breakdown in figures.breakdowns {
            #expect(breakdown.whole == 19, "\(breakdown.title)")
            #expect(breakdown.total == breakdown.whole, "\(breakdown.title)")
        }
        #expect(figures.attendance.summoned == 19)
        #expect(figures.attendance.present + figures.attendance.absent == 19)
    }

    @Test func breakdownsByHand() {
        let b = Dictionary(uniqueKeysWithValues: CredentialsFigures(Self.congress()).breakdowns.map { ($0.title, $0) })
        #expect(b["Về loại đảng viên"]?.rows.map(\.count) == [17, 2])
        // i % 3 == 0 are women: i = 0, 3, 6, 9, 12, 15, 18.
        #expect(b["Về giới tính"]?.count("Nữ") == 7)
        #expect(b["Về giới tính"]?.count("Nam") == 12)
        #expect(b["Về dân tộc"]?.rows.map(\.label) == ["Dân tộc Kinh", "Dân tộc thiểu số", "không rõ"])
        #expect(b["Về dân tộc"]?.rows.map(\.count) == [17, 1, 1])
        // Ages 65 … 47; i = 3 unknown: ≥ 60 are i = 0, 1, 2, 4, 5; 50–59 are i = 6…15; 40–49 are i = 16…18.
        #expect(b["Về độ tuổi"]?.rows.map(\.count) == [0, 0, 3, 10, 5, 1])
        #expect(b["Về độ tuổi"]?.rows.last?.label == "không rõ")
        #expect(b["Về trình độ chuyên môn"]?.count("Đại học") == 19)
        #expect(b["Về trình độ lý luận chính trị"]?.count("Trung cấp") == 19)
        // Joined 6/4/1995 → 29 full years on 5/4/2025; 5/4/1995 → 30; 1/1/2020 → 5; 16 unknown.
        #expect(b["Về tuổi đảng"]?.rows.map(\.count) == [1, 0, 1, 1, 16])
    }

    @Test func agesByHand() {
        let ages = CredentialsFigures(Self.congress()).ages
        // Σ(65 − i) for i = 0…18 is 1.064; without i = 3 (62): 1.002 over 18 = 55,666…
        #expect(ages.known == 18)
        #expect(ages.average == ExactRatio(1002, 18))
        #expect(ages.oldest?.age == 65)
        #expect(ages.oldest?.names == ["Trần Thị Hòa"])
        #expect(ages.youngest?.age == 47)
        #expect(ages.youngest?.names == ["Trần Văn Ân"])
    }

    @Test func delegatesCongressCountsCategories() {
        var congress = Self.congress()
        congress.details.kind = .daiBieu
        for i in congress.delegates.indices { congress.delegates[i].category = i < 5 ? .duongNhien : (i < 17 ? .bau : nil) }
        let category = CredentialsFigures(congress).breakdowns[0]
        #expect(category.title == "Về thành phần đại biểu")
        #expect(category.rows.map(\.count) == [5, 12, 0, 2])
        #expect(category.total == 19)
    }

    @Test func quorumIsTwoThirdsOfOfficialMembers() {
        var congress = Self.congress()
        #expect(CredentialsFigures(congress).isQuorate)
        // 17 official: 11 present is below 2/3 (11 × 3 = 33 < 34), 12 is enough.
        for i in 0..<6 { congress.delegates[i].absence = Absence(reason: "Ốm") }
        #expect(CredentialsFigures(congress).attendance.officialPresent == 11)
        #expect(!CredentialsFigures(congress).isQuorate)
        congress.delegates[0].absence = nil
        #expect(CredentialsFigures(congress).isQuorate)
    }
}

/// The credentials report's view model: figures formatted, decisions as flags (the sentences are the template's).
@Suite struct CredentialsViewModelTests {
    @Test func attendanceAndBoard() {
        let value = CredentialsViewModel(CredentialsFigureTests.congress()).templateValue
        // 19 summoned, p6 absent: 18 present = 94,736…% → 94,74%; 1 absent = 5,263…% → 5,26%.
        #expect(value["summoned"] == "19" && value["present"] == "18" && value["absent"] == "1")
        #expect(value["present_percent"] == "94,74%" && value["absent_percent"] == "5,26%")
        #expect(value["attendee"] == "đảng viên" && value["attendee_upper"] == "ĐẢNG VIÊN")
        #expect(value["congress_name_term"] == "Đại hội đảng viên Chi bộ Khu phố 3 lần thứ V, nhiệm kỳ 2025\u{00A0}-\u{2060}\u{00A0}2030")
        // No credentials board: the presidium checked the credentials.
        #expect(value["has_board"] == .bool(false))
        var withBoard = CredentialsFigureTests.congress()
        withBoard.bodies.credentials = ["p3", "p4", "p5"].map(PersonID.init)
        let boarded = CredentialsViewModel(withBoard).templateValue
        #expect(boarded["has_board"] == .bool(true) && boarded["board_count"] == "03")
    }

    @Test func breakdownRowsAndAges() {
        let breakdowns = (CredentialsViewModel(CredentialsFigureTests.congress()).templateValue["breakdowns"] ?? .list([])).elements
        #expect(breakdowns.count == 8)
        // Gender, second: 12 men = 63,157…% → 63,16%; 7 women = 36,842…% → 36,84%.
        let gender = breakdowns[1]
        #expect(gender["number"] == "2" && gender["title"] == "Về giới tính" && gender["ages"] == .bool(false))
        #expect(gender["rows"] == .list([["label": "Nam", "count": "12", "percent": "63,16%"],
                                         ["label": "Nữ", "count": "7", "percent": "36,84%"]]))
        // Ethnicity: the unknown row's label gets its capital ("không rõ" → "Không rõ"), 1 of 19 = 5,26%.
        #expect(breakdowns[2]["rows"]?[2] == ["label": "Không rõ", "count": "1", "percent": "5,26%"])
        // Ages, fourth: 1.002 years over the 18 known = 55,666… → 55,7; p4's birth year is unknown.
        let ages = breakdowns[3]["ages"]
        #expect(breakdowns[3]["title"] == "Về độ tuổi")
        #expect(ages?["has_known_ages"] == .bool(true) && ages?["average"] == "55,7")
        #expect(ages?["some_unknown"] == .bool(true) && ages?["known"] == "18")
        #expect(ages?["oldest"] == ["is_single": true, "names": "Trần Thị Hòa", "age": "65"])
        #expect(ages?["youngest"] == ["is_single": true, "names": "Trần Văn Ân", "age": "47"])
    }

    /// Học vấn and chuyên môn are two breakdowns (THPT is no professional qualification), and a row nobody falls in
    /// is left out of the paper while the figures keep it (the rows still add up to the whole).
    @Test func generalEducationApartFromQualificationWithoutEmptyRows() {
        var congress = CredentialsFigureTests.congress()
        // 19 people, all đại học in the fixture; now p1 thạc sĩ, p2 tiến sĩ (sau đại học: 2), p3 trung cấp with THCS
        // stated, p4 trung cấp stated nothing (học vấn unknown), p5 THPT only (no professional qualification).
        congress.people[0].education = .thacSi
        congress.people[1].education = .tienSi
        congress.people[2].education = .trungCap
        congress.people[2].generalEducation = .thcs
        congress.people[3].education = .trungCap
        congress.people[4].education = .thpt
        let figures = CredentialsFigures(congress)
        let titles = figures.breakdowns.map(\.title)
        let schooling = figures.breakdowns[4], qualification = figures.breakdowns[5]
        #expect(titles[4...5] == ["Về trình độ học vấn", "Về trình độ chuyên môn"])
        // Học vấn: 17 THPT (implied by 2 sau đại học and 14 đại học, and by the THPT-only), 1 THCS, 1 unknown, no Tiểu học.
        #expect(schooling.rows.map(\.label) == ["Trung học phổ thông", "Trung học cơ sở", "Tiểu học", "không rõ"])
        #expect(schooling.rows.map(\.count) == [17, 1, 0, 1] && schooling.total == 19)
        #expect(qualification.rows.map(\.count) == [2, 14, 0, 2, 1] && qualification.total == 19)
        let value = CredentialsViewModel(congress).templateValue["breakdowns"]
        // The paper leaves out Tiểu học (0) and Cao đẳng (0); 17 of 19 = 89,473…% → 89,47%.
        #expect(value?[4]?["rows"] == .list([["label": "Trung học phổ thông", "count": "17", "percent": "89,47%"],
                                             ["label": "Trung học cơ sở", "count": "1", "percent": "5,26%"],
                                             ["label": "Không rõ", "count": "1", "percent": "5,26%"]]))
        #expect(value?[5]?["rows"] == .list([["label": "Sau đại học", "count": "2", "percent": "10,53%"],
                                             ["label": "Đại học", "count": "14", "percent": "73,68%"],
                                             ["label": "Trung cấp", "count": "2", "percent": "10,53%"],
                                             ["label": "Chưa qua đào tạo chuyên môn", "count": "1", "percent": "5,26%"]]))
    }

    @Test func agesTiedAndUnknown() {
        var tied = CredentialsFigureTests.congress()
        tied.people[1].birthYear = 1960   // Lê Văn Nam, 65 like Trần Thị Hòa
        let ages = CredentialsViewModel(tied).templateValue["breakdowns"]?[3]?["ages"]
        #expect(ages?["oldest"] == ["is_single": false, "names": "Trần Thị Hòa, Lê Văn Nam", "age": "65"])
        var unknown = Fixtures.chiBo()
        for i in unknown.people.indices { unknown.people[i].birthYear = nil }
        let none = CredentialsViewModel(unknown).templateValue["breakdowns"]?[3]?["ages"]
        #expect(none?["has_known_ages"] == .bool(false) && none?["known"] == "0")
        #expect(none?["oldest"] == .bool(false) && none?["youngest"] == .bool(false))
    }

    @Test func quorumFlag() {
        var congress = CredentialsFigureTests.congress()
        #expect(CredentialsViewModel(congress).templateValue["quorum_met"] == .bool(true))
        // 11 of 17 official members present is below two thirds.
        for i in 0..<6 { congress.delegates[i].absence = Absence(reason: "Ốm") }
        let value = CredentialsViewModel(congress).templateValue
        #expect(value["quorum_met"] == .bool(false))
        #expect(value["present"] == "13" && value["present_percent"] == "68,42%")   // 13 / 19
    }
}

/// The report's view model: each target's figures formatted, its status and direction as flags, the sections
/// numbered in their part (the headings and sentences are the template's).
@Suite struct ReportViewModelTests {
    static func congress(report: PoliticalReport? = nil) -> Congress {
        var congress = Fixtures.chiBo()
        congress.targets = TargetFigureTests.targets
        congress.politicalReport = report
        return congress
    }

    @Test func targetRowsAndSummary() {
        let value = ReportViewModel(Self.congress()).templateValue
        let results = value["results"]
        // 7 assessed (H has no plan): A, B, D, E, G achieved (A, D, G exceeded), C and F missed.
        #expect(results?["summary"] == ["assessed": "07", "achieved": "05", "exceeded": "03", "missed": "02"])
        #expect(results?["has_table"] == .bool(true))
        // A: 10,82 of ≥ 10,5 = 103,05%, exceeded; new target ≥ 10,66; "%/năm" follows the number.
        #expect(results?["rows"]?[0] == [
            "number": "1", "name": "A", "unit": "%/năm", "planned": "≥ 10,5", "achieved": "10,82", "new_target": "≥ 10,66",
            "planned_with_unit": "10,5%/năm", "achieved_with_unit": "10,82%/năm", "new_target_with_unit": "10,66%/năm",
            "rate": "103,05%", "is_exceeded": true, "is_met": false, "is_missed": false, "at_least": true,
            "planned_wording": ["value": "10,5%/năm", "years": "5", "subject": "", "is_at_least": true, "is_all": false,
                                "is_exactly": false, "is_whole_term": false, "is_reduce_below": false, "is_at_most": false],
            "new_wording": ["value": "10,66%/năm", "years": "5", "subject": "", "is_at_least": true, "is_all": false,
                            "is_exactly": false, "is_whole_term": false, "is_reduce_below": false, "is_at_most": false],
            "difference": false,
        ])
        // B: a unit of words takes a space; 78,00 of 78 is met.
        #expect(results?["rows"]?[1]?["achieved_with_unit"] == "78,00 triệu đồng")
        #expect(results?["rows"]?[1]?["is_met"] == .bool(true))
        // F: 0,95 against ≤ 0,8 is missed; less is better, so no "% of plan" but the difference, 0,15 points above.
        #expect(results?["rows"]?[5]?["is_missed"] == .bool(true) && results?["rows"]?[5]?["at_least"] == .bool(false))
        #expect(results?["rows"]?[5]?["rate"] == "—")
        #expect(results?["rows"]?[5]?["difference"] == ["is_equal": false, "comparison": "cao hơn", "amount": "0,15 điểm phần trăm"])
        // E: 1,20 against ≤ 1,2 equals the plan.
        #expect(results?["rows"]?[4]?["difference"]?["is_equal"] == .bool(true))
        // D: a rate where less is better is reduced "xuống dưới".
        #expect(results?["rows"]?[3]?["new_wording"]?["is_reduce_below"] == .bool(true))
        // H: a new target only — no status, no rate.
        let h = results?["rows"]?[7]
        #expect(h?["is_exceeded"] == .bool(false) && h?["is_met"] == .bool(false) && h?["is_missed"] == .bool(false))
        #expect(h?["achieved"] == "" && h?["rate"] == "—" && h?["new_target_with_unit"] == "30%")
        // The new term's targets are A, D and H, the same values as their rows.
        #expect(value["new_targets"]?["targets"]?.elements.map { $0["name"] } == ["A", "D", "H"])
        #expect(value["new_targets"]?["targets"]?[1] == results?["rows"]?[3])
    }

    @Test func sectionsNumberedInTheirPart() {
        // Without a report: Part I holds the results alone (I), Part II the new targets alone (I).
        let bare = ReportViewModel(Self.congress()).templateValue
        #expect(bare["results"]?["number"] == "I" && bare["new_targets"]?["number"] == "I")
        for left in ["limitations", "lessons", "directions", "general_goal", "tasks", "breakthroughs"] {
            #expect(bare[left] == .bool(false), "\(left)")
        }
        // Lessons but no limitations (blank prose counts as none); directions and breakthroughs around the targets.
        let report = PoliticalReport(limitations: " \n", lessons: "Bài học.", directions: "Phương hướng.", breakthroughs: "Đột phá.")
        let value = ReportViewModel(Self.congress(report: report)).templateValue
        #expect(value["limitations"] == .bool(false) && value["lessons"]?["number"] == "II")
        #expect(value["directions"]?["number"] == "I" && value["general_goal"] == .bool(false))
        #expect(value["new_targets"]?["number"] == "II" && value["tasks"] == .bool(false))
        #expect(value["breakthroughs"]?["number"] == "III")
        // Without targets the summary is left out and Part I starts with what the report holds.
        var noTargets = Self.congress(report: report)
        noTargets.targets = []
        let plain = ReportViewModel(noTargets).templateValue
        #expect(plain["results"] == .bool(false) && plain["lessons"]?["number"] == "I" && plain["new_targets"] == .bool(false))
    }

    @Test func namesForTheHeadings() {
        var congress = Self.congress()
        congress.organisation.name = "Đảng bộ huyện Hưng Hà"
        congress.organisation.level = .capHuyen
        congress.details = CongressDetails(kind: .daiBieu, number: 16, term: Term(from: 2020, to: 2025), venue: "")
        let value = ReportViewModel(congress).templateValue
        #expect(value["outgoing_committee"] == "Ban Chấp hành Đảng bộ huyện Hưng Hà khóa XV")
        #expect(value["past_congress_upper"] == "ĐẠI HỘI LẦN THỨ XV")
        #expect(value["past_term_upper"] == "NHIỆM KỲ 2015\u{00A0}-\u{2060}\u{00A0}2020" && value["new_term_upper"] == "NHIỆM KỲ 2020\u{00A0}-\u{2060}\u{00A0}2025")
        #expect(value["report_title"] == "Báo cáo chính trị" && value["report_title_upper"] == "BÁO CÁO CHÍNH TRỊ")
    }
}
