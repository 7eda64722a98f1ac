import CongressModel
import Template
import Vietnamese

/// Kịch bản điều hành đại hội — the congress script: each session as a timed table of items with
/// their performers, then every item's full lines, every figure filled from the data (DOMAIN.md §2 a).
public struct ScriptViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    public init(_ congress: Congress, elections: ElectionList? = nil) {
        let naming = CongressNaming(congress)
        let context = ScriptContext(congress, elections: elections)
        let firstDate = congress.sessions.first?.date ?? congress.officialSession.date
        let header = HeaderViewModel(congress, naming: naming, date: firstDate)
        // The sessions are numbered as parts (PHẦN I, PHẦN II) only when there is more than one: a one-session
        // congress has no "PHẦN I" without a Part II (reviews/papers.md §2.2 defect 8).
        let numbered = congress.sessions.count > 1
        let sessions = congress.sessions.enumerated().map { index, session in
            Self.session(session, part: numbered ? index + 1 : nil, congress: congress, context: context)
        }
        templateValue = .object([
            "header": header.templateValue,
            "congress_name_term": .string(naming.nameWithTerm),
            "venue": .string(congress.details.venue),
            "sessions": .list(sessions),
        ])
    }
}

private extension ScriptViewModel {
    /// One session; `part` is its number among the parts, `nil` when it is the only one (no part heading).
    static func session(_ session: Session, part: Int?, congress: Congress, context: ScriptContext) -> TemplateValue {
        let schedule = SessionSchedule(session)
        let items = schedule.items.map { ScriptItemViewModel($0, session: session, congress: congress, context: context) }
        return .object([
            "part": part.map { .string(RomanNumeral.string($0)) } ?? .bool(false),
            "label": .string(VietnameseText.uppercased(Labels.session(session.kind))),
            "date": .string(VietnameseDate.long(session.date)),
            "weekday": .string(VietnameseDate.weekday(session.date)),
            "start": .string(VietnameseTime.spoken(session.start)),
            "end": .string(VietnameseTime.spoken(schedule.computedEnd)),
            "items": .list(items.map(\.templateValue)),
        ])
    }
}
