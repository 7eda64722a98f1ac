import CongressModel
import Template
import Vietnamese

/// Thông báo kết quả đại hội — the new committee's notice of the congress's results (issue 14 §11): when and where
/// the congress sat, how many were present of those summoned (`AttendanceFigures`), and who was elected to each
/// body, by the congress and by the first meeting, the delegation included, names in A, B, C order as the
/// resolution prints them (`ElectionList`). No votes: those are in the report to the superior.
///
/// Issued and signed as the committee's other papers after the congress (`ResultsIssuer`), numbered in its series
/// after the request and the report ("03-TB/HU": `ResultsNumbering`).
public struct ResultsNoticeViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    public init(_ congress: Congress, elections: ElectionList? = nil) {
        let f = Figures(percentDecimals: congress.settings.percentDecimals)
        let issuer = ResultsIssuer(congress)
        let naming = CongressNaming(congress)
        let a = AttendanceFigures(congress)
        let bodies: [TemplateValue] = (elections ?? ElectionList(congress)).entries.filter { !$0.outcome.elected.isEmpty }.enumerated().map { index, entry in
            let people = entry.outcome.elected.compactMap { congress.person($0.person) }
            let sorted = VietnameseCollation.sorted(people, byName: \.name, tieBreak: .codePoints)
            return .object([
                "number": .string(String(index + 1)),
                "name": .string(entry.name),
                "at_first_meeting": .bool(entry.holding.atFirstMeeting),
                "count": .string(f.count(sorted.count)),
                // One person needs no order: "gồm 1 đồng chí: …" without "(xếp theo vần A, B, C)".
                "ordered": .bool(sorted.count > 1),
                "names": .string(sorted.map(\.name).joined(separator: ", ")),
            ])
        }
        templateValue = .object([
            "header": issuer.header(congress, number: ResultsNumbering.number(of: .resultsNotice, in: congress)).templateValue,
            "congress_name_term": .string(naming.nameWithTerm),
            "date": .string(VietnameseDate.long(congress.officialSession.date)),
            "venue": .string(congress.details.venue),
            "participant": .string(congress.details.kind.participantNoun),
            "summoned": .string(f.count(a.summoned)),
            "present": .string(f.count(a.present)),
            "present_percent": .string(f.percent(a.present, of: a.summoned)),
            "first_meeting": .string(FirstMeetingNaming(congress).meeting),
            "committee": .string(issuer.committee),
            "bodies": .list(bodies),
            "signatures": .list([issuer.signature.templateValue]),
        ])
    }
}
