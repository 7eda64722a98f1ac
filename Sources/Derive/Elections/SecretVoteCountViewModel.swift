import CongressModel
import Template
import Vietnamese

/// Biên bản kiểm phiếu biểu quyết — the counting board's minutes of each motion voted by secret ballot: the board,
/// the base (official delegates or members summoned less the stated exclusions, as the election threshold: QĐ
/// 24-QĐ/TW mục 9.3), the ballots, "tán thành" and "không tán thành" with their shares of the base, and whether the
/// motion is adopted by more than half of it (`SecretVoteCount`). Numbered in the congress's series after the
/// elections' counts (`DocumentNumbering.Paper.secretVoteCount`).
public struct SecretVoteCountViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    public init(_ congress: Congress) {
        let f = Figures(percentDecimals: congress.settings.percentDecimals)
        let holding = ElectionHolding(atFirstMeeting: false, congress: congress)
        let board = holding.board.compactMap { congress.person($0) }.map { PersonViewModel($0).templateValue }
        let sheets = SecretVoteCount.all(congress).map { count -> TemplateValue in
            let base = count.base.value
            let number = DocumentNumbering.number(of: .secretVoteCount(sheet: count.sheet), in: congress)
            return .object(TemplateFields(BallotFigures.values(count.ballots, f).merging([
                "header": HeaderViewModel(congress, holding: holding, body: DocumentKind.secretVoteCount.headerBody(in: congress), number: number).templateValue,
                "subject": .string(count.motion.subject),
                "board": .list(CountingBoard.members(board)),
                "board_count": .string(f.count(board.count)),
                "attendee": .string(Labels.attendee(congress.details.kind)),
                "summoned": .string(f.count(count.base.summoned)),
                "exclusions": .list(count.base.exclusions.map {
                    .object(["reason": .string($0.reason.lowercasedFirst), "count": .string(f.count($0.count))])
                }),
                "base": .string(f.count(base)),
                "for": .string(f.count(count.motion.inFavour)),
                "for_percent": .string(f.percent(count.motion.inFavour, of: base)),
                "against": .string(f.count(count.motion.against)),
                "against_percent": .string(f.percent(count.motion.against, of: base)),
                "adopted": .bool(count.adopted),
                "signatures": .list(VoteCountViewModel.signature(holding, congress: congress).map { [$0.templateValue] } ?? []),
            ]) { figure, _ in figure }))
        }
        templateValue = .object([
            "congress_name": .string(CongressNaming(congress).name),
            "sheets": .list(sheets),
        ])
    }
}
