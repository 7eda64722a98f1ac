import CongressModel
import Template
import Vietnamese

/// Phiếu bầu cử — one ballot per election and round, the candidates in Vietnamese alphabetical order
/// (DOMAIN.md §2 (d), "xếp theo thứ tự tên người theo vần A, B, C").
///
/// A list with more candidates than places is voted by striking names out; a list without surplus
/// has "Đồng ý" / "Không đồng ý" boxes. A further round lists only the candidates left open.
public struct BallotsViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    public init(_ congress: Congress) {
        let naming = CongressNaming(congress)
        let header = HeaderViewModel(congress, naming: naming, date: congress.officialSession.date)
        var sheets: [TemplateValue] = []
        for election in congress.elections {
            let outcome = ElectionOutcome(election, congress: congress)
            // Round 1 lists the whole candidate list; a later round the candidates the data gives it.
            var lists: [(number: Int, seats: Int, candidates: [PersonID], issued: Int)] =
                [(1, election.seats, election.candidates, election.rounds.first?.issued ?? 0)]
            for counted in outcome.rounds.dropFirst() {
                lists.append((counted.number, counted.round.seats, counted.data.votes.map(\.candidate), counted.data.issued))
            }
            for list in lists {
                let names = VietnameseCollation.sorted(list.candidates.compactMap { congress.person($0)?.name }, byName: { $0 })
                let withSurplus = names.count > list.seats
                sheets.append(.object([
                    "header": header.templateValue,
                    "body": .string(ElectedBodyNaming.nameWithTerm(election.body, congress: congress)),
                    "round": .string(String(list.number)),
                    "is_further_round": .bool(list.number > 1),
                    "seats": .string(VietnameseNumber.integer(list.seats)),
                    "with_surplus": .bool(withSurplus),
                    "rows": .list(names.enumerated().map { .object(["number": .string(String($0.offset + 1)), "name": .string($0.element)]) }),
                ]))
            }
        }
        templateValue = .object([
            "congress_name": .string(naming.name),
            "sheets": .list(sheets),
        ])
    }
}
