import CongressModel
import Derive
import Template
import Testing

/// Biên bản kiểm đếm của tổ kiểm phiếu: one sheet per counting group, the names in the ballot's order, the reasons
/// of the ballot's form, the number of groups from the setting or the board.
struct TallySheetsPaperTests {
    @Test func oneSheetPerGroupInBallotOrder() {
        var c = ElectionDeriveTests.congress()
        c.settings.tallyGroups = 3
        c.elections[0].rounds = []
        let sheets = TallySheetsViewModel(c).templateValue["sheets"]?.elements ?? []
        #expect(sheets.map { $0["group"] } == [.string("1"), .string("2"), .string("3")])
        #expect(sheets.allSatisfy { $0["groups"] == .string("3") && $0["seats"] == .string("3") })
        // p1 Trần Thị Hòa, p2 Lê Văn Nam, p3 Nguyễn Văn An, p10 Hoàng Văn Hải — by given name: An, Hải, Hòa, Nam.
        #expect(sheets[0]["rows"]?.elements.map { $0["name"] } == ["Nguyễn Văn An", "Hoàng Văn Hải", "Trần Thị Hòa", "Lê Văn Nam"].map(TemplateValue.string))
        #expect(sheets[0]["rows"]?.elements.map { $0["number"] } == ["1", "2", "3", "4"].map(TemplateValue.string))
        #expect(sheets[0]["with_surplus"] == .bool(true))
        // A list with surplus admits all five reasons, "every name struck" included.
        #expect(sheets[0]["reasons"]?.elements.count == 5)
        #expect(sheets[0]["reasons"]?[2]?["reason"] == .string("Phiếu gạch tên tất cả những người trong danh sách có số dư (không bầu ai)"))
        #expect(sheets[0]["header"]?["issuer_lines"]?.elements.last == .string("BAN\u{00A0}KIỂM\u{00A0}PHIẾU"))
        #expect(sheets[0]["header"]?["has_number"] == .bool(false))
    }

    @Test func groupsByDefaultFromTheBoardAndReasonsByForm() {
        var c = ElectionDeriveTests.congress()
        c.elections = [Election(id: "bi-thu", body: .biThu, seats: 1, candidates: [PersonID("p1")])]
        // A board of 2 (head + 1): (2 − 1) / 2 = 0, at least 1 group.
        #expect(TallyGroups.count(c) == 1)
        c.bodies.voteCounting = (1...7).map { PersonID("p\($0)") }
        #expect(TallyGroups.count(c) == 3)
        let sheets = TallySheetsViewModel(c).templateValue["sheets"]?.elements ?? []
        #expect(sheets.count == 3)
        // No surplus: "every name struck" does not apply.
        #expect(sheets[0]["with_surplus"] == .bool(false))
        #expect(sheets[0]["reasons"]?.elements.count == 4)
        #expect(DocumentKind.tallySheets.applies(to: c) && !DocumentKind.tallySheets.applies(to: Fixtures.chiBo()))
    }
}
