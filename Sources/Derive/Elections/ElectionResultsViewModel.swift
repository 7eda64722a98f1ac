import CongressModel
import Template
import Vietnamese

/// The results of every election as the minutes (and the resolution) state them: the body, the number to
/// elect, the rounds held, and the elected by votes with their percentage of the base; an election of the new
/// committee's first meeting says so (`held_at_first_meeting`, `first_meeting`), its result announced to the
/// congress. Read from `ElectionList`, as every paper naming the elections.
public struct ElectionResultsViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    public init(_ congress: Congress) {
        let f = Figures(percentDecimals: congress.settings.percentDecimals)
        let meeting = FirstMeetingNaming(congress).meeting
        templateValue = .list(ElectionList(congress).entries.map { entry in
            let (election, outcome) = (entry.election, entry.outcome)
            let base = outcome.base.value
            let elected = outcome.elected.enumerated().map { index, c -> TemplateValue in
                .object([
                    "number": .string(String(index + 1)),
                    "name": .string(congress.person(c.person)?.name ?? c.person.rawValue),
                    "votes": .string(f.count(c.votes)),
                    "percent": .string(f.percent(c.votes, of: base)),
                ])
            }
            let open = election.seats - outcome.elected.count
            return .object([
                "body": .string(entry.name),
                "held_at_first_meeting": .bool(entry.holding.atFirstMeeting),
                "first_meeting": .string(meeting),
                "seats": .string(f.count(election.seats)),
                "rounds": .string(f.count(outcome.rounds.count)),
                "elected": .list(elected),
                "elected_count": .string(f.count(outcome.elected.count)),
                "complete": .bool(open <= 0),
                "open": .string(f.count(max(0, open))),
            ])
        })
    }
}
