import CongressModel
import Elections
import Template
import Vietnamese

/// Biên bản kiểm phiếu — one sheet per election and round (DOMAIN.md §2 (d); QĐ 190-QĐ/TW Điều 30).
///
/// Candidates in Vietnamese alphabetical order with their votes and the percentage against the base
/// ("so với đảng viên chính thức"); then the elected by votes from high to low; then what the congress
/// must do next when the round did not fill every place.
public struct VoteCountViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    public init(_ congress: Congress) {
        let naming = CongressNaming(congress)
        let f = Figures(percentDecimals: congress.settings.percentDecimals)
        let board = congress.bodies.voteCounting.compactMap { congress.person($0) }.map(PersonViewModel.init)
        var sheets: [TemplateValue] = []
        for election in congress.elections {
            let outcome = ElectionOutcome(election, congress: congress)
            let bodyName = ElectedBodyNaming.nameWithTerm(election.body, congress: congress)
            for counted in outcome.rounds {
                let header = HeaderViewModel(congress, naming: naming, body: "BAN KIỂM PHIẾU", date: congress.officialSession.date,
                                             number: DocumentNumbering.number(of: .voteCount(sheet: sheets.count + 1), in: congress))
                let base = outcome.base.value
                let rows = VietnameseCollation.sorted(counted.data.votes, byName: { congress.person($0.candidate)?.name ?? "" })
                    .enumerated().map { index, entry -> TemplateValue in
                        .object([
                            "number": .string(String(index + 1)),
                            "name": .string(congress.person(entry.candidate)?.name ?? entry.candidate.rawValue),
                            "votes": .string(f.count(entry.votes)),
                            "percent": .string(f.percent(entry.votes, of: base)),
                        ])
                    }
                let elected = counted.result.elected.enumerated().map { index, c -> TemplateValue in
                    .object([
                        "number": .string(String(index + 1)),
                        "name": .string(congress.person(PersonID(c.candidate))?.name ?? c.candidate),
                        "votes": .string(f.count(c.votes)),
                        "percent": .string(f.percent(c.votes, of: base)),
                    ])
                }
                sheets.append(.object([
                    "header": header.templateValue,
                    "subject": .string("Bầu \(bodyName)"),
                    "regulation": .string(ElectionRegulation.citation(for: congress.officialSession.date)),
                    "round_label": .string(counted.number > 1 ? "Lần bầu thứ \(counted.number)" : ""),
                    "has_round_label": .bool(counted.number > 1),
                    "board": .list(board.map(\.templateValue)),
                    "board_count": .string(f.count(board.count)),
                    "seats": .string(f.count(counted.round.seats)),
                    "candidate_count": .string(f.count(counted.data.votes.count)),
                    "voters": .string(Self.voters(election.body, congress: congress)),
                    "summoned": .string(f.count(outcome.base.summoned)),
                    "exclusions": .list(outcome.base.exclusions.map {
                        .object(["reason": .string($0.reason), "count": .string(f.count($0.count))])
                    }),
                    "base": .string(f.count(base)),
                    "issued": .string(f.count(counted.data.issued)),
                    "collected": .string(f.count(counted.data.collected)),
                    "valid": .string(f.count(counted.data.valid)),
                    "invalid": .string(f.count(counted.data.invalid)),
                    "invalid_reasons": .list(counted.data.invalidReasons.map {
                        .object(["reason": .string($0.reason), "count": .string(f.count($0.count))])
                    }),
                    "rows": .list(rows),
                    "elected": .list(elected),
                    "elected_count": .string(f.count(elected.count)),
                    "next": .string(Self.next(counted.result, congress: congress)),
                    "signatures": .list(Self.signature(congress).map { [$0.templateValue] } ?? []),
                ]))
            }
        }
        templateValue = .object([
            "document_title": .string("Biên bản kiểm phiếu — \(naming.name)"),
            "sheets": .list(sheets),
        ])
    }

    /// Who the base counts: the official delegates (members) summoned to the congress, or, for the bodies the
    /// new committee elects at its first meeting (Ban Thường vụ, Bí thư, Ủy ban Kiểm tra …), its members.
    static func voters(_ body: ElectedBody, congress: Congress) -> String {
        switch body {
        case .banChapHanh, .chiUy, .daiBieuCapTren:
            return "\(Labels.attendee(congress.details.kind)) chính thức"
        case .banThuongVu, .biThu, .phoBiThu, .uyBanKiemTra, .chuNhiemUyBanKiemTra:
            return congress.organisation.level == .chiBo ? "đảng viên chính thức" : "ủy viên Ban Chấp hành"
        }
    }

    /// What the round leaves the congress to do, in the words of the minutes.
    static func next(_ result: RoundResult, congress: Congress) -> String {
        switch result.next {
        case .complete:
            return "Đã bầu đủ số lượng."
        case .furtherRoundAmongTied(let seats):
            let names = result.tiedAtCutoff.compactMap { congress.person(PersonID($0.candidate))?.name }
            let votes = result.tiedAtCutoff.first.map { VietnameseNumber.integer($0.votes) } ?? ""
            return "Các đồng chí \(names.joined(separator: ", ")) có số phiếu bằng nhau (\(votes) phiếu) tại vị trí cuối; "
                + "Đại hội bầu tiếp trong số các đồng chí này để chọn \(seats) đồng chí."
        case .tooFewElected(let seats):
            return "Số người trúng cử chưa đủ số lượng, còn thiếu \(seats) đồng chí; Đại hội xem xét, quyết định bầu tiếp."
        }
    }

    /// "T/M BAN KIỂM PHIẾU / TRƯỞNG BAN" signed by the head of the vote-counting board.
    static func signature(_ congress: Congress) -> SignatureViewModel? {
        guard let id = congress.bodies.voteCounting.first, let person = congress.person(id) else { return nil }
        return SignatureViewModel(authority: "T/M BAN KIỂM PHIẾU", title: "TRƯỞNG BAN", name: person.name)
    }
}
