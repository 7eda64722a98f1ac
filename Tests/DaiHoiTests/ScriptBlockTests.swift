import CongressModel
import Derive
import Load
import Template
import Testing
import Vietnamese

/// The script as real scripts run (issue 13 §3), read from the script's and the sheets' view models of the
/// samples: the election block generated step by step from the one election list, the names read before the
/// vote, each body in the item that elects it, breaks as breaks, and the guest invited rather than assigned.
struct ScriptBlockTests {
    private static func sample(_ name: String) throws -> Congress {
        let file = Repository.root.appendingPathComponent("Samples/\(name)/congress.yaml").path
        return try #require(CongressLoader().load(file: file).congress)
    }

    /// The script's items, every session's, in order.
    private static func items(_ congress: Congress) -> [TemplateFields] {
        guard case .object(let root) = ScriptViewModel(congress).templateValue, case .list(let sessions)? = root["sessions"] else { return [] }
        return sessions.flatMap { session -> [TemplateFields] in
            guard case .object(let s) = session, case .list(let items)? = s["items"] else { return [] }
            return items.compactMap { if case .object(let o) = $0 { o } else { nil } }
        }
    }

    private static func item(_ congress: Congress, titled title: String) throws -> TemplateFields {
        try #require(items(congress).first { $0["title"] == .string(title) }, "no item '\(title)'")
    }

    private static func strings(_ value: TemplateValue?) -> [String] {
        guard case .list(let list)? = value else { return [] }
        return list.compactMap { if case .string(let s) = $0 { s } else { nil } }
    }

    private static func steps(_ item: TemplateFields) -> [TemplateFields] {
        guard case .list(let steps)? = item["steps"] else { return [] }
        return steps.compactMap { if case .object(let o) = $0 { o } else { nil } }
    }

    private static func titles(_ item: TemplateFields) -> [String] {
        steps(item).compactMap { if case .string(let t)? = $0["title"] { t } else { nil } }
    }

    private static func labels(_ item: TemplateFields) -> [String] {
        guard case .list(let bodies)? = item["bodies"] else { return [] }
        return bodies.compactMap { if case .object(let o) = $0, case .string(let l)? = o["label"] { l } else { nil } }
    }

    static let ballot = ["Phổ biến thể lệ bầu cử", "Kiểm tra hòm phiếu", "Phát phiếu bầu", "Bỏ phiếu",
                         "Nghỉ giải lao trong thời gian kiểm phiếu", "Công bố kết quả bầu cử"]

    // MARK: The election block

    /// Chi ủy then Bí thư in one item: every step in order; the Ban Kiểm phiếu is elected before the first
    /// ballot (no `elect-bodies` item elects it); no number voted for the one Bí thư; ra mắt after the last.
    @Test func theChiBoBlockRunsEveryStep() throws {
        let congress = try Self.sample("chi-bo-khu-pho-3")
        let item = try Self.item(congress, titled: "Bầu cử Chi ủy và Bí thư Chi bộ nhiệm kỳ 2025 - 2027")
        let list = ElectionList(congress).heldByCongress
        #expect(list.map(\.election.id) == ["chi-uy", "bi-thu"])
        let preparation = ["Báo cáo đề án nhân sự", "Biểu quyết số lượng", "Giới thiệu danh sách bầu cử",
                           "Ứng cử, đề cử tại Đại hội và xin rút khỏi danh sách", "Biểu quyết thông qua danh sách bầu cử"]
        #expect(Self.titles(item) == preparation + ["Bầu Ban Kiểm phiếu"] + Self.ballot
            + preparation.filter { $0 != "Biểu quyết số lượng" } + Self.ballot + ["Ra mắt \(list[0].name)"])
        let steps = Self.steps(item)
        // Each election opens with its name from the one list.
        #expect(steps.compactMap { if case .string(let h)? = $0["heading"] { h } else { nil } } == list.map { "Bầu \($0.name)" })
        // The list read in A, B, C order by given name (Đức, Hòa, Lan, Thắng), then the vote called.
        let vote = try #require(steps.first { $0["title"] == .string("Biểu quyết thông qua danh sách bầu cử") })
        #expect(Self.strings(vote["names"]) == ["Vũ Minh Đức", "Trần Thị Hòa", "Phạm Thị Lan", "Nguyễn Văn Thắng"])
        #expect(Self.strings(vote["after"]).first == "Đồng chí đảng viên chính thức nào đồng ý, xin giơ thẻ đảng viên biểu quyết.")
        // Performers: the item's performer for the presidium, the head of the Ban Kiểm phiếu for the ballot.
        #expect(steps.first?["performer"] == .string("Đồng chí Trần Thị Hòa (Đoàn Chủ tịch)"))
        let rules = try #require(steps.first { $0["title"] == .string("Phổ biến thể lệ bầu cử") })
        #expect(rules["performer"] == .string("Đồng chí Đặng Quốc Khánh (Trưởng Ban Kiểm phiếu)"))
        // Đề án nhân sự: 3 places; 4 names, surplus 1 (33,33%), 2 re-elected, 2 new, 2 women (Hòa, Lan).
        #expect(Self.strings(steps.first?["before"]).suffix(2) == ["Số lượng: 3 đồng chí.",
            "Danh sách giới thiệu gồm 4 đồng chí, số dư 1 đồng chí (33,33%); trong đó 2 đồng chí tái cử, 2 đồng chí tham gia lần đầu, 2 đồng chí nữ."])
        let board = try #require(steps.first { $0["title"] == .string("Bầu Ban Kiểm phiếu") })
        #expect(Self.strings(board["names"]) == ["Đặng Quốc Khánh, Cán bộ hưu trí – Trưởng ban",
                                                 "Bùi Thị Hạnh, Kế toán Hợp tác xã Quang Trung", "Lương Bích Ngọc, Bác sĩ Trạm Y tế phường"])
    }

    /// A programme that names no election gives every election the congress holds to its first `election`
    /// item: the same block as naming them.
    @Test func withoutElectionsNamedTheFirstElectionItemHoldsThemAll() throws {
        let named = try Self.sample("chi-bo-khu-pho-3")
        var unnamed = named
        for index in unnamed.officialSession.items.indices { unnamed.officialSession.items[index].elections = [] }
        let title = "Bầu cử Chi ủy và Bí thư Chi bộ nhiệm kỳ 2025 - 2027"
        #expect(Self.steps(try Self.item(unnamed, titled: title)) == Self.steps(try Self.item(named, titled: title)))
        // Chi ủy: 5 preparation steps, the Ban Kiểm phiếu, 6 of the ballot; Bí thư: 4 and 6; ra mắt.
        #expect(Self.steps(try Self.item(unnamed, titled: title)).count == 12 + 10 + 1)
        // Without any election item, no block at all.
        for index in unnamed.officialSession.items.indices where unnamed.officialSession.items[index].kind == .election {
            unnamed.officialSession.items[index].kind = .other
        }
        #expect(Self.items(unnamed).allSatisfy { $0["steps"] == .bool(false) })
    }

    /// One chair is not a body: with `bodies.presidium` of one person, every line of the block says "Chủ tịch
    /// Đại hội" (`WorkingBody.label`), never "Đoàn Chủ tịch", and so does the performer's role.
    @Test func aSingleChairIsNamedInTheSingular() throws {
        var congress = try Self.sample("chi-bo-khu-pho-3")
        congress.bodies.presidium = Array(congress.bodies.presidium.prefix(1))
        let item = try Self.item(congress, titled: "Bầu cử Chi ủy và Bí thư Chi bộ nhiệm kỳ 2025 - 2027")
        let lines = Self.steps(item).flatMap { Self.strings($0["before"]) + Self.strings($0["after"]) }
        #expect(!lines.isEmpty && lines.allSatisfy { !$0.contains("Đoàn Chủ tịch") })
        #expect(lines.contains("Chủ tịch Đại hội đề nghị Đại hội biểu quyết số lượng Chi ủy Chi bộ Khu phố 3 nhiệm kỳ \(YearRange.text(from: 2025, to: 2027)) là 3 đồng chí."))
        #expect(lines.contains { $0.hasPrefix("Xin mời Chủ tịch Đại hội bỏ phiếu trước") })
        #expect(Self.steps(item).first?["performer"] == .string("Đồng chí Trần Thị Hòa (Chủ tịch Đại hội)"))
    }

    /// Công bố kết quả: with the count in the data the lines carry it, from the same `ElectionOutcome` as the
    /// vote-count minutes (Chi ủy: 15 ballots issued, collected, valid; Hòa 15 = 100,00 %, Thắng 14 = 93,33 %,
    /// Lan 12 = 80,00 % of the base 15). A script prepared before the count keeps the placeholder.
    @Test func theResultIsAnnouncedFromTheCount() throws {
        var congress = try Self.sample("chi-bo-khu-pho-3")
        let title = "Bầu cử Chi ủy và Bí thư Chi bộ nhiệm kỳ 2025 - 2027"
        let announce = { (congress: Congress) throws -> [TemplateFields] in
            Self.steps(try Self.item(congress, titled: title)).filter { $0["title"] == .string("Công bố kết quả bầu cử") }
        }
        let chiUy = try #require(try announce(congress).first)
        #expect(Self.strings(chiUy["before"]) == [
            "Thay mặt Ban Kiểm phiếu, tôi xin công bố kết quả bầu Chi ủy Chi bộ Khu phố 3 nhiệm kỳ \(YearRange.text(from: 2025, to: 2027)):",
            "Số phiếu phát ra 15, số phiếu thu về 15, số phiếu hợp lệ 15, số phiếu không hợp lệ 0.",
            "Căn cứ Quy chế bầu cử trong Đảng, các đồng chí sau đây trúng cử (3 đồng chí, xếp theo số phiếu bầu từ cao đến thấp):",
        ])
        #expect(Self.strings(chiUy["names"]) == ["Đồng chí Trần Thị Hòa: 15 phiếu, đạt 100,00%.",
                                                 "Đồng chí Nguyễn Văn Thắng: 14 phiếu, đạt 93,33%.",
                                                 "Đồng chí Phạm Thị Lan: 12 phiếu, đạt 80,00%."])
        let biThu = try #require(try announce(congress).last)
        #expect(Self.strings(biThu["before"]).last == "Căn cứ Quy chế bầu cử trong Đảng, đồng chí sau đây trúng cử:")
        for index in congress.elections.indices { congress.elections[index].rounds = [] }
        #expect(try announce(congress).map { Self.strings($0["before"]).last } == Array(repeating: "(Đọc toàn văn biên bản kiểm phiếu.)", count: 2))
        #expect(try announce(congress).allSatisfy { Self.strings($0["names"]).isEmpty })
    }

    /// After "Bầu …" the delegates are people, not a body: the minutes, the vote-count minutes and the script
    /// write "Bầu đại biểu chính thức đi dự …" in lower case, from one place (`ElectionList.Entry.nameInText`);
    /// a body keeps its capital ("Bầu Ban Chấp hành …").
    @Test func delegatesAreNamedInLowerCaseAfterBau() throws {
        let congress = try Self.sample("hung-ha")
        guard case .list(let results) = ElectionResultsViewModel(congress).templateValue else { Issue.record("not a list"); return }
        let inText = results.compactMap { if case .object(let o) = $0, case .string(let s)? = o["body_in_text"] { s } else { nil } }
        #expect(inText.contains("đại biểu chính thức đi dự Đại hội Đảng bộ tỉnh Thái Bình"))
        #expect(inText.contains("đại biểu dự khuyết đi dự Đại hội Đảng bộ tỉnh Thái Bình"))
        #expect(inText.first == "Ban Chấp hành Đảng bộ huyện Hưng Hà nhiệm kỳ \(YearRange.text(from: 2020, to: 2025))")
        guard case .object(let root) = VoteCountViewModel(congress).templateValue, case .list(let sheets)? = root["sheets"] else {
            Issue.record("no sheets"); return
        }
        #expect(sheets.contains { if case .object(let o) = $0 { o["body_in_text"] == .string("đại biểu chính thức đi dự Đại hội Đảng bộ tỉnh Thái Bình") } else { false } })
    }

    /// A đại hội đại biểu: "giơ thẻ đại biểu"; the Ban Kiểm phiếu elected by its own item, not again in the
    /// block; the delegation's number is allocated, never voted; the first meeting's elections are not the
    /// congress's block's.
    @Test func theDistrictBlocksFollowTheKindAndTheAllocation() throws {
        let congress = try Self.sample("hung-ha")
        let committee = try Self.item(congress, titled: "Bầu cử Ban Chấp hành Đảng bộ huyện khóa XVI")
        let delegation = try Self.item(congress, titled: "Bầu đoàn đại biểu đi dự Đại hội Đảng bộ tỉnh lần thứ XX")
        #expect(Self.titles(committee).contains("Biểu quyết số lượng"))
        #expect(!Self.titles(committee).contains("Bầu Ban Kiểm phiếu"))
        #expect(Self.titles(committee).last?.hasPrefix("Ra mắt Ban Chấp hành") == true)
        #expect(!Self.titles(delegation).contains("Biểu quyết số lượng"))
        #expect(!Self.titles(delegation).contains { $0.hasPrefix("Ra mắt") })
        #expect(Self.titles(delegation).filter { $0 == "Báo cáo đề án nhân sự" }.count == 2)
        let allocation = try #require(Self.steps(delegation).first.map { Self.strings($0["before"]) })
        #expect(allocation.contains("Theo phân bổ của cấp ủy cấp trên, Đại hội bầu 15 đại biểu chính thức; số lượng này được phân bổ, Đại hội không biểu quyết."))
        let text = Self.items(congress).flatMap(Self.steps).flatMap { Self.strings($0["before"]) + Self.strings($0["after"]) }
        #expect(text.contains("Đồng chí đại biểu chính thức nào đồng ý, xin giơ thẻ đại biểu biểu quyết."))
        #expect(!text.contains { $0.contains("giơ thẻ đảng viên") })
        for entry in ElectionList(congress).heldAtFirstMeeting { #expect(!text.contains { $0.contains(entry.name) }) }
    }

    // MARK: Bodies, names before the vote

    /// Each body in the item that elects it only; the names come before the vote the script calls.
    @Test func eachBodyIsListedWhereItIsElected() throws {
        let district = try Self.sample("hung-ha")
        #expect(Self.labels(try Self.item(district, titled: "Bầu Đoàn Chủ tịch, Đoàn Thư ký và Ban Thẩm tra tư cách đại biểu"))
            == ["Đoàn Chủ tịch", "Đoàn Thư ký", "Ban Thẩm tra tư cách đại biểu"])
        #expect(Self.labels(try Self.item(district, titled: "Bầu Ban Kiểm phiếu")) == ["Ban Kiểm phiếu"])
        let chiBo = try Self.sample("chi-bo-khu-pho-3")
        let bodies = try Self.item(chiBo, titled: "Bầu Đoàn Chủ tịch và Thư ký Đại hội")
        #expect(Self.labels(bodies) == ["Đoàn Chủ tịch", "Thư ký Đại hội"])
        #expect(Self.strings(bodies["bodies_vote"]) == [
            "Đồng chí đảng viên chính thức nào đồng ý với danh sách trên, xin giơ thẻ đảng viên biểu quyết.",
            "Xin cảm ơn Đại hội. Xin mời Đoàn Chủ tịch và Thư ký Đại hội lên làm việc."])
        // In the printed script, the secretary's name stands before the vote is called.
        let text = try PaperWordingTests.text(.script, chiBo)
        let name = try #require(text.range(of: "Thư ký Đại hội: đồng chí Vũ Minh Đức"))
        let call = try #require(text.range(of: "nào đồng ý với danh sách trên"))
        #expect(name.lowerBound < call.lowerBound)
        // The Ban Kiểm phiếu is not listed with the bodies elected at the opening (the block elects it).
        #expect(!text.contains("Đồng chí Đặng Quốc Khánh, Cán bộ hưu trí"))
    }

    // MARK: Breaks

    @Test func breaksArePrintedAsBreaks() throws {
        let congress = try Self.sample("dang-bo-xa-tan-lap")
        let lunch = try Self.item(congress, titled: "Nghỉ trưa")
        #expect(lunch["is_break"] == .bool(true))
        #expect(try Self.item(congress, titled: "Diễn văn khai mạc Đại hội")["is_break"] == .bool(false))
        // A break without a performer prints no "Chưa phân công".
        var chiBo = try Self.sample("chi-bo-khu-pho-3")
        chiBo.officialSession.items.insert(ProgrammeItem(title: "Nghỉ giải lao", minutes: 15, kind: .recess), at: 9)
        let text = try PaperWordingTests.text(.script, chiBo)
        #expect(text.contains("Nghỉ giải lao"))
        #expect(!text.contains("Chưa phân công"))
        #expect(!text.contains("chưa phân công"))
    }

    // MARK: The guest invited

    /// The chair reads the invitation; the guest gets no sheet; the minutes name the guest as the speaker; the
    /// head of the Ban Kiểm phiếu has the election item on their sheet.
    @Test func theGuestIsInvitedNotAssigned() throws {
        let congress = try Self.sample("chi-bo-khu-pho-3")
        let speech = try Self.item(congress, titled: "Phát biểu chỉ đạo của đồng chí đại diện Đảng ủy phường")
        #expect(speech["performer"]?.name == "Trần Thị Hòa")
        #expect(speech["invited"]?.name == "Phạm Anh Tuấn")
        #expect(speech["invitation"] == .string("Trân trọng kính mời đồng chí Phạm Anh Tuấn, Phó Bí thư Thường trực Đảng ủy phường Quang Trung, phát biểu chỉ đạo Đại hội."))
        guard case .object(let root) = AssignmentsViewModel(congress).templateValue, case .list(let sheets)? = root["sheets"] else {
            Issue.record("no sheets")
            return
        }
        let names = sheets.compactMap { sheet -> String? in
            if case .object(let s) = sheet { return s["person"]?.name }
            return nil
        }
        #expect(names == ["Nguyễn Văn Thắng", "Trần Thị Hòa", "Phạm Thị Lan", "Đặng Quốc Khánh", "Vũ Minh Đức"])
        #expect(!names.contains("Phạm Anh Tuấn"))
        let minutes = try PaperWordingTests.text(.minutes, congress)
        #expect(minutes.contains("Đồng chí Phạm Anh Tuấn, Phó Bí thư Thường trực Đảng ủy phường Quang Trung phát biểu chỉ đạo Đại hội."))
    }
}

private extension TemplateValue {
    /// The `name` of a person object.
    var name: String? {
        if case .object(let o) = self, case .string(let n)? = o["name"] { return n }
        return nil
    }
}
