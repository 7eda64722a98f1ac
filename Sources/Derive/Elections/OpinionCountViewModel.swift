import CongressModel
import Elections
import Template
import Vietnamese

/// Biên bản kiểm phiếu xin ý kiến — the counting board's minutes of the opinion on one election's nominees from the
/// floor and on those asking to withdraw (Hướng dẫn 04-HD/TW, Phụ lục 2, Mẫu 5: "biên bản kiểm phiếu xin ý kiến về
/// người ứng cử, được đề cử"; reviews/papers.md §1). As the vote-count minutes: the board, those present who vote
/// (the base of the shares), the ballots, then per person the ballots agreeing, their share of those present and
/// the decision (`FloorOpinionCount`), then who enters the list and who withdraws. Numbered in the congress's
/// series before the election's own count (`DocumentNumbering.Paper.opinionCount`); one at the first meeting is
/// not numbered (its series counts only its vote-count minutes).
public struct OpinionCountViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    public init(_ congress: Congress, elections: ElectionList? = nil) {
        let f = Figures(percentDecimals: congress.settings.percentDecimals)
        let sheets = FloorOpinionCount.all(congress, elections: elections).map { count -> TemplateValue in
            let holding = count.entry.holding
            let number = holding.atFirstMeeting ? nil
                : DocumentNumbering.number(of: .opinionCount(election: count.entry.election.id), in: congress)
            let board = holding.board.compactMap { congress.person($0) }.map { PersonViewModel($0).templateValue }
            let rows = { (list: [FloorOpinionCount.Row], yes: String, no: String) -> TemplateValue in
                .list(list.enumerated().map { index, row in
                    .object([
                        "number": .string(String(index + 1)),
                        "name": .string(row.name),
                        "agree": .string(f.count(row.agree)),
                        "percent": .string(f.percent(row.agree, of: count.voters)),
                        "decision": .string(row.granted ? yes : no),
                    ])
                })
            }
            let names = { (list: [FloorOpinionCount.Row]) -> String in list.map(\.name).joined(separator: ", ") }
            let entering = count.nominated.filter(\.granted), leaving = count.withdrawing.filter(\.granted)
            return .object(TemplateFields(BallotFigures.values(count.ballots, f).merging([
                "header": HeaderViewModel(congress, holding: holding, body: DocumentKind.opinionCount.headerBody(in: congress), number: number).templateValue,
                "body_in_text": .string(count.entry.nameInText),
                "assembly": .string(holding.assembly),
                "regulation": .string(ElectionRegulation.citation(for: congress.officialSession.date)),
                "board": .list(CountingBoard.members(board)),
                "board_count": .string(f.count(board.count)),
                "attendee": .string(Labels.attendee(congress.details.kind)),
                "voters": .string(f.count(count.voters)),
                "has_nominated": .bool(!count.nominated.isEmpty),
                "nominated": rows(count.nominated, "Đưa vào danh sách", "Không đưa vào danh sách"),
                "nominee_minimum": .string(count.nomineeMinimum.map(f.count) ?? "—"),
                "has_withdrawing": .bool(!count.withdrawing.isEmpty),
                "withdrawing": rows(count.withdrawing, "Được rút", "Không được rút"),
                "withdrawal_percent": .string(String(count.withdrawalPercent)),
                "withdrawal_minimum": .string(count.withdrawalMinimum.map(f.count) ?? "—"),
                "entering": .string(names(entering)),
                "any_entering": .bool(!entering.isEmpty),
                "leaving": .string(names(leaving)),
                "any_leaving": .bool(!leaving.isEmpty),
                "signatures": .list(VoteCountViewModel.signature(holding, congress: congress).map { [$0.templateValue] } ?? []),
            ]) { figure, _ in figure }))
        }
        templateValue = .object([
            "congress_name": .string(CongressNaming(congress).name),
            "sheets": .list(sheets),
        ])
    }
}
