import CongressModel
import Derive
import Template
import Testing

/// The kind of congress and the size of the bodies, as the view models decide them (the papers' wording is
/// tested on the rendered text in DaiHoiTests/CongressKindPaperTests).
struct CongressKindDeriveTests {
    /// The fixture: 19 summoned, 17 official (p1–p17), 2 probationary (p18, p19) present, p6 (official) absent.
    /// Official present = 17 − 1 = 16; 16 × 3 = 48 ≥ 34 = 17 × 2.
    @Test func theQuorumCountsOfficialMembersOnly() {
        let congress = Fixtures.chiBo()
        let quorum = QuorumFigures(AttendanceFigures(congress))
        #expect(quorum.present == 16)
        #expect(quorum.summoned == 17)
        #expect(quorum.isMet)
        guard case .object(let root) = CredentialsViewModel(congress).templateValue else { Issue.record("no object"); return }
        #expect(root["quorum_present"] == .string("16"))
        #expect(root["quorum_summoned"] == .string("17"))
        #expect(root["quorum_percent"] == .string("94,12%"))
        #expect(root["official_noun"] == .string("đảng viên chính thức"))
        #expect(root["is_members_congress"] == .bool(true))
    }

    /// Exactly two thirds is enough (12 of 18: 36 ≥ 36), one fewer is not (11 of 18: 33 < 36); the probationary
    /// members present change neither side.
    @Test func twoThirdsExactlyIsAQuorum() {
        var congress = Fixtures.chiBo()
        // 17 official + p19 made official = 18; p18 stays probationary and present.
        congress.people[18].membership = .chinhThuc
        for index in 0..<6 { congress.delegates[index].absence = Absence(reason: "Ốm") }
        #expect(QuorumFigures(AttendanceFigures(congress)).present == 12)
        #expect(QuorumFigures(AttendanceFigures(congress)).isMet)
        congress.delegates[6].absence = Absence(reason: "Ốm")
        #expect(!QuorumFigures(AttendanceFigures(congress)).isMet)
    }

    @Test func theKindWordsTheNounsAndTheCard() {
        #expect(CongressKind.dangVien.participantNoun == "đảng viên")
        #expect(CongressKind.daiBieu.participantNoun == "đại biểu")
        #expect(CongressKind.dangVien.cardPhrase == "giơ thẻ đảng viên")
        #expect(CongressKind.daiBieu.cardPhrase == "giơ thẻ đại biểu")
        #expect(CongressKind.daiBieu.officialNoun == "đại biểu chính thức")
        var congress = Fixtures.chiBo()
        congress.details.kind = .daiBieu
        guard case .object(let root) = MinutesViewModel(congress).templateValue else { Issue.record("no object"); return }
        #expect(root["motion_voters"]?["card_phrase"] == .string("giơ thẻ đại biểu"))
    }

    /// One member: "Chủ tịch Đại hội" / "Thư ký Đại hội", flagged single; two: the Đoàn, with its count.
    @Test func bodiesAreNamedBySize() {
        var congress = Fixtures.chiBo()
        let one = BodiesViewModel.bodies(congress)
        #expect(one.map(\.label) == ["Chủ tịch Đại hội", "Thư ký Đại hội"])
        #expect(one.first?.templateValue["is_single"] == .bool(true))
        congress.bodies.presidium = [PersonID("p1"), PersonID("p3")]
        congress.bodies.secretariat = [PersonID("p2"), PersonID("p4"), PersonID("p5")]
        let many = BodiesViewModel.bodies(congress)
        #expect(many.map(\.label) == ["Đoàn Chủ tịch", "Đoàn Thư ký"])
        #expect(many.last?.templateValue["count"] == .string("3"))
        #expect(many.last?.templateValue["is_single"] == .bool(false))
    }

    /// The rule's words replace a code in the base; free text stays as typed.
    @Test func exclusionReasonsPrintTheRulesWords() {
        #expect(BaseExclusion(reason: "tam-chuyen", count: 1).printedReason == "tam-chuyen")
        #expect(BaseExclusion(reason: "tam-chuyen", count: 1).standardReason == .khac)
        #expect(BaseExclusion(reason: "cap-uy-vien-vang-mat", count: 2).printedReason
            == "Cấp ủy viên cấp triệu tập đại hội vắng mặt suốt thời gian đại hội")
        #expect(BaseExclusionReason.standard(for: .daiBieu) == [.capUyVienVangMat, .daiBieuVangKhongThayThe])
        #expect(BaseExclusionReason.standard(for: .dangVien).count == 4)
    }

    /// The level's term: a chi bộ trực thuộc alternates 2 and 3 years inside five; the others five.
    @Test func termsByLevel() {
        #expect(OrganisationLevel.chiBoTrucThuoc.termYears == 2...3)
        #expect(OrganisationLevel.dangBoCoSo.termYears == 5...5)
        #expect(OrganisationLevel.chiBo.termYears == nil)
        #expect(OrganisationLevel.chiBoTrucThuoc.previousTermYears(before: 2) == 3)
        #expect(OrganisationLevel.chiBoTrucThuoc.previousTermYears(before: 3) == 2)
        #expect(OrganisationLevel.capHuyen.previousTermYears(before: 5) == 5)
    }
}
