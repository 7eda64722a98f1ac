import CongressModel
import Tally
import Template
import Vietnamese

/// Báo cáo kết quả đại hội — the new committee's report to the superior on how the congress went: when and where
/// it sat, how many were summoned and present, and each election of the congress and of the first meeting with its
/// ballots (issued, collected, valid, invalid, per round), its elected, their votes and shares, the delegation to
/// the upper congress included (issue 14 §11). Every figure is read from `AttendanceFigures` and `ElectionList`
/// (the vote-count arithmetic), as the minutes and the vote-count sheets read them, so the report cannot differ.
///
/// Issued, addressed and signed as the request for approval (`ResultsIssuer`), numbered after it in the committee's
/// series ("02-BC/HU": `ResultsNumbering`). Sections as the public form "Mẫu Báo cáo kết quả Đại hội đảng bộ"
/// (thuvienphapluat.vn 196402): the congress, attendance, the elections and their results.
public struct ResultsReportViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    public init(_ congress: Congress, elections: ElectionList? = nil) {
        let f = Figures(percentDecimals: congress.settings.percentDecimals)
        let issuer = ResultsIssuer(congress)
        let naming = CongressNaming(congress)
        let kind = congress.details.kind
        let a = AttendanceFigures(congress)
        let elections: [TemplateValue] = (elections ?? ElectionList(congress)).entries.enumerated().map { index, entry in
            let base = entry.outcome.base.value
            return .object([
                "number": .string(String(index + 1)),
                "name": .string(entry.name),
                "at_first_meeting": .bool(entry.holding.atFirstMeeting),
                "seats": .string(f.count(entry.election.seats)),
                "candidates": .string(f.count(entry.election.candidates.count)),
                "base": .string(f.count(base)),
                "rounds": .list(entry.outcome.rounds.map { round in
                    .object([
                        "number": .string(String(round.number)),
                        "several": .bool(entry.outcome.rounds.count > 1),
                        "issued": .string(f.count(round.data.issued)),
                        "collected": .string(f.count(round.data.collected)),
                        "valid": .string(f.count(round.data.valid)),
                        "invalid": .string(f.count(round.data.invalid)),
                    ])
                }),
                "elected_count": .string(f.count(entry.outcome.elected.count)),
                "complete": .bool(entry.outcome.isComplete),
                "elected": .list(entry.outcome.elected.enumerated().map { number, c in
                    .object([
                        "number": .string(String(number + 1)),
                        "name": .string(DelegatesViewModel.unbrokenName(congress.person(c.person)?.name ?? c.person.rawValue)),
                        "votes": .string(f.count(c.votes)),
                        "percent": .string(f.percent(c.votes, of: base)),
                    ])
                }),
            ])
        }
        let date = congress.officialSession.date
        templateValue = .object([
            "header": issuer.header(congress, number: ResultsNumbering.number(of: .resultsReport, in: congress)).templateValue,
            "recipient": .string(issuer.recipient),
            "congress_name_term": .string(naming.nameWithTerm),
            "date": .string(VietnameseDate.long(date)),
            "venue": .string(congress.details.venue),
            "participant": .string(kind.participantNoun),
            "official_noun": .string(kind.officialNoun),
            "summoned": .string(f.count(a.summoned)),
            "present": .string(f.count(a.present)),
            "present_percent": .string(f.percent(a.present, of: a.summoned)),
            "official": .string(f.count(a.official)),
            "official_present": .string(f.count(a.officialPresent)),
            "official_present_percent": .string(f.percent(a.officialPresent, of: a.official)),
            "first_meeting": .string(FirstMeetingNaming(congress).meeting),
            "committee": .string(issuer.committee),
            "elections": .list(elections),
            "signatures": .list([issuer.signature.templateValue]),
        ])
    }
}
