import CongressModel
import Template

/// Phiếu biểu quyết — one sheet per motion the congress votes by secret ballot (`motions[].secret`): the question
/// and a "Tán thành" and a "Không tán thành" box, laid out as the election ballots (one sheet, the stamp's place).
public struct SecretBallotsViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    public init(_ congress: Congress) {
        let holding = ElectionHolding(atFirstMeeting: false, congress: congress)
        let sheets = SecretVoteCount.all(congress).map { count -> TemplateValue in
            .object([
                "header": HeaderViewModel(congress, holding: holding).templateValue,
                "subject": .string(count.motion.subject),
            ])
        }
        templateValue = .object([
            "congress_name": .string(CongressNaming(congress).name),
            "sheets": .list(sheets),
        ])
    }
}
