import CongressModel
import DaiHoi
import Derive
import Load
import Testing

/// The kind of congress (đại hội đảng viên / đại hội đại biểu) and the size of its bodies drive the papers'
/// wording, bodies and figures, read from the rendered text of the two samples and of each flipped to the other
/// kind (so the wording follows `congress.kind`, not the sample).
struct CongressKindPaperTests {
    static func sample(_ name: String) throws -> Congress {
        let file = Repository.samples.appendingPathComponent(name).appendingPathComponent("congress.yaml").path
        let loaded = CongressLoader().load(file: file)
        return try #require(loaded.congress, "\(loaded.diagnostics)")
    }

    static func chiBo() throws -> Congress { try sample("chi-bo-khu-pho-3") }
    static func hungHa() throws -> Congress { try sample("hung-ha") }

    static func text(_ kind: DocumentKind, _ congress: Congress) throws -> String {
        try PaperWordingTests.text(kind, congress)
    }

    // MARK: Voting wording

    @Test func theCardFollowsTheKindInTheMinutes() throws {
        var chiBo = try Self.chiBo()
        #expect(try Self.text(.minutes, chiBo).contains("Đại hội biểu quyết bằng hình thức giơ thẻ đảng viên;"))
        var hungHa = try Self.hungHa()
        let district = try Self.text(.minutes, hungHa)
        #expect(district.contains("Đại hội biểu quyết bằng hình thức giơ thẻ đại biểu; tỷ lệ tính trên số đại biểu có mặt."))
        #expect(!district.contains("giơ thẻ đảng viên"))
        // Flipped: the same data at the other kind.
        chiBo.details.kind = .daiBieu
        #expect(try Self.text(.minutes, chiBo).contains("giơ thẻ đại biểu"))
        hungHa.details.kind = .dangVien
        hungHa.bodies.credentials = []
        #expect(try Self.text(.minutes, hungHa).contains("giơ thẻ đảng viên"))
    }

    // MARK: Credentials

    /// Đại hội đảng viên: no Ban thẩm tra; the Chi ủy reports, under its own header, unnumbered, signed T/M CHI ỦY.
    @Test func aMembersCongressGetsTheCommitteesReportOnAttendance() throws {
        let text = try Self.text(.credentials, try Self.chiBo())
        #expect(text.contains("Tình hình đảng viên dự Đại hội đảng viên Chi bộ Khu phố 3 lần thứ XII, nhiệm kỳ 2025\u{00A0}-\u{2060}\u{00A0}2027"))
        #expect(text.contains("ĐẢNG BỘ PHƯỜNG QUANG TRUNGCHI\u{00A0}BỘ\u{00A0}KHU\u{00A0}PHỐ\u{00A0}3*ĐẢNG CỘNG SẢN VIỆT NAM"))
        #expect(text.contains("Chi ủy báo cáo Đại hội tình hình đảng viên dự Đại hội như sau:"))
        #expect(text.contains("T/M CHI ỦYBÍ THƯTrần Thị Hòa"))
        for absent in ["Ban Thẩm tra", "BAN THẨM TRA", "Qua thẩm tra", "Số 01-BC/ĐH", "ĐOÀN CHỦ TỊCH"] {
            #expect(!text.contains(absent), "\(absent)")
        }
    }

    /// A đảng bộ holding a đại hội đảng viên: its Ban Chấp hành reports and signs.
    @Test func aPartyCommitteeSignsForTheBanChapHanh() throws {
        var congress = try Self.hungHa()
        congress.details.kind = .dangVien
        congress.bodies.credentials = []
        let text = try Self.text(.credentials, congress)
        #expect(text.contains("ĐẢNG BỘ TỈNH THÁI BÌNHBAN\u{00A0}CHẤP\u{00A0}HÀNHĐẢNG\u{00A0}BỘ\u{00A0}HUYỆN\u{00A0}HƯNG\u{00A0}HÀ*ĐẢNG CỘNG SẢN VIỆT NAM"))
        #expect(text.contains("Ban Chấp hành báo cáo Đại hội"))
        #expect(text.contains("T/M BAN CHẤP HÀNHBÍ THƯ"))
    }

    /// The quorum in official members, recomputed from the sample: 19 summoned, 2 probationary (both present),
    /// Sơn and Toàn absent → 15 of 17 official members present; 15/17 = 0,88235… → 88,24%.
    @Test func theQuorumSentenceCountsOfficialMembersOnly() throws {
        let congress = try Self.chiBo()
        let official = congress.delegates.filter { congress.membership(of: $0.person) != .duBi }
        #expect(official.count == 17)
        #expect(official.filter(\.isPresent).count == 15)
        let text = try Self.text(.credentials, congress)
        #expect(text.contains(bound("Có 15/17 đảng viên chính thức được triệu tập có mặt, đạt 88,24%, bảo đảm ít nhất hai phần ba "
            + "số đảng viên chính thức được triệu tập; Đại hội đủ điều kiện")))
        #expect(!text.contains("17/19"))
        // The script's attendance item reads out the same sentence.
        #expect(try Self.text(.script, congress).contains(bound("Có 15/17 đảng viên chính thức được triệu tập có mặt, đạt 88,24%, bảo đảm")))
    }

    /// Below two thirds of the official members: 11 of 17 (11 × 3 = 33 < 34); the probationary members present
    /// do not make up the difference (13 of 19 would be 68,42%).
    @Test func withoutQuorumTheCommitteeAsksTheCongressToDecide() throws {
        var congress = try Self.chiBo()
        var absentees = 0
        for index in congress.delegates.indices where congress.delegates[index].isPresent
            && congress.membership(of: congress.delegates[index].person) == .chinhThuc && absentees < 4 {
            congress.delegates[index].absence = Absence(reason: "Ốm")
            absentees += 1
        }
        let text = try Self.text(.credentials, congress)
        #expect(text.contains(bound("Có 11/17 đảng viên chính thức được triệu tập có mặt, đạt 64,71%, chưa bảo đảm ít nhất hai phần ba "
            + "số đảng viên chính thức được triệu tập theo quy định của Điều lệ Đảng. Chi ủy đề nghị Đại hội xem xét, quyết định.")))
    }

    /// Đại hội đại biểu: the Ban thẩm tra's statutory content from `credentials_review`, then the quorum in
    /// official delegates (297 of 300).
    @Test func aDelegatesCongressGetsTheBoardsStatutoryContent() throws {
        var congress = try Self.hungHa()
        let text = try Self.text(.credentials, congress)
        #expect(text.contains("BAN\u{00A0}THẨM\u{00A0}TRA\u{00A0}TƯ\u{00A0}CÁCHĐẠI\u{00A0}BIỂU*Số 01-BC/ĐH"))
        #expect(text.contains("1. Về việc bầu cử đại biểu ở đại hội cấp dưới: Đại biểu chính thức dự Đại hội được bầu tại đại hội"))
        #expect(text.contains("2. Về đơn thư khiếu nại, tố cáo liên quan đến tư cách đại biểu và kết quả giải quyết: Ban Thẩm tra"))
        #expect(text.contains("3. Về đại biểu dự khuyết thay thế đại biểu chính thức vắng mặt: Không có đại biểu dự khuyết thay thế"))
        #expect(text.contains(bound("Có 297/300 đại biểu chính thức được triệu tập có mặt, đạt 99,00%")))
        #expect(text.contains("T/M BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU"))
        // Nothing stated: a line to fill in, never an invented sentence.
        congress.credentialsReview = nil
        let empty = try Self.text(.credentials, congress)
        #expect(empty.contains("2. Về đơn thư khiếu nại, tố cáo liên quan đến tư cách đại biểu và kết quả giải quyết: ……"))
        #expect(!empty.contains("không nhận được đơn thư"))
        // No board elected: the chair reports, named by the presidium's size.
        congress.bodies.credentials = []
        congress.bodies.presidium = [try #require(congress.bodies.presidium.first)]
        let chair = try Self.text(.credentials, congress)
        // One person is no body (`IssuingBody`): the header names the congress alone; the chair signs.
        #expect(chair.contains("NHIỆM\u{00A0}KỲ\u{00A0}2020\u{00A0}-\u{2060}\u{00A0}2025*"))
        #expect(chair.contains("Chủ tịch Đại hội đã thẩm tra tư cách đại biểu dự Đại hội."))
        #expect(chair.contains("CHỦ TỊCH ĐẠI HỘI"))
    }

    // MARK: Delegate list

    @Test func theListIsTheConveningCommitteesAtEitherKind() throws {
        let members = try Self.text(.delegates, try Self.chiBo())
        #expect(members.contains("ĐẢNG BỘ PHƯỜNG QUANG TRUNGCHI\u{00A0}BỘ\u{00A0}KHU\u{00A0}PHỐ\u{00A0}3*ĐẢNG CỘNG SẢN VIỆT NAM"))
        #expect(members.contains("DANH SÁCH\nĐảng viên dự Đại hội đảng viên Chi bộ Khu phố 3"))
        #expect(!members.contains("THẨM TRA"))
        let delegates = try Self.text(.delegates, try Self.hungHa())
        #expect(delegates.contains("BAN\u{00A0}CHẤP\u{00A0}HÀNHĐẢNG\u{00A0}BỘ\u{00A0}HUYỆN\u{00A0}HƯNG\u{00A0}HÀ*"))
        #expect(delegates.contains("DANH SÁCH\nĐại biểu dự Đại hội đại biểu Đảng bộ huyện Hưng Hà"))
        #expect(!delegates.contains("THẨM TRA"))
    }

    // MARK: Singular bodies

    /// One secretary is "Thư ký Đại hội" and signs THƯ KÝ ĐẠI HỘI; the minutes then carry no body line.
    @Test func oneSecretaryIsTheThuKyDaiHoi() throws {
        let congress = try Self.chiBo()
        #expect(congress.bodies.secretariat.count == 1)
        let minutes = try Self.text(.minutes, congress)
        #expect(minutes.contains("Thư ký Đại hội: đồng chí Vũ Minh Đức, Bí thư Chi đoàn."))
        #expect(minutes.contains("THƯ KÝ ĐẠI HỘIVũ Minh Đức"))
        #expect(!minutes.contains("Đoàn Thư ký"))
        #expect(!minutes.contains("ĐOÀN THƯ KÝ"))
        #expect(!minutes.contains("gồm 1 đồng chí"))
        let script = try Self.text(.script, congress)
        #expect(script.contains("Thư ký Đại hội: đồng chí Vũ Minh Đức"))
        #expect(!script.contains("Đoàn Thư ký gồm"))
    }

    /// One chair is "Chủ tịch Đại hội" and signs CHỦ TỊCH ĐẠI HỘI, in the minutes, script and resolution; two
    /// secretaries are the Đoàn Thư ký again.
    @Test func oneChairIsTheChuTichDaiHoiAndTwoSecretariesABody() throws {
        var congress = try Self.chiBo()
        congress.bodies.presidium = [PersonID("hoa")]
        congress.bodies.secretariat = [PersonID("duc"), PersonID("hanh")]
        let minutes = try Self.text(.minutes, congress)
        #expect(minutes.contains("Chủ tịch Đại hội: đồng chí Trần Thị Hòa, Bí thư Chi bộ."))
        #expect(minutes.contains("CHỦ TỊCH ĐẠI HỘI"))
        #expect(!minutes.contains("T/M ĐOÀN CHỦ TỊCH"))
        #expect(minutes.contains(bound("Đoàn Thư ký gồm 2 đồng chí:")))
        #expect(minutes.contains("T/M ĐOÀN THƯ KÝTRƯỞNG ĐOÀNVũ Minh Đức"))
        // The minutes are the congress's paper (`IssuingBody`): no ĐOÀN THƯ KÝ under the congress in the header.
        #expect(minutes.contains("NHIỆM\u{00A0}KỲ\u{00A0}2025\u{00A0}-\u{2060}\u{00A0}2027*"))
        #expect(try Self.text(.script, congress).contains("Chủ tịch Đại hội: đồng chí Trần Thị Hòa"))
        let resolution = try Self.text(.resolution, congress)
        #expect(resolution.contains("CHỦ TỊCH ĐẠI HỘI"))
        #expect(!resolution.contains("T/M ĐOÀN CHỦ TỊCH"))
    }

    // MARK: Threshold base and term

    /// The vote-count states the base in the rule's words: 17 official members − 1 exempt member absent
    /// − 1 official member absent with an accepted reason = 15; each reason runs on in the sentence, in lower case.
    @Test func theThresholdBaseIsWordedByTheRule() throws {
        let text = try Self.text(.voteCount, try Self.chiBo())
        #expect(text.contains("Số đảng viên chính thức được triệu tập: 17. "
            + "Trừ 1 (đảng viên được miễn công tác và sinh hoạt đảng không có mặt tại đại hội). "
            + "Trừ 1 (đảng viên chính thức vắng mặt suốt thời gian đại hội có lý do chính đáng được cấp ủy triệu tập đại hội đồng ý). "
            + "Số đảng viên chính thức làm cơ sở tính tỷ lệ trúng cử: 15."))
        let district = try Self.text(.voteCount, try Self.hungHa())
        #expect(district.contains("Trừ 3 (đại biểu chính thức vắng mặt suốt thời gian đại hội không có đại biểu dự khuyết thay thế)"))
    }

    /// At a đại hội đảng viên the credentials report is not the congress's paper, nor is the political report (the
    /// outgoing Chi ủy's, in its own series "-BC/CB"): the counter starts at the presidium's summary of the comments
    /// on the drafts (01-BC), then the floor opinion's count, the 2 vote-counts, the secret vote's count and the
    /// resolution, and the minutes close the series at 07. With `report_issuer: congress` the report opens it.
    @Test func theCommitteesReportIsOutsideTheCongressSeries() throws {
        var congress = try Self.chiBo()
        #expect(DocumentNumbering.number(of: .credentials, in: congress) == nil)
        #expect(DocumentNumbering.number(of: .report, in: congress) == nil)
        #expect(DocumentNumbering.committeeReportNumber(in: congress) == "\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}-BC/CB")
        #expect(DocumentNumbering.number(of: .draftComments, in: congress) == "01-BC/ĐH")
        #expect(DocumentNumbering.number(of: .minutes, in: congress) == "07-BB/ĐH")
        #expect(DocumentNumbering.number(of: .credentials, in: try Self.hungHa()) == "01-BC/ĐH")
        congress.settings.reportIssuer = .congress
        #expect(DocumentNumbering.number(of: .report, in: congress) == "01-BC/ĐH")
        #expect(DocumentNumbering.number(of: .minutes, in: congress) == "08-BB/ĐH")
    }

    /// A chi bộ trực thuộc meets twice in five years: the term before 2025 – 2027 is 2022 – 2025.
    @Test func thePastTermOfAChiBoUnderAGrassrootsCommittee() throws {
        let text = try Self.text(.report, try Self.chiBo())
        #expect(text.contains("của Chi ủy Chi bộ Khu phố 3 nhiệm kỳ 2022\u{00A0}-\u{2060}\u{00A0}2025 trình Đại hội"))
        var fiveYears = try Self.chiBo()
        fiveYears.organisation.level = .chiBoCoSo
        fiveYears.details.term = Term(from: 2025, to: 2030)
        #expect(try Self.text(.report, fiveYears).contains("nhiệm kỳ 2020\u{00A0}-\u{2060}\u{00A0}2025 trình Đại hội"))
    }
}
