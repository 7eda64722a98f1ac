import CongressModel
import Elections
import Vietnamese

/// Phần bầu cử của kịch bản — the election block of the script, generated step by step from each election the
/// congress holds (`ElectionList.heldByCongress`, the one list every paper reads), as real scripts run it
/// (123doc 10133752, giamcanlamdep, mẫu 4 bầu đại biểu đi dự đại hội; reviews/papers.md §2.2 defect 3):
///
/// báo cáo đề án nhân sự → biểu quyết số lượng → giới thiệu danh sách → ứng cử, đề cử tại hội trường và xin rút
/// → biểu quyết danh sách → bầu Ban Kiểm phiếu (once, before the first ballot, unless an `elect-bodies` item
/// elected it) → thể lệ bầu cử → kiểm tra hòm phiếu → phát phiếu → bỏ phiếu → nghỉ giải lao while counting →
/// công bố kết quả, then ra mắt of the new committee after the last of its elections in the item.
///
/// - The congress does not vote the number of delegates to the upper congress: it is allocated from above
///   ("đại hội không biểu quyết số lượng cần bầu", camau.dcs.vn hỏi đáp 24), nor that of the Bí thư (one).
/// - Elections of the new committee's first meeting are not in the block: the first meeting holds them.
struct ElectionBlock {
    let congress: Congress
    /// Who runs the block for the presidium: the item's performer.
    let chair: ScriptStep.Performer
    /// The head of the Ban Kiểm phiếu, who reads the rules, checks the box, hands out and collects the ballots.
    let counter: ScriptStep.Performer
    /// "Đoàn Chủ tịch", or "Chủ tịch Đại hội" when one person chairs (`WorkingBody.label`), as the lines name it.
    let presidium: String

    init(_ congress: Congress, performer: PersonID?) {
        self.congress = congress
        let presidium = WorkingBody.presidium.label(count: congress.bodies.presidium.count)
        self.presidium = presidium
        let chairRole = performer.map { congress.bodies.presidium.contains($0) } == true ? presidium : "thay mặt \(presidium)"
        chair = .person(performer, role: chairRole, in: congress)
        counter = .person(congress.bodies.voteCounting.first, role: "Trưởng Ban Kiểm phiếu", in: congress)
    }

    /// The steps of one item's elections. `first` says the item holds the congress's first election (the rules
    /// are read in full and, when `electsVoteCounting`, the Ban Kiểm phiếu is elected before its ballot).
    func steps(_ entries: [ElectionList.Entry], first: Bool, electsVoteCounting: Bool) -> [ScriptStep] {
        var steps: [ScriptStep] = []
        let lastCommitteeIndex = entries.lastIndex { Self.joinsTheCommittee($0.election.body) }
        for (index, entry) in entries.enumerated() {
            let isFirst = first && index == 0
            steps += preparation(entry)
            if isFirst, electsVoteCounting, let board = voteCountingStep() { steps.append(board) }
            steps += ballot(entry, fullRules: isFirst)
            if index == lastCommitteeIndex, let committee = entries.first(where: { Self.isCommittee($0.election.body) }) {
                steps.append(ScriptStep("Ra mắt \(committee.name)", by: chair,
                                        before: ["Xin mời các đồng chí trúng cử \(committee.name) lên ra mắt Đại hội."]))
            }
        }
        return steps
    }

    /// The committee proper (cấp ủy): Ban Chấp hành, Chi ủy.
    static func isCommittee(_ body: ElectedBody) -> Bool { body == .banChapHanh || body == .chiUy }
    /// The elections after which the new committee is presented: the committee, and at a chi bộ the Bí thư and
    /// Phó Bí thư the congress elects directly.
    static func joinsTheCommittee(_ body: ElectedBody) -> Bool { isCommittee(body) || body == .biThu || body == .phoBiThu }
    /// Whether the congress votes the number to elect: not for delegates (allocated from above), not for the
    /// one Bí thư.
    static func votesTheNumber(_ body: ElectedBody) -> Bool {
        !(body == .daiBieuCapTren || body == .daiBieuDuKhuyet || body == .biThu)
    }
}

private extension ElectionBlock {
    var kind: CongressKind { congress.details.kind }
    var convening: String { ConveningCommittee(congress).name }
    var figures: Figures { Figures(percentDecimals: congress.settings.percentDecimals) }

    /// "Đồng chí đảng viên chính thức nào đồng ý, xin giơ thẻ đảng viên biểu quyết."
    var voteCall: [String] {
        ["Đồng chí \(kind.officialNoun) nào đồng ý, xin \(kind.cardPhrase) biểu quyết.",
         "Xin cảm ơn. Đồng chí nào không đồng ý, xin \(kind.cardPhrase). Xin cảm ơn Đại hội."]
    }

    /// The name in running text (`ElectionList.Entry.nameInText`).
    func inText(_ entry: ElectionList.Entry) -> String { entry.nameInText }

    /// The candidates in A, B, C order.
    func candidates(_ entry: ElectionList.Entry) -> [Person] {
        VietnameseCollation.sorted(entry.election.candidates.compactMap { congress.person($0) }, byName: \.name)
    }

    /// Đề án nhân sự, số lượng, danh sách, ứng cử và đề cử, biểu quyết danh sách.
    func preparation(_ entry: ElectionList.Entry) -> [ScriptStep] {
        let election = entry.election
        let people = candidates(entry)
        let name = inText(entry)
        let seats = figures.count(election.seats)
        let count = figures.count(people.count)
        let delegates = election.body == .daiBieuCapTren || election.body == .daiBieuDuKhuyet
        // One name needs no order.
        let order = people.count > 1 ? ", xếp theo vần A, B, C" : ""
        var proposal = ["Thay mặt \(convening), tôi xin báo cáo Đề án nhân sự bầu \(name)."]
        if delegates {
            proposal.append("Theo phân bổ của cấp ủy cấp trên, Đại hội bầu \(seats) \(Self.delegateNoun(election.body)); số lượng này được phân bổ, Đại hội không biểu quyết.")
        } else {
            proposal.append("Số lượng: \(seats) đồng chí.")
        }
        proposal.append(composition(election, people: people))
        var steps = [ScriptStep("Báo cáo đề án nhân sự", by: chair, before: proposal, heading: "Bầu \(entry.name)")]
        if Self.votesTheNumber(election.body) {
            steps.append(ScriptStep("Biểu quyết số lượng", by: chair,
                                    before: ["\(presidium) đề nghị Đại hội biểu quyết số lượng \(name) là \(seats) đồng chí."],
                                    after: voteCall))
        }
        steps.append(ScriptStep("Giới thiệu danh sách bầu cử", by: chair,
                                before: ["Thay mặt \(convening), tôi xin giới thiệu danh sách \(count) đồng chí để Đại hội bầu \(name)\(order), gồm các đồng chí:"],
                                names: people.map { PersonViewModel($0).nameAndPosition },
                                after: ["Trích ngang lý lịch của các đồng chí trong danh sách đã gửi tới các đồng chí \(kind.participantNoun)."]))
        steps.append(ScriptStep("Ứng cử, đề cử tại Đại hội và xin rút khỏi danh sách", by: chair,
                                before: ["Ngoài danh sách do \(convening) giới thiệu, đồng chí \(kind.officialNoun) nào ứng cử hoặc đề cử thêm, đề nghị nêu rõ họ tên người được đề cử để \(presidium) tổng hợp, trình Đại hội.",
                                         "Đồng chí nào trong danh sách có nguyện vọng xin rút, đề nghị trình bày lý do; \(presidium) xem xét, trình Đại hội biểu quyết."]))
        steps.append(ScriptStep("Biểu quyết thông qua danh sách bầu cử", by: chair,
                                before: ["\(presidium) đề nghị Đại hội biểu quyết thông qua danh sách bầu cử \(name) gồm \(count) đồng chí\(order):"],
                                names: people.map(\.name),
                                after: voteCall))
        return steps
    }

    /// "Danh sách giới thiệu gồm 4 đồng chí, số dư 1 đồng chí (33,33%); trong đó 2 đồng chí tái cử, 2 đồng chí
    /// tham gia lần đầu, 2 đồng chí nữ." (a zero is left out).
    func composition(_ election: Election, people: [Person]) -> String {
        let surplus = SurplusAssessment(seats: election.seats, candidates: people.count)
        var text = "Danh sách giới thiệu gồm \(figures.count(people.count)) đồng chí"
        if surplus.surplus > 0 {
            text += ", số dư \(figures.count(surplus.surplus)) đồng chí (\(surplus.percentText(decimals: congress.settings.percentDecimals)))"
        }
        let incumbents = Set(election.incumbents)
        let returning = people.filter { incumbents.contains($0.id) }.count
        let women = people.filter { $0.gender == .nu }.count
        let parts = [
            returning > 0 ? "\(figures.count(returning)) đồng chí tái cử" : nil,
            returning > 0 && people.count > returning ? "\(figures.count(people.count - returning)) đồng chí tham gia lần đầu" : nil,
            women > 0 ? "\(figures.count(women)) đồng chí nữ" : nil,
        ].compactMap { $0 }
        return text + (parts.isEmpty ? "." : "; trong đó " + parts.joined(separator: ", ") + ".")
    }

    /// Bầu Ban Kiểm phiếu: the members read, the head first, before the vote is called.
    func voteCountingStep() -> ScriptStep? {
        let members = congress.bodies.voteCounting.compactMap { congress.person($0) }
        guard !members.isEmpty else { return nil }
        let names = members.enumerated().map { index, person in
            PersonViewModel(person).nameAndPosition + (index == 0 ? " – Trưởng ban" : "")
        }
        return ScriptStep("Bầu Ban Kiểm phiếu", by: chair,
                          before: ["Để tiến hành bầu cử, \(presidium) đề nghị Đại hội bầu Ban Kiểm phiếu gồm \(figures.count(members.count)) đồng chí:"],
                          names: names,
                          after: voteCall + ["Xin mời Ban Kiểm phiếu lên làm nhiệm vụ."])
    }

    /// Thể lệ, hòm phiếu, phát phiếu, bỏ phiếu, nghỉ giải lao while counting, công bố kết quả.
    ///
    /// The rules read are those the papers already apply: a ballot not issued by the Ban Kiểm phiếu is invalid
    /// (the chi bộ thể lệ sheet, 123docz 4410582), so is one voting for more than the places (the ballot's own
    /// note), names are struck through whole (ibid.), and the elected need more than half of the base
    /// (`ElectionRules`, QĐ 190 Điều 30); probationary members do not vote (Điều lệ Đảng, Điều 3).
    func ballot(_ entry: ElectionList.Entry, fullRules: Bool) -> [ScriptStep] {
        let name = inText(entry)
        let seats = figures.count(entry.election.seats)
        let voters = kind.officialNoun
        var rules: [String] = []
        if fullRules {
            let date = congress.officialSession.date
            rules = [
                "Thay mặt Ban Kiểm phiếu, tôi xin phổ biến thể lệ bầu cử theo Quy chế bầu cử trong Đảng ban hành kèm theo \(ElectionRegulation.citation(for: date)).",
                "Đại hội bầu cử bằng phiếu kín; mỗi đồng chí \(voters) nhận một phiếu bầu do Ban Kiểm phiếu phát ra.",
                "Đồng chí không bầu người nào thì gạch ngang cả họ và tên người đó; không ghi thêm tên người ngoài danh sách, không ghi thêm nội dung hay ký hiệu khác.",
                "Phiếu không hợp lệ: phiếu không do Ban Kiểm phiếu phát ra; phiếu bầu quá số lượng cần bầu; phiếu ghi thêm tên người ngoài danh sách hoặc ghi thêm nội dung khác.",
                "Người trúng cử phải có số phiếu bầu quá một nửa so với tổng số \(voters) được triệu tập làm cơ sở tính; nếu số người được quá một nửa nhiều hơn số lượng cần bầu thì lấy theo thứ tự số phiếu từ cao xuống thấp.",
            ]
        } else {
            rules = ["Thể lệ bầu cử như đã phổ biến."]
        }
        rules.append("Bầu \(name): số lượng cần bầu \(seats) đồng chí; phiếu bầu quá \(seats) đồng chí là phiếu không hợp lệ.")
        var handOut = ["Ban Kiểm phiếu phát phiếu bầu \(name); mỗi đồng chí \(voters) nhận một phiếu.",
                       "Đồng chí nào chưa nhận được phiếu, hoặc phiếu bị rách, hỏng, đề nghị báo Ban Kiểm phiếu để đổi phiếu khác."]
        if kind == .dangVien { handOut.append("Đảng viên dự bị không bỏ phiếu bầu cử (Điều lệ Đảng, Điều 3).") }
        return [
            ScriptStep("Phổ biến thể lệ bầu cử", by: counter, before: rules),
            ScriptStep("Kiểm tra hòm phiếu", by: counter,
                       before: ["Ban Kiểm phiếu kiểm tra hòm phiếu trước Đại hội: hòm phiếu không có gì bên trong.",
                                "Ban Kiểm phiếu niêm phong hòm phiếu."]),
            ScriptStep("Phát phiếu bầu", by: counter, before: handOut),
            ScriptStep("Bỏ phiếu", by: counter,
                       before: ["Xin mời \(presidium) bỏ phiếu trước, sau đó lần lượt các đồng chí \(voters) bỏ phiếu vào hòm phiếu.",
                                "Đồng chí nào chưa bỏ phiếu, đề nghị bỏ phiếu. Xin cảm ơn. Ban Kiểm phiếu xin tuyên bố kết thúc bỏ phiếu và tiến hành kiểm phiếu."]),
            ScriptStep("Nghỉ giải lao trong thời gian kiểm phiếu", by: chair,
                       before: ["Trong thời gian Ban Kiểm phiếu làm nhiệm vụ kiểm phiếu, Đại hội nghỉ giải lao.",
                                "Đề nghị các đồng chí \(kind.participantNoun) trở lại hội trường khi có hiệu lệnh."]),
            announcement(entry),
        ]
    }

    /// Công bố kết quả bầu cử. When the count is in the data, the lines carry it, read from the same
    /// `ElectionOutcome` as the vote-count minutes and the minutes: the ballots of each round, then the elected
    /// by votes with their share of the base (one elected in a further round says which), and what is left
    /// open. A script prepared before the count (no `rounds:` yet) keeps the placeholder for the minutes read.
    func announcement(_ entry: ElectionList.Entry) -> ScriptStep {
        let name = inText(entry)
        let outcome = entry.outcome
        guard !outcome.rounds.isEmpty else {
            return ScriptStep("Công bố kết quả bầu cử", by: counter,
                              before: ["Thay mặt Ban Kiểm phiếu, tôi xin công bố Biên bản kiểm phiếu bầu \(name).",
                                       "(Đọc toàn văn biên bản kiểm phiếu.)"])
        }
        let f = figures
        let severalRounds = outcome.rounds.count > 1
        var before = ["Thay mặt Ban Kiểm phiếu, tôi xin công bố kết quả bầu \(name):"]
        before += outcome.rounds.map { counted in
            let d = counted.data
            return (severalRounds ? "Lần bầu thứ \(counted.number): s" : "S")
                + "ố phiếu phát ra \(f.count(d.issued)), số phiếu thu về \(f.count(d.collected)), "
                + "số phiếu hợp lệ \(f.count(d.valid)), số phiếu không hợp lệ \(f.count(d.invalid))."
        }
        switch outcome.elected.count {
        case 0: before.append("Không có đồng chí nào đạt số phiếu quá một nửa so với cơ sở tính.")
        case 1: before.append("Căn cứ Quy chế bầu cử trong Đảng, đồng chí sau đây trúng cử:")
        default: before.append("Căn cứ Quy chế bầu cử trong Đảng, các đồng chí sau đây trúng cử (\(f.count(outcome.elected.count)) đồng chí, xếp theo số phiếu bầu từ cao đến thấp):")
        }
        let base = outcome.base.value
        let names = outcome.elected.map { c in
            "Đồng chí \(congress.person(c.person)?.name ?? c.person.rawValue): \(f.count(c.votes)) phiếu, đạt \(f.percent(c.votes, of: base))"
                + (severalRounds ? " (lần bầu thứ \(c.round))" : "") + "."
        }
        let open = entry.election.seats - outcome.elected.count
        let after = open > 0 ? ["Còn \(f.count(open)) đồng chí chưa bầu đủ; đề nghị Đại hội xem xét, quyết định."] : []
        return ScriptStep("Công bố kết quả bầu cử", by: counter, before: before, names: names, after: after)
    }

    /// "đại biểu chính thức" / "đại biểu dự khuyết".
    static func delegateNoun(_ body: ElectedBody) -> String {
        body == .daiBieuDuKhuyet ? "đại biểu dự khuyết" : "đại biểu chính thức"
    }
}
