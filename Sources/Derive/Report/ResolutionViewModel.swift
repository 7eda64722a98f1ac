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

    public init(_ congress: Congress, elections: ElectionList? = nil) {
        let elections = elections ?? ElectionList(congress)
        let naming = CongressNaming(congress)
        let terms = TermNaming(congress)
        let date = congress.officialSession.date
        let start = (congress.preparatorySession ?? congress.officialSession).date
        let header = HeaderViewModel(congress, naming: naming, date: date,
                                     number: DocumentNumbering.number(of: .resolution, in: congress))
        var points = SectionNumbering()
        let given = congress.resolution?.points ?? []
        let dataPoints = given.map { point in
            points.section(true, ["title": .string(point.title), "blocks": ProseViewModel.lettered(point.text)])
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
            "draft_comments": Self.draftComments(congress, numbering: &points),
            "elections": Self.elections(congress, list: elections, numbering: &points),
            "delegation": Self.delegation(congress, list: elections, numbering: &points),
            "implementation": points.section(true, ["blocks": ProseViewModel.lettered(congress.resolution?.implementation)]),
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
            "general_goal": subpoints.section(report?.generalGoal != nil, ["blocks": ProseViewModel.lettered(report?.generalGoal)]),
            "new_targets": subpoints.section(!newTerm.isEmpty, ["targets": .list(newTerm)]),
            "tasks": subpoints.section(report?.tasks != nil, ["blocks": ProseViewModel.lettered(report?.tasks)]),
            "breakthroughs": subpoints.section(report?.breakthroughs != nil, ["blocks": ProseViewModel.lettered(report?.breakthroughs)]),
        ])
    }

    /// Góp ý vào dự thảo văn kiện (Chỉ thị 45-CT/TW, task 2): a point when the data records comments, naming
    /// the documents; the presidium (or the chair) is tasked with sending them up to the superior committee.
    static func draftComments(_ congress: Congress, numbering points: inout SectionNumbering) -> TemplateValue {
        let documents = congress.draftComments.map(\.documents)
        let presidium = WorkingBody.presidium.label(count: congress.bodies.presidium.count)
        return points.section(!documents.isEmpty, [
            // "A và B", "A, B và C".
            "documents": .string(documents.count > 1
                ? documents.dropLast().joined(separator: ", ") + " và " + documents[documents.count - 1]
                : documents.first ?? ""),
            "presidium": .string(presidium),
            "superior": .string(CommitteeName(of: congress.organisation.superior).committee),
        ])
    }

    /// The election results of the congress and of its new committee's first meeting, read from
    /// `ElectionOutcome` (as the vote-counting minutes read them): one subpoint per body that elected
    /// someone, with its name, the count ("05") and the names elected in A, B, C order in columns
    /// (`NameColumns`). The delegation to the upper congress has a point of its own (`delegation`).
    /// The first meeting's elections say so ("do Hội nghị lần thứ nhất … bầu"): the congress records their
    /// result, it does not hold them.
    static func elections(_ congress: Congress, list: ElectionList, numbering points: inout SectionNumbering) -> TemplateValue {
        let entries = list.entries.filter { !$0.outcome.elected.isEmpty && !$0.election.body.isDelegation }
        let meeting = FirstMeetingNaming(congress).meeting
        let bodies = entries.enumerated().map { index, entry in
            electedList(entry, number: index + 1, congress: congress, meeting: meeting)
        }
        return points.section(!entries.isEmpty, ["bodies": .list(bodies),
                                                 "has_first_meeting": .bool(entries.contains { $0.holding.atFirstMeeting }),
                                                 "first_meeting": .string(meeting)])
    }

    /// Đoàn đại biểu đi dự đại hội cấp trên — the delegation the congress elected (issue 13 §2): its official
    /// and alternate delegates, each list from its election in `ElectionList`, with the numbers allocated
    /// from above when the data states them (`delegation:`).
    static func delegation(_ congress: Congress, list: ElectionList, numbering points: inout SectionNumbering) -> TemplateValue {
        let entries = list.entries.filter { !$0.outcome.elected.isEmpty && $0.election.body.isDelegation }
        let official = entries.filter { $0.election.body == .daiBieuCapTren }.reduce(0) { $0 + $1.outcome.elected.count }
        let alternate = entries.filter { $0.election.body == .daiBieuDuKhuyet }.reduce(0) { $0 + $1.outcome.elected.count }
        let lists = entries.enumerated().map { index, entry in
            electedList(entry, number: index + 1, congress: congress, meeting: "")
        }
        // Fewer elected than the superior allocated: the point says how many places stay open (never hidden).
        let allocated = congress.delegation
        let openOfficial = max(0, (allocated?.official ?? 0) - official)
        let openAlternate = max(0, (allocated?.alternate ?? 0) - alternate)
        return points.section(!entries.isEmpty, [
            "congress": .string("Đại hội \(congress.organisation.superior)"),
            "official": .string(VietnameseNumber.padded2(official)),
            "alternate": alternate > 0 ? .string(VietnameseNumber.padded2(alternate)) : .bool(false),
            "short": openOfficial + openAlternate > 0 ? .object([
                "allocated_official": .string(VietnameseNumber.padded2(allocated?.official ?? 0)),
                "allocated_alternate": .string(VietnameseNumber.padded2(allocated?.alternate ?? 0)),
                "open_official": .string(VietnameseNumber.padded2(openOfficial)),
                "open_alternate": .string(VietnameseNumber.padded2(openAlternate)),
            ]) : .bool(false),
            "lists": .list(lists),
        ])
    }

    /// One elected list: its subpoint number, the body, one name on the line or the count and the names in columns.
    static func electedList(_ entry: ElectionList.Entry, number: Int, congress: Congress, meeting: String) -> TemplateValue {
        let people = entry.outcome.elected.map(\.person)
        return .object([
            "number": .string(String(number)),
            "body": .string(entry.name),
            "held_at_first_meeting": .bool(entry.holding.atFirstMeeting),
            "first_meeting": .string(meeting),
            "is_single": .bool(people.count == 1),
            "name": .string(people.first.flatMap { congress.person($0)?.name } ?? ""),
            "count": .string(VietnameseNumber.padded2(people.count)),
            "columns": people.count > 1 ? .object(["rows": .list(NameColumns.rows(people, congress: congress))]) : .bool(false),
        ])
    }
}

extension String {
    /// "báo cáo chính trị" from "Báo cáo chính trị" (only the first letter).
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
