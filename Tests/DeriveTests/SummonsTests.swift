import CongressModel
import Derive
import Template
import Testing

/// Giấy triệu tập / giấy mời: one sheet per person summoned, in the order of the list, then one per guest; a proof of
/// the first sheets of each; the sessions, venue and card as the congress states them.
struct SummonsTests {
    @Test func oneSheetPerPersonSummonedThenPerGuest() throws {
        var c = Fixtures.chiBo()
        c.people.append(Person(id: PersonID("g1"), name: "Phạm Anh Tuấn", position: "Phó Bí thư Đảng ủy phường"))
        c.guests = [Guest(person: PersonID("g1"), superior: true)]
        let value = SummonsViewModel(c).templateValue
        let sheets = try #require(value["sheets"]?.elements)
        // 19 members summoned (the absent and the exempt too: they are summoned), then the guest.
        #expect(sheets.count == 20)
        #expect(sheets.prefix(19).map { $0["name"] } == Fixtures.names.map(TemplateValue.string))
        #expect(sheets.prefix(19).allSatisfy { $0["is_guest"] == .bool(false) })
        #expect(sheets[19]["is_guest"] == .bool(true) && sheets[19]["name"] == "Phạm Anh Tuấn")
        #expect(sheets[19]["position"] == "Phó Bí thư Đảng ủy phường" && sheets[1]["position"] == .bool(false))
        #expect(sheets[0]["position"] == "Bí thư Chi bộ")
        // The card the congress votes with, the venue, the only session with its start and day.
        #expect(value["card"] == "thẻ đảng viên" && value["venue"] == "Nhà văn hóa Khu phố 3")
        #expect(value["sessions"]?.elements.map { $0["start"] } == ["7 giờ 30"] && value["sessions"]?[0]?["end"] == ".")
        #expect(value["official_date"] == "ngày 05 tháng 4 năm 2025")
        // Issued by the convening committee, the day left blank for the office.
        #expect(sheets[0]["header"]?["place_date"] == "Thái Bình, ngày ... tháng ... năm 2025")
        #expect(sheets[0]["header"]?["has_number"] == .bool(false))
        #expect(value["signatures"]?[0]?["authority"] == "T/M CHI ỦY")
    }

    @Test func aProofHoldsTheFirstSheetsOfEachList() throws {
        var c = Fixtures.chiBo()
        c.people.append(Person(id: PersonID("g1"), name: "Phạm Anh Tuấn"))
        c.people.append(Person(id: PersonID("g2"), name: "Vũ Thị Nga"))
        c.guests = [Guest(person: PersonID("g1")), Guest(person: PersonID("g2"))]
        let sheets = SummonsViewModel(c, limit: 1).templateValue["sheets"]?.elements ?? []
        #expect(sheets.map { $0["name"] } == ["Trần Thị Hòa", "Phạm Anh Tuấn"])
        #expect(DocumentKind.summons.viewModel(for: c, options: PaperOptions(summonsLimit: 2))["sheets"]?.elements.count == 4)
    }
}
