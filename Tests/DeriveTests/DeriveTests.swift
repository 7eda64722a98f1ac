import CongressModel
import Testing
import Template
@testable import Derive

/// Figures recomputed by hand for the 19-member fixture.
struct AttendanceFiguresTests {
    @Test func countsEveryCategory() {
        let a = AttendanceFigures(Fixtures.chiBo())
        #expect(a.summoned == 19)
        #expect(a.present == 18)          // p6 absent
        #expect(a.absent == 1)
        #expect(a.absentExcused == 1)
        #expect(a.official == 17)         // p1…p17
        #expect(a.probationary == 2)      // p18, p19
        #expect(a.officialPresent == 16)  // 17 − absent p6
        #expect(a.probationaryPresent == 2)
        #expect(a.exempt == 1)
        #expect(a.exemptPresent == 1)
    }

    /// The memberships kept beside the delegates follow edits of the people and of the delegate list.
    @Test func followsEditsOfPeopleAndDelegates() {
        var congress = Fixtures.chiBo()
        congress.people = congress.people.map { person in
            var person = person
            if person.id == PersonID("p1") { person.membership = .duBi }
            return person
        }
        #expect(AttendanceFigures(congress).probationary == 3)
        #expect(AttendanceFigures(congress).official == 16)
        congress.delegates.removeAll { $0.person == PersonID("p18") }
        let a = AttendanceFigures(congress)
        #expect(a.summoned == 18 && a.probationary == 2 && a.official == 16)
        #expect(congress.delegateMemberships.count == congress.delegates.count)
        #expect(congress.delegateMemberships == congress.delegates.map { congress.person($0.person)?.membership })
    }
}

struct ScheduleTests {
    @Test func startTimesAddUpDurations() {
        let schedule = SessionSchedule(Fixtures.chiBo().officialSession)
        #expect(schedule.items.map(\.start.description) == ["07:30", "07:35", "07:45", "08:30"])
        #expect(schedule.computedEnd.description == "09:00")
        #expect(schedule.overrunMinutes == 30)   // 90 minutes planned into 60
    }

    /// Durations past a day (the loader caps each at 1440) are added without trapping.
    @Test func extremeDurationsSaturate() {
        var session = Fixtures.chiBo().officialSession
        for index in session.items.indices { session.items[index].minutes = Int.max }
        let schedule = SessionSchedule(session)
        #expect(schedule.overrunMinutes == Int.max - 60)   // the total holds at Int.max; 60 minutes were planned
    }
}

struct NamingTests {
    @Test func districtCongress() {
        var congress = Fixtures.chiBo()
        congress.organisation.name = "Đảng bộ huyện Hưng Hà"
        congress.details = CongressDetails(kind: .daiBieu, number: 16, term: Term(from: 2020, to: 2025), venue: "")
        let naming = CongressNaming(congress)
        #expect(naming.name == "Đại hội đại biểu Đảng bộ huyện Hưng Hà lần thứ XVI")
        #expect(naming.nameWithTerm == "Đại hội đại biểu Đảng bộ huyện Hưng Hà lần thứ XVI, nhiệm kỳ 2020\u{00A0}-\u{2060}\u{00A0}2025")
        #expect(naming.issuerUpper == "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN HƯNG HÀ LẦN THỨ XVI,")
        #expect(naming.termUpper == "NHIỆM KỲ 2020\u{00A0}-\u{2060}\u{00A0}2025")
    }

    /// The issuer block breaks between parts and phrases, never inside a line it decides; a body too long for
    /// the column breaks between words with no lone last word; an organisation name too long for any line
    /// breaks between words and loses none.
    @Test func issuerLinesBreakAtMeaningfulPoints() {
        let nb = { (text: String) in text.replacingOccurrences(of: " ", with: "\u{00A0}") }
        #expect(HeaderLineBreaking.lines([["BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU"]]) == [nb("BAN THẨM TRA TƯ CÁCH"), nb("ĐẠI BIỂU")])
        #expect(HeaderLineBreaking.lines([["LẦN THỨ XII,", "NHIỆM KỲ 2025 - 2027"]]) == [nb("LẦN THỨ XII,"), nb("NHIỆM KỲ 2025 - 2027")])
        #expect(HeaderLineBreaking.lines([["LẦN THỨ I,", "KHÓA V"]]) == [nb("LẦN THỨ I, KHÓA V")])
        #expect(HeaderLineBreaking.lines([["CHI BỘ 1"], ["LẦN THỨ I,"]]) == [nb("CHI BỘ 1"), nb("LẦN THỨ I,")])
        let long = "ĐẢNG BỘ KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH THÁI BÌNH MỚI THÀNH LẬP"
        let lines = HeaderLineBreaking.lines([[long]])
        #expect(lines.count > 1)
        #expect(lines.joined(separator: " ").replacingOccurrences(of: "\u{00A0}", with: " ") == long)
        #expect(lines.allSatisfy { HeaderLineBreaking.width($0) <= HeaderLineBreaking.columnWidthMM })
        #expect(!lines.contains { $0.contains(" ") })
    }

    @Test func membersCongressHeader() {
        let congress = Fixtures.chiBo()
        let header = HeaderViewModel(congress, naming: CongressNaming(congress), body: "ĐOÀN THƯ KÝ",
                                     date: congress.officialSession.date)
        #expect(header.superior == "ĐẢNG BỘ PHƯỜNG QUANG TRUNG")
        // Broken where the meaning breaks, each line held together by no-break spaces (issue 15).
        #expect(header.issuerLines == ["ĐẠI\u{00A0}HỘI\u{00A0}ĐẢNG\u{00A0}VIÊN", "CHI\u{00A0}BỘ\u{00A0}KHU\u{00A0}PHỐ\u{00A0}3", "LẦN\u{00A0}THỨ\u{00A0}V,", "NHIỆM\u{00A0}KỲ\u{00A0}2025\u{00A0}-\u{2060}\u{00A0}2030", "ĐOÀN\u{00A0}THƯ\u{00A0}KÝ"])
        #expect(header.placeAndDate == "Thái Bình, ngày 05 tháng 4 năm 2025")
    }
}

struct MinutesViewModelTests {
    /// 18 present, 2 of them probationary, who have no vote (Điều lệ Đảng, Điều 3): 16 voters.
    /// 15 of 16 = 93,75 %; 1 of 16 = 6,25 %; the minutes say the base is the official members present.
    @Test func motionPercentagesAgainstTheVotersPresent() throws {
        let value = MinutesViewModel(Fixtures.chiBo()).templateValue
        guard case .object(let root) = value, case .list(let motions)? = root["motions"],
              case .object(let first)? = motions.first else {
            Issue.record("no motions in the view model")
            return
        }
        #expect(first["for"] == .string("15"))
        #expect(first["for_percent"] == .string("93,75%"))
        #expect(first["against_percent"] == .string("6,25%"))
        #expect(first["abstain_percent"] == .string("0,00%"))
        #expect(root["motion_voters"]?["count"] == .string("16"))
        #expect(root["motion_voters"]?["without_probationary"] == .bool(true))
    }

    /// Without probationary members present, every one present votes: p18 and p19 away leave 16 present, 16 voters.
    @Test func everyonePresentVotesWithoutProbationaryMembers() throws {
        var congress = Fixtures.chiBo()
        congress.delegates[17].absence = Absence(reason: "Đi công tác")
        congress.delegates[18].absence = Absence(reason: "Đi công tác")
        #expect(congress.votersPresent == 16)
        guard case .object(let root) = MinutesViewModel(congress).templateValue else { Issue.record("no object"); return }
        #expect(root["motion_voters"]?["count"] == .string("16"))
        #expect(root["motion_voters"]?["without_probationary"] == .bool(false))
    }
}

struct DelegatesViewModelTests {
    /// Vần A, B, C by given name, letters first, tones second: An < Ánh (prefix) < Ân (a < â) < Bình < Cường
    /// < Dung < Đức (d < đ).
    @Test func rowsInVietnameseOrder() {
        guard case .object(let root) = DelegatesViewModel(Fixtures.chiBo()).templateValue,
              case .list(let groups)? = root["groups"], groups.count == 1,
              case .object(let group) = groups[0], case .list(let rows)? = group["rows"] else {
            Issue.record("no rows")
            return
        }
        let names = rows.compactMap { row -> String? in
            guard case .object(let r) = row, case .string(let n)? = r["name"] else { return nil }
            return n
        }
        // Each name on one line: its words joined by no-break spaces (issue 15).
        #expect(Array(names.prefix(7)) == ["Nguyễn Văn An", "Phạm Thị Ánh", "Trần Văn Ân", "Vũ Đức Bình",
                                          "Đỗ Văn Cường", "Bùi Thị Dung", "Đặng Văn Đức"].map { $0.replacingOccurrences(of: " ", with: "\u{00A0}") })
        #expect(names.count == 19)
    }
}

struct AssignmentsViewModelTests {
    @Test func oneSheetPerPerformer() {
        // p1 (flag, report) and p2 (attendance); the discussion has no performer.
        #expect(AssignmentsViewModel(Fixtures.chiBo()).sheetCount == 2)
    }
}

struct PositionAndUnitTests {
    @Test func theUnitIsNotRepeated() {
        func person(_ position: String?, _ unit: String?) -> Person {
            Person(id: PersonID("x"), name: "Lê Văn An", position: position, unit: unit)
        }
        #expect(DelegatesViewModel.positionAndUnit(person("Chủ tịch UBND xã Tân Lễ", "xã Tân Lễ")) == "Chủ tịch UBND xã Tân Lễ")
        #expect(DelegatesViewModel.positionAndUnit(person("Bí thư Chi bộ", "Khu phố 3")) == "Bí thư Chi bộ, Khu phố 3")
        #expect(DelegatesViewModel.positionAndUnit(person(nil, "Khu phố 3")) == "Khu phố 3")
        #expect(DelegatesViewModel.positionAndUnit(person("Đảng viên", nil)) == "Đảng viên")
    }
}
