import CongressModel
import Derive
import Testing

/// The one place a committee is named (`CommitteeName`; Điều lệ Đảng: tỉnh ủy, thành ủy, huyện ủy, quận ủy, thị ủy,
/// đảng ủy, chi ủy), and the papers that take their names from it.
struct CommitteeNameTests {
    @Test(arguments: [
        ("Đảng bộ tỉnh Thái Bình", "Tỉnh ủy Thái Bình", "Ban Thường vụ Tỉnh ủy Thái Bình", "TU"),
        ("Đảng bộ thành phố Thái Bình", "Thành ủy Thái Bình", "Ban Thường vụ Thành ủy Thái Bình", "TU"),
        ("Đảng bộ huyện Hưng Hà", "Huyện ủy Hưng Hà", "Ban Thường vụ Huyện ủy Hưng Hà", "HU"),
        ("Đảng bộ quận Ba Đình", "Quận ủy Ba Đình", "Ban Thường vụ Quận ủy Ba Đình", "QU"),
        ("Đảng bộ thị xã Sơn Tây", "Thị ủy Sơn Tây", "Ban Thường vụ Thị ủy Sơn Tây", "TU"),
        // "thị trấn" is not "thị xã": a đảng ủy.
        ("Đảng bộ thị trấn Hưng Hà", "Đảng ủy thị trấn Hưng Hà", "Ban Thường vụ Đảng ủy thị trấn Hưng Hà", "ĐU"),
        ("Đảng bộ xã Tân Lập", "Đảng ủy xã Tân Lập", "Ban Thường vụ Đảng ủy xã Tân Lập", "ĐU"),
        ("Đảng bộ phường Quang Trung", "Đảng ủy phường Quang Trung", "Ban Thường vụ Đảng ủy phường Quang Trung", "ĐU"),
    ])
    func dangBo(organisation: String, committee: String, standing: String, symbol: String) {
        let name = CommitteeName(of: organisation)
        #expect(name.committee == committee)
        #expect(name.standingCommittee == standing && name.actingBody == standing)
        #expect(name.symbol == symbol)
    }

    /// A chi bộ's committee is its chi ủy, with no standing committee; a name already a committee stays as written.
    @Test func chiBoAndCommitteesAsWritten() {
        let chiBo = CommitteeName(of: "Chi bộ Khu phố 3")
        #expect(chiBo.committee == "Chi ủy Chi bộ Khu phố 3" && chiBo.standingCommittee == nil)
        #expect(chiBo.actingBody == "Chi ủy Chi bộ Khu phố 3" && chiBo.symbol == "CB")
        let written = CommitteeName(of: "Ban Thường vụ Thành ủy Thái Bình")
        #expect(written.committee == "Ban Thường vụ Thành ủy Thái Bình" && written.standingCommittee == nil)
    }

    /// The bodies the first meeting elects are the committee's ("Ban Thường vụ Huyện ủy …"); the Ban Chấp hành stays
    /// the organisation's; at a chi bộ the secretary is the chi bộ's.
    @Test func electedBodiesTakeTheCommitteesName() {
        var congress = Fixtures.chiBo()
        congress.organisation = Organisation(name: "Đảng bộ huyện Hưng Hà", level: .capHuyen, superior: "Đảng bộ tỉnh Thái Bình",
                                             place: "Hưng Hà")
        #expect(ElectedBodyNaming.name(.banChapHanh, congress: congress) == "Ban Chấp hành Đảng bộ huyện Hưng Hà")
        #expect(ElectedBodyNaming.name(.banThuongVu, congress: congress) == "Ban Thường vụ Huyện ủy Hưng Hà")
        #expect(ElectedBodyNaming.name(.biThu, congress: congress) == "Bí thư Huyện ủy Hưng Hà")
        #expect(ElectedBodyNaming.name(.uyBanKiemTra, congress: congress) == "Ủy ban Kiểm tra Huyện ủy Hưng Hà")
        #expect(ElectedBodyNaming.name(.chuNhiemUyBanKiemTra, congress: congress) == "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Hưng Hà")
        let chiBo = Fixtures.chiBo()
        #expect(ElectedBodyNaming.name(.biThu, congress: chiBo) == "Bí thư Chi bộ Khu phố 3")
        #expect(ElectedBodyNaming.name(.chiUy, congress: chiBo) == "Chi ủy Chi bộ Khu phố 3")
        #expect(FirstMeetingNaming(chiBo).committee.hasPrefix("Chi ủy Chi bộ Khu phố 3 nhiệm kỳ"))
    }
}
