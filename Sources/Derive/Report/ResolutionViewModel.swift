import Tally
import CongressModel
import Template
import Vietnamese

/// Nghị quyết đại hội — the resolution (DOMAIN.md §2 c): the preamble, "ĐẠI HỘI … QUYẾT NGHỊ:", numbered points.
///
/// By default point I approves the report with its results (the targets, stated by the partials the report
/// uses, from the same `TargetViewModel`), the general goal, the new term's targets, the tasks and
/// breakthroughs; `resolution.points` given in the data replace it. Then the election results, when someone
/// was elected, and carrying it out. Each point is `false` when left out, else its Roman number and content;
/// the sentences are in `Templates/documents/resolution.xhtml`.
public struct ResolutionViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    public init(_ congress: Congress) {
        let naming = CongressNaming(congress)
        let terms = TermNaming(congress)
        let date = congress.officialSession.date
        let start = (congress.preparatorySession ?? congress.officialSession).date
        let header = HeaderViewModel(congress, naming: naming, date: date,
                                     number: DocumentNumbering.number(of: .resolution, in: congress))
        var points = SectionNumbering()
        let given = congress.resolution?.points ?? []
        let dataPoints = given.map { point in
            points.section(true, ["title": .string(point.title), "blocks": ProseViewModel.blocks(point.text)])
        }
        templateValue = .object([
            "header": header.templateValue,
            "congress_name_term": .string(naming.nameWithTerm),
            "congress_upper": .string(VietnameseText.uppercased(naming.name)),
            "venue": .string(congress.details.venue),
            "is_one_day": .bool(start == date),
            "start_date": .string(VietnameseDate.long(start)),
            "date": .string(VietnameseDate.long(date)),
            "report_title": .string(Self.reportTitle(congress)),
            "report_title_in_text": .string(Self.reportTitle(congress).lowercasedFirst),
            "has_elections": .bool(!congress.elections.isEmpty),
            "past_congress": .string(terms.pastCongress),
            "past_term": .string(terms.pastTerm),
            "new_term": .string(terms.newTerm),
            "outgoing_committee": .string(terms.outgoingCommittee),
            "incoming_committee": .string(terms.incomingCommittee),
            "points": .list(dataPoints),
            "approval": given.isEmpty ? Self.approval(congress, numbering: &points) : .bool(false),
            "elections": Self.elections(congress, numbering: &points),
            "implementation": points.section(true, ["blocks": ProseViewModel.blocks(congress.resolution?.implementation)]),
            "adoption": Self.adoption(congress),
            "signatures": .list([SignatureViewModel.presidium(congress)].compactMap { $0?.templateValue }),
            "recipients": ResolutionRecipients(congress).templateValue,
        ])
    }
}

extension ResolutionViewModel {
    /// How the resolution was adopted, from the motion marked `resolution: true`: unanimous ("nhất trí")
    /// when nobody voted against or abstained, or when no vote is recorded yet (a draft); otherwise the
    /// share in favour of the voters present (`Congress.votersPresent`, as in the minutes).
    static func adoption(_ congress: Congress) -> TemplateValue {
        let figures = Figures(percentDecimals: congress.settings.percentDecimals)
        guard let vote = congress.motions.first(where: \.adoptsResolution) else {
            return .object(["unanimous": .bool(true), "for_percent": .string(""), "is_delegates": .bool(false)])
        }
        return .object([
            "unanimous": .bool(vote.against == 0 && vote.abstained == 0),
            "for_percent": .string(figures.percent(vote.inFavour, of: congress.votersPresent)),
            "is_delegates": .bool(congress.details.kind == .daiBieu),
        ])
    }
}

private extension ResolutionViewModel {
    static func reportTitle(_ congress: Congress) -> String {
        congress.politicalReport?.title ?? "Báo cáo chính trị"
    }

    /// Point I by default: approving the report, with the results and the new term's targets as the report
    /// states them, and the subpoints numbered 1, 2 … (each `false` when the report lacks it).
    static func approval(_ congress: Congress, numbering points: inout SectionNumbering) -> TemplateValue {
        let summary = TargetSummary(congress)
        let figures = Figures(percentDecimals: congress.settings.percentDecimals)
        let report = congress.politicalReport
        let terms = TermNaming(congress)
        let targets = summary.targets.enumerated().map { TargetViewModel($1, number: $0 + 1, figures: figures, terms: terms).templateValue }
        let assessed = zip(summary.targets, targets).filter { $0.0.status != nil }.map(\.1)
        let newTerm = zip(summary.targets, targets).filter { $0.0.target.newTarget != nil }.map(\.1)
        var subpoints = SectionNumbering(style: .arabic)
        return points.section(true, [
            "results": subpoints.section(summary.assessed > 0 || !(report?.results.isEmpty ?? true), [
                "summary": summary.assessed > 0 ? TargetViewModel.summary(summary) : .bool(false),
                "targets": .list(assessed),
            ]),
            "general_goal": subpoints.section(report?.generalGoal != nil, ["blocks": ProseViewModel.blocks(report?.generalGoal)]),
            "new_targets": subpoints.section(!newTerm.isEmpty, ["targets": .list(newTerm)]),
            "tasks": subpoints.section(report?.tasks != nil, ["blocks": ProseViewModel.blocks(report?.tasks)]),
            "breakthroughs": subpoints.section(report?.breakthroughs != nil, ["blocks": ProseViewModel.blocks(report?.breakthroughs)]),
        ])
    }

    /// The election results, read from `ElectionOutcome` (as the vote-counting minutes read them): one
    /// subpoint per body that elected someone, with its name, the count ("05") and the names elected.
    /// The elections come from `ElectionList`, as in every paper; those of the new committee's first meeting
    /// say so ("do Hội nghị lần thứ nhất … bầu"): the congress records their result, it does not hold them.
    static func elections(_ congress: Congress, numbering points: inout SectionNumbering) -> TemplateValue {
        let entries = ElectionList(congress).entries.filter { !$0.outcome.elected.isEmpty }
        let outcomes = entries.map(\.outcome)
        let meeting = FirstMeetingNaming(congress).meeting
        let bodies = entries.enumerated().map { index, entry -> TemplateValue in
            let outcome = entry.outcome
            let names = outcome.elected.compactMap { congress.person($0.person)?.name }
            return .object([
                "number": .string(String(index + 1)),
                "body": .string(entry.name),
                "held_at_first_meeting": .bool(entry.holding.atFirstMeeting),
                "first_meeting": .string(meeting),
                "is_single": .bool(names.count == 1),
                "name": .string(names.first ?? ""),
                "count": .string(VietnameseNumber.padded2(names.count)),
                "has_names": .bool(names.count > 1),
                "names": .list(names.map { .string($0) }),
            ])
        }
        return points.section(!outcomes.isEmpty, ["bodies": .list(bodies),
                                                   "has_first_meeting": .bool(entries.contains { $0.holding.atFirstMeeting }),
                                                   "first_meeting": .string(meeting)])
    }
}

extension String {
    /// "báo cáo chính trị" from "Báo cáo chính trị" (only the first letter).
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
