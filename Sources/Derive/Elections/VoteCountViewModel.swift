import CongressModel
import Elections
import Template
import Vietnamese

/// Biên bản kiểm phiếu — one sheet per election and round (DOMAIN.md §2 (d); QĐ 190-QĐ/TW Điều 30).
///
/// Candidates in Vietnamese alphabetical order with their votes and the percentage against the base
/// ("so với đảng viên chính thức"); then the elected by votes from high to low; then what the congress
/// must do next when the round did not fill every place. The figures and names only, formatted, with the
/// decisions as flags (`is_further_round`, `voters`, `next`); the sentences are in `documents/vote-count.xhtml`.
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
                    "body": .string(bodyName),
                    "regulation": .string(ElectionRegulation.citation(for: congress.officialSession.date)),
                    "round": .string(String(counted.number)),
                    "is_further_round": .bool(counted.number > 1),
                    "board": .list(board.map(\.templateValue)),
                    "board_count": .string(f.count(board.count)),
                    "seats": .string(f.count(counted.round.seats)),
                    "candidate_count": .string(f.count(counted.data.votes.count)),
                    "voters": Self.voters(election.body, congress: congress),
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
                    "next": Self.next(counted.result, congress: congress),
                    "signatures": .list(Self.signature(congress).map { [$0.templateValue] } ?? []),
                ]))
            }
        }
        templateValue = .object([
            "congress_name": .string(naming.name),
            "attendee": .string(Labels.attendee(congress.details.kind)),
            "sheets": .list(sheets),
        ])
    }

    /// Who the base counts, one flag of three: the official delegates (members) summoned to the congress
    /// (`official_attendees`); for the bodies the new committee elects at its first meeting (Ban Thường vụ, Bí thư,
    /// Ủy ban Kiểm tra …), its members (`committee_members`), or at a chi bộ the official members (`official_members`).
    static func voters(_ body: ElectedBody, congress: Congress) -> TemplateValue {
        let byCongress: Bool
        switch body {
        case .banChapHanh, .chiUy, .daiBieuCapTren: byCongress = true
        case .banThuongVu, .biThu, .phoBiThu, .uyBanKiemTra, .chuNhiemUyBanKiemTra: byCongress = false
        }
        let chiBo = congress.organisation.level.isChiBo
        return .object([
            "official_attendees": .bool(byCongress),
            "official_members": .bool(!byCongress && chiBo),
            "committee_members": .bool(!byCongress && !chiBo),
        ])
    }

    /// What the round leaves the congress to do, one flag set: every place filled (`is_complete`); a tie at the
    /// last place (`is_tied`: the tied names, in list order, their votes, the places to fill among them); too few
    /// elected (`is_short`: the places still open).
    static func next(_ result: RoundResult, congress: Congress) -> TemplateValue {
        var tied = false, short = false, open = 0
        switch result.next {
        case .complete: break
        case .furtherRoundAmongTied(let seats): (tied, open) = (true, seats)
        case .tooFewElected(let seats): (short, open) = (true, seats)
        }
        let names = tied ? result.tiedAtCutoff.compactMap { congress.person(PersonID($0.candidate))?.name } : []
        return .object([
            "is_complete": .bool(!tied && !short),
            "is_tied": .bool(tied),
            "is_short": .bool(short),
            "tied_names": .string(names.joined(separator: ", ")),
            "tied_votes": .string(result.tiedAtCutoff.first.map { VietnameseNumber.integer($0.votes) } ?? ""),
            "open_seats": .string(String(open)),
        ])
    }

    /// "T/M BAN KIỂM PHIẾU / TRƯỞNG BAN" signed by the head of the vote-counting board.
    static func signature(_ congress: Congress) -> SignatureViewModel? {
        guard let id = congress.bodies.voteCounting.first, let person = congress.person(id) else { return nil }
        return SignatureViewModel(authority: "T/M BAN KIỂM PHIẾU", title: "TRƯỞNG BAN", name: person.name)
    }
}
