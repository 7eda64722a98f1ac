import Diagnostics
import Load
import Testing

/// The exact wording, in both languages, of a few diagnostics from real inputs.
@Suite struct MessageTextTests {
    @Test func unknownKeySuggestsTheNearestKey() {
        let result = load(minimal(replacing: [3: "  nmae: Chi bộ Khu phố 3"]))
        #expect(onlyText(result, .en) == "unknown key 'nmae' — did you mean 'name'?")
        #expect(onlyText(result, .vi) == "khóa không hợp lệ 'nmae' — có phải ý bạn là 'name'?")
    }

    @Test func missingKeyNamesTheFullPath() {
        let result = load(minimal(replacing: [5: "  # superior removed"]))
        #expect(onlyText(result, .en) == "missing required key 'organisation.superior'")
        #expect(onlyText(result, .vi) == "thiếu khóa bắt buộc 'organisation.superior'")
    }

    @Test func wrongTypeSaysExpectedAndFound() {
        let result = load(minimal(replacing: [9: "  number: năm"]))
        #expect(onlyText(result, .en) == "'congress.number' must be an integer, found text")
        #expect(onlyText(result, .vi) == "'congress.number' phải là số nguyên, nhưng lại là văn bản")
    }

    @Test func invalidValueListsTheAllowedSet() {
        let result = load(minimal(replacing: [13: "  - {id: hoa, gender: female, name: Trần Thị Hòa}"]))
        #expect(onlyText(result, .en) == "invalid value 'female' for 'people[1].gender' — allowed: nam, nu")
        #expect(onlyText(result, .vi) == "giá trị 'female' của 'people[1].gender' không hợp lệ — chỉ chấp nhận: nam, nu")
    }

    @Test func countsThatDoNotAddUp() {
        let result = load(minimal(appending: ["attendance: {summoned: 2, present: 1, absent: 0}"]))
        #expect(result.diagnostics.first?.message.text(in: .en)
                == "counts do not add up: present 1 + absent 0 = 1, not the 2 summoned")
        #expect(result.diagnostics.first?.message.text(in: .vi)
                == "số liệu không khớp: có mặt 1 + vắng 0 = 1, khác số triệu tập 2")
    }

    @Test func impossibleDate() {
        let result = load(minimal(replacing: [21: "    date: 2020-02-30"]))
        #expect(onlyText(result, .en) == "invalid date '2020-02-30' — expected a real date YYYY-MM-DD")
        #expect(onlyText(result, .vi) == "ngày '2020-02-30' không hợp lệ — cần một ngày có thật dạng YYYY-MM-DD")
    }

    @Test func unknownPersonSuggestsAnId() {
        let result = load(minimal(replacing: [24: "      - {title: Chào cờ, minutes: 5, performer: hao}"]))
        #expect(onlyText(result, .en) == "no person with id 'hao' in 'people' — did you mean 'hoa'?")
        #expect(onlyText(result, .vi) == "không có người nào mang mã 'hao' trong 'people' — có phải ý bạn là 'hoa'?")
    }

    @Test func aValidFileWithAnUnquotedTermAndAFullAttendanceLoadsWithoutDiagnostics() {
        let result = load(minimal(appending: ["attendance: {summoned: 2, present: 2, absent: 0}"]))
        #expect(result.diagnostics.isEmpty)
        #expect(result.congress?.declaredAttendance?.summoned == 2)
    }
}
