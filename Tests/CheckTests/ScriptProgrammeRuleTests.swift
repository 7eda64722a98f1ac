import Check
import Diagnostics
import Load
import Testing

/// The programme as real scripts run it (issue 13 §3): breaks (DH183), the guest invited and not assigned
/// (DH184, DH185), each body's names read before the vote in the one item that elects it (DH186, DH187) — each
/// on a failing and a passing case, with the exact code, severity, position and message in both languages.
struct ScriptProgrammeRuleTests {
    private func diagnostics(_ yaml: String) throws -> [Diagnostic] {
        let loaded = CongressLoader().load(text: yaml, file: "congress.yaml")
        let congress = try #require(loaded.congress, "\(loaded.diagnostics)")
        return CongressChecker().check(congress).filter { ["DH183", "DH184", "DH185", "DH186", "DH187"].contains($0.code) }
    }

    private func check(_ yaml: String) throws -> [String] {
        try diagnostics(yaml).map { "\($0.code) \($0.severity.rawValue) \($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.message.text(in: .en))" }
    }

    /// The chi bộ of `CongressKindRuleTests.base` edited.
    private func base(_ edits: [(String, String)]) -> String {
        edits.reduce(CongressKindRuleTests.base) { yaml, edit in
            #expect(yaml.contains(edit.0), "the base congress has no '\(edit.0)'")
            return yaml.replacingOccurrences(of: edit.0, with: edit.1)
        }
    }

    private static let opening = "      - {title: Khai mạc, minutes: 10, performer: hoa, kind: opening, lines: Kính thưa Đại hội!}"
    private static let guest = ("delegates: [hoa, nam, an, hai, lan, binh]\n",
                                "delegates: [hoa, nam, an, hai, lan, binh]\nguests: [{person: tuan, superior: true}]\n")
    private static let tuan = ("  - {id: binh, name: Phạm Văn Bình, membership: chinh-thuc}\n",
                               "  - {id: binh, name: Phạm Văn Bình, membership: chinh-thuc}\n  - {id: tuan, name: Phạm Anh Tuấn, position: Phó Bí thư Đảng ủy phường}\n")

    // MARK: DH183 — hours on end without a break

    @Test func aLongSessionWithoutABreakIsWarned() throws {
        let long = "      - {title: Thảo luận, minutes: 240, performer: hoa, kind: discussion}\n"
        let yaml = base([(Self.opening, Self.opening + "\n" + long)])
        #expect(try check(yaml) == [
            "DH183 warning 18:5 the official session runs 255 minutes on end (7 giờ 30 to 11 giờ 45) without a break item (kind: break — nghỉ giải lao, nghỉ trưa), over 240 minutes (setting maximum_minutes_without_break)",
        ])
        #expect(try diagnostics(yaml).first?.message.text(in: .vi)
            == "phiên chính thức làm việc liền 255 phút (từ 7 giờ 30 đến 11 giờ 45) không có mục nghỉ (kind: break — nghỉ giải lao, nghỉ trưa), quá 240 phút (thiết lập maximum_minutes_without_break)")
        // A break between, with no performer, cuts the stretch (and needs nobody to perform it).
        let broken = base([(Self.opening, Self.opening + "\n" + "      - {title: Nghỉ giải lao, minutes: 15, kind: break}\n" + long)])
        #expect(try check(broken).isEmpty)
        let loaded = try #require(CongressLoader().load(text: broken, file: "congress.yaml").congress)
        #expect(!CongressChecker().check(loaded).contains { $0.code == "DH200" || $0.message.text(in: .en).contains("Nghỉ giải lao") })
        // The limit is a setting.
        #expect(try check(yaml + "\nsettings: {maximum_minutes_without_break: 300}").isEmpty)
    }

    // MARK: DH184, DH185 — the guest is invited, not assigned

    @Test func aGuestPerformingAnItemIsWarned() throws {
        let speech = "      - {title: Phát biểu chỉ đạo, minutes: 15, performer: tuan, kind: superior-speech}\n"
        let yaml = base([Self.tuan, Self.guest, (Self.opening, Self.opening + "\n" + speech)])
        #expect(try check(yaml) == [
            "DH184 warning 26:60 item 'Phát biểu chỉ đạo': performer 'tuan' is a guest — a guest is invited, not assigned (and gets no assignment sheet); write invited: tuan and make the performer the chair who reads the invitation",
        ])
        #expect(try diagnostics(yaml).first?.message.text(in: .vi).hasPrefix("mục 'Phát biểu chỉ đạo': người thực hiện 'tuan' là khách mời") == true)
        let invited = "      - {title: Phát biểu chỉ đạo, minutes: 15, performer: hoa, invited: tuan, kind: superior-speech}\n"
        #expect(try check(base([Self.tuan, Self.guest, (Self.opening, Self.opening + "\n" + invited)])).isEmpty)
    }

    @Test func anInvitedPersonWhoIsNoGuestIsWarned() throws {
        let invited = "      - {title: Phát biểu chỉ đạo, minutes: 15, performer: hoa, invited: nam, kind: superior-speech}\n"
        let yaml = base([(Self.opening, Self.opening + "\n" + invited)])
        #expect(try check(yaml) == [
            "DH185 warning 24:74 item 'Phát biểu chỉ đạo': invited: 'nam' is not among the guests — add them to guests, or make them the performer",
        ])
        #expect(try diagnostics(yaml).first?.message.text(in: .vi)
            == "mục 'Phát biểu chỉ đạo': invited: 'nam' không có trong danh sách khách mời (guests) — thêm vào guests, hoặc ghi người đó là người thực hiện (performer)")
    }

    // MARK: DH186, DH187 — names before the vote, each body in one item

    @Test func theVoteCalledBeforeTheNamesIsWarned() throws {
        let bodies = "      - {title: Bầu Chủ tịch và Thư ký, minutes: 5, performer: hoa, kind: elect-bodies, lines: Đồng chí nào đồng ý xin giơ thẻ đảng viên}\n"
        let yaml = base([(Self.opening, Self.opening + "\n" + bodies)])
        #expect(try check(yaml) == [
            "DH186 warning 24:96 item 'Bầu Chủ tịch và Thư ký': the lines call the vote ('giơ thẻ') before the names are read — the script reads the bodies' names and then calls the vote; keep in lines only what is said before the names",
        ])
        #expect(try diagnostics(yaml).first?.message.text(in: .vi).hasPrefix("mục 'Bầu Chủ tịch và Thư ký': lời dẫn đã mời biểu quyết ('giơ thẻ') trước khi đọc danh sách") == true)
        let fixed = bodies.replacingOccurrences(of: "Đồng chí nào đồng ý xin giơ thẻ đảng viên", with: "\"Chi ủy đề xuất như sau:\"")
        #expect(try check(base([(Self.opening, Self.opening + "\n" + fixed)])).isEmpty)
    }

    @Test func aBodyElectedByTwoItemsIsWarned() throws {
        let first = "      - {title: Bầu Chủ tịch và Thư ký, minutes: 5, performer: hoa, kind: elect-bodies}\n"
        let second = "      - {title: Bầu Ban Kiểm phiếu, minutes: 5, performer: hoa, kind: elect-bodies}\n"
        let yaml = base([(Self.opening, Self.opening + "\n" + first + second)])
        // The second item, without `bodies:`, elects the presidium and secretariat again.
        #expect(try check(yaml) == [
            "DH187 warning 25:9 item 'Bầu Ban Kiểm phiếu' elects 'presidium' again, already elected at item 'Bầu Chủ tịch và Thư ký' — each body is read and voted in one item only; fix the bodies: of one of them",
            "DH187 warning 25:9 item 'Bầu Ban Kiểm phiếu' elects 'secretariat' again, already elected at item 'Bầu Chủ tịch và Thư ký' — each body is read and voted in one item only; fix the bodies: of one of them",
        ])
        #expect(try diagnostics(yaml).first?.message.text(in: .vi).hasPrefix("mục 'Bầu Ban Kiểm phiếu' bầu lại 'presidium' đã bầu ở mục 'Bầu Chủ tịch và Thư ký'") == true)
        let fixed = second.replacingOccurrences(of: "kind: elect-bodies}", with: "kind: elect-bodies, bodies: [vote_counting]}")
        #expect(try check(base([(Self.opening, Self.opening + "\n" + first + fixed)])).isEmpty)
    }

    /// `bodies:` takes the working bodies' names only; `kind: break` and `invited:` load.
    @Test func anUnknownBodyIsRefusedOnLoading() {
        let item = "      - {title: Bầu, minutes: 5, performer: hoa, kind: elect-bodies, bodies: [presidum]}\n"
        let loaded = CongressLoader().load(text: base([(Self.opening, Self.opening + "\n" + item)]), file: "congress.yaml")
        #expect(loaded.congress == nil)
        #expect(loaded.diagnostics.contains { $0.severity == .error && $0.message.text(in: .en).contains("presidum") })
    }
}
