import CongressModel
import Derive
import Template
import Testing

/// Chương trình đại hội: the script's timetable without the lines, from the same schedule.
struct ProgrammeTests {
    /// 7:30 start, items of 5, 10, 45 and 30 minutes: each start computed by hand.
    @Test func eachItemStartsWhenThePreviousEnds() {
        let value = ProgrammeViewModel(Fixtures.chiBo()).templateValue
        let session = value["sessions"]?[0]
        #expect(value["sessions"]?.elements.count == 1)
        #expect(session?["label"] == .string("PHIÊN CHÍNH THỨC"))
        #expect(session?["start"] == .string("7 giờ 30"))
        #expect(session?["end"] == .string("9 giờ 00"))
        let items = session?["items"]?.elements ?? []
        #expect(items.map { $0["start"] } == ["7 giờ 30", "7 giờ 35", "7 giờ 45", "8 giờ 30"].map(TemplateValue.string))
        #expect(items.map { $0["end"] } == ["7 giờ 35", "7 giờ 45", "8 giờ 30", "9 giờ 00"].map(TemplateValue.string))
        #expect(items.map { $0["title"] } == ["Chào cờ", "Báo cáo tình hình đảng viên dự đại hội", "Báo cáo tổng kết nhiệm kỳ",
                                               "Thảo luận"].map(TemplateValue.string))
        // An item nobody performs leaves the cell empty; the lines are never on the programme.
        #expect(items.map { $0["performer"] } == ["Trần Thị Hòa", "Lê Văn Nam", "Trần Thị Hòa", ""].map(TemplateValue.string))
        #expect(items.allSatisfy { $0["paragraphs"] == nil })
    }

    /// The programme and the script's table show the same times, items and performers, session by session.
    @Test func theProgrammeAgreesWithTheScriptsTable() {
        var congress = Fixtures.chiBo()
        congress.preparatorySession = Session(kind: .preparatory, date: Fixtures.date(2025, 4, 4), start: Fixtures.time(14, 0),
                                              items: [ProgrammeItem(title: "Chào cờ", minutes: 5, performer: PersonID("p2")),
                                                      ProgrammeItem(title: "Nghỉ giải lao", minutes: 15)])
        let programme = ProgrammeViewModel(congress).templateValue["sessions"]?.elements ?? []
        let script = ScriptViewModel(congress).templateValue["sessions"]?.elements ?? []
        #expect(programme.count == 2 && script.count == 2)
        for (p, s) in zip(programme, script) {
            #expect(p["start"] == s["start"] && p["end"] == s["end"] && p["date"] == s["date"])
            let pItems = p["items"]?.elements ?? [], sItems = s["items"]?.elements ?? []
            #expect(pItems.count == sItems.count)
            for (a, b) in zip(pItems, sItems) {
                #expect(a["start"] == b["start"] && a["end"] == b["end"] && a["title"] == b["title"])
                #expect(a["performer"] == (b["performer"]?["name"] ?? .string("")))
            }
        }
    }
}
