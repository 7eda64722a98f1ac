import CongressModel
import Template

/// Phiếu biểu quyết — one sheet per motion the congress votes by secret ballot (`motions[].secret`): the question
/// and a "Tán thành" and a "Không tán thành" box, laid out as the election ballots (one sheet, the stamp's place);
/// with `copies: .issued` once per ballot issued.
public struct SecretBallotsViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    public init(_ congress: Congress, copies: BallotCopies = .one) {
        let holding = ElectionHolding(atFirstMeeting: false, congress: congress)
        let sheets = SecretVoteCount.all(congress).flatMap { count -> [TemplateValue] in
            let sheet: TemplateValue = .object([
                "header": HeaderViewModel(congress, holding: holding).templateValue,
                "subject": .string(count.motion.subject),
            ])
            return Array(repeating: sheet, count: copies.sheets(issued: count.ballots.issued))
        }
        templateValue = .object([
            "congress_name": .string(CongressNaming(congress).name),
            "sheets": .list(sheets),
        ])
    }
}
