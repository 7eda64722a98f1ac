import CongressModel
import Diagnostics
import Load
import Testing
import Vietnamese

@Suite struct HappyPathTests {
    @Test func exampleOfTheFormatPageLoads() throws {
        let result = load(exampleYAML)
        #expect(result.diagnostics.isEmpty, "\(summary(result))")
        let congress = try #require(result.congress)
        #expect(congress.file == "congress.yaml")
        #expect(congress.organisation == Organisation(name: "Chi bộ Khu phố 3", level: .chiBoTrucThuoc,
                                                      superior: "Đảng bộ phường Quang Trung", place: "Thái Bình"))
        #expect(congress.details == CongressDetails(kind: .dangVien, number: 5, term: Term(from: 2025, to: 2027),
                                                    venue: "Nhà văn hóa Khu phố 3"))
        let hoa = try #require(congress.person(PersonID("hoa")))
        #expect(hoa.name == "Trần Thị Hòa")
        #expect(hoa.gender == .nu)
        #expect(hoa.birthYear == 1970)
        #expect(hoa.education == .daiHoc)
        #expect(hoa.politicalTheory == .trungCap)
        #expect(hoa.joinedParty == CalendarDate(year: 1998, month: 3, day: 26))
        #expect(hoa.membership == .chinhThuc)
        #expect(hoa.position == "Bí thư Chi bộ")
        #expect(congress.person(PersonID("nam"))?.membership == .duBi)
        #expect(congress.delegates.map(\.person.rawValue) == ["hoa", "nam"])
        #expect(congress.delegates[0].isPresent)
        #expect(congress.delegates[1].absence == Absence(reason: "Ốm, có đơn xin phép", excused: true))
        #expect(congress.delegates[1].location == SourceLocation(file: "congress.yaml", line: 19, column: 5))
        #expect(congress.guests == [Guest(person: PersonID("tuan"), superior: true)])
        #expect(congress.bodies == CongressBodies(presidium: [PersonID("hoa")], secretariat: [PersonID("nam")],
                                                  location: SourceLocation(file: "congress.yaml", line: 23, column: 14)))
        #expect(congress.preparatorySession == nil)
        let official = congress.officialSession
        #expect(official.date == CalendarDate(year: 2025, month: 4, day: 12))
        #expect(official.start == ClockTime(hour: 7, minute: 30))
        #expect(official.plannedEnd == ClockTime(hour: 11, minute: 30))
        #expect(official.items.map(\.kind) == [.flag, .attendance])
        #expect(official.items[1].title == "Báo cáo tình hình đảng viên dự đại hội")
        #expect(official.items[1].performer == PersonID("nam"))
        #expect(official.items[1].location == SourceLocation(file: "congress.yaml", line: 32, column: 9))
        #expect(congress.discussions == [Discussion(speaker: PersonID("hoa"), topic: "Công tác phát triển đảng viên")])
        #expect(congress.motions.first?.inFavour == 1)
        #expect(congress.motions.first?.session == .official)
        #expect(congress.motions.map(\.elects) == [[.presidium, .secretariat], [], []])
        #expect(congress.motions.map(\.approvesMinutes) == [false, false, true])
        #expect(congress.draftComments == [DraftComments(
            documents: "dự thảo các văn kiện trình Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", count: 2,
            summary: "Nhất trí với dự thảo.", location: SourceLocation(file: "congress.yaml", line: 43, column: 5))])
        #expect(congress.settings == Settings())
        #expect(result.sources["congress.yaml"] == exampleYAML)
    }

    @Test func unquotedTimeAndDateAreReadFromTheRawText() throws {
        let congress = try #require(load(minimal(replacing: [22: "    start: 07:05"])).congress)
        #expect(congress.officialSession.start == ClockTime(hour: 7, minute: 5))
        #expect(congress.officialSession.date == CalendarDate(year: 2025, month: 4, day: 12))
    }

    @Test func decomposedTextIsNormalisedToNFC() throws {
        let decomposed = "Tra\u{0302}\u{0300}n Thi\u{0323} Ho\u{0300}a"
        #expect(decomposed.unicodeScalars.count == 16)
        let congress = try #require(load(minimal(replacing: [13: "  - {id: hoa, name: \(decomposed)}"])).congress)
        let name = try #require(congress.person(PersonID("hoa"))?.name)
        #expect(name.unicodeScalars.map(\.value) == "Trần Thị Hòa".precomposedScalars)
        #expect(name.unicodeScalars.count == 12)
    }

    @Test func textFromAReferencedFileIsReadAndKept() throws {
        let folder = try temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/lines", withIntermediateDirectories: true)
        try "Kính thưa Đại hội!\n".write(toFile: folder + "/lines/flag.md", atomically: true, encoding: .utf8)
        let text = minimal(replacing: [24: "      - {title: Chào cờ, minutes: 5, performer: hoa, lines: {file: lines/flag.md}}"])
        try text.write(toFile: folder + "/congress.yaml", atomically: true, encoding: .utf8)
        let result = CongressLoader().load(file: folder + "/congress.yaml")
        #expect(result.diagnostics.isEmpty, "\(summary(result))")
        #expect(result.congress?.officialSession.items.first?.lines == "Kính thưa Đại hội!\n")
        #expect(result.sources[folder + "/lines/flag.md"] == "Kính thưa Đại hội!\n")
    }
}

import Foundation

private extension String {
    var precomposedScalars: [UInt32] { precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value) }
}
