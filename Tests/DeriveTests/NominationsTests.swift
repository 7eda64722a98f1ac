import CongressModel
import Derive
import Template
import Testing

/// Tờ trình nhân sự and Danh sách trích ngang: the make-up of each list counted by hand, the list in A, B, C order.
struct NominationsTests {
    /// The chi bộ fixture's chi ủy election: p1, p2, p3, p10 for 3 places (ElectionDeriveTests).
    static func congress() -> Congress {
        var c = ElectionDeriveTests.congress()
        c.elections[0].incumbents = [PersonID("p1")]
        c.people[1].ethnicity = "Tày"                 // p2
        c.people[2].birthYear = 1990                  // p3: 35 at the 2025 congress
        c.people[9].generalEducation = .thpt          // p10
        c.people[9].expertise = "Luật"
        c.people[9].joinedParty = Fixtures.date(2001, 2, 3)
        return c
    }

    @Test func theMakeUpOfTheListCountedByHand() {
        let value = NominationsViewModel(Self.congress()).templateValue
        let election = value["elections"]?[0]
        #expect(value["elections"]?.elements.count == 1)
        #expect(election?["number"] == .string("I"))
        #expect(election?["seats"] == .string("3"))
        #expect(election?["candidates"] == .string("4"))
        #expect(election?["surplus"] == .string("1"))
        #expect(election?["surplus_percent"] == .string("33,33%"))
        #expect(election?["reelected"] == .string("1 đồng chí (25,00%)"))     // p1
        #expect(election?["new"] == .string("3 đồng chí (75,00%)"))
        #expect(election?["women"] == .string("2 đồng chí (50,00%)"))         // p1 and p10 (every third of the fixture)
        #expect(election?["minorities"] == .string("1 đồng chí (25,00%)"))    // p2, Tày
        #expect(election?["young"] == .string("1 đồng chí (25,00%)"))         // p3, born 1990
        // Vần A, B, C: by given name — An, Hải, Hòa, Nam.
        #expect(election?["names"] == .string("Nguyễn Văn An, Hoàng Văn Hải, Trần Thị Hòa, Lê Văn Nam"))
        #expect(value["committee"] == .string("Chi ủy"))
    }

    @Test func eachPersonsSummaryRow() {
        let rows = NominationsViewModel(Self.congress()).templateValue["elections"]?[0]?["rows"]?.elements ?? []
        #expect(rows.count == 4)
        let hai = rows[1]   // p10, Hoàng Văn Hải, i = 9
        #expect(hai["name"] == .string("Hoàng\u{00A0}Văn\u{00A0}Hải"))
        #expect(hai["birth_year"] == .string("1969"))
        #expect(hai["gender"] == .string("Nữ"))
        #expect(hai["ethnicity"] == .string("Kinh"))
        #expect(hai["joined"] == .string("03/02/2001"))
        #expect(hai["levels"] == .string("12/12; Đại học Luật; LLCT trung cấp"))
        // No date given: "không rõ"; no general education given, but a university degree implies the 12 grades
        // (`Person.schooling`).
        #expect(rows[0]["joined"] == .string("không rõ"))
        #expect(rows[0]["levels"] == .string("12/12; Đại học; LLCT trung cấp"))
    }

    @Test func noneOfAKindIsSaidSo() {
        var c = Self.congress()
        c.people[1].ethnicity = "Kinh"
        #expect(NominationsViewModel(c).templateValue["elections"]?[0]?["minorities"] == .string("không có"))
    }
}
