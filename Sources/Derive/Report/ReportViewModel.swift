import CongressModel
import Template
import Vietnamese

/// Báo cáo chính trị — the political report (DOMAIN.md §2 f): Part I, the term's results (with the targets
/// table), limitations and causes, lessons; Part II, directions, the general goal, the new term's targets,
/// tasks and solutions, breakthroughs. Parts without data are left out and the rest renumbered.
///
/// It is the outgoing committee's paper: headed and numbered by the committee ("…-BC/HU") unless
/// `settings.report_issuer: congress` (`DocumentNumbering.committeeReportNumber`), signed T/M the committee.
///
/// Each section is `false` when left out, else its number ("I", "II" … in its part) and its content; the
/// headings and sentences are in `Templates/documents/report.xhtml`, the targets' in `partials/target-*.xhtml`.
public struct ReportViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    public init(_ congress: Congress) {
        let naming = CongressNaming(congress)
        let terms = TermNaming(congress)
        let report = congress.politicalReport ?? PoliticalReport()
        let summary = TargetSummary(congress)
        let figures = Figures(percentDecimals: congress.settings.percentDecimals)
        let date = (congress.preparatorySession ?? congress.officialSession).date
        // Issued by the outgoing committee (default) or the congress: `settings.report_issuer`.
        let header = congress.settings.reportIssuer == .committee
            ? ConveningCommittee(congress).header(congress, date: date, number: DocumentNumbering.committeeReportNumber(in: congress))
            : HeaderViewModel(congress, naming: naming, date: date, number: DocumentNumbering.number(of: .report, in: congress))
        let rows = summary.targets.enumerated().map { TargetViewModel($1, number: $0 + 1, figures: figures, terms: terms).templateValue }
        // The targets with a value for the new term, as the table states them.
        let newTargets = zip(summary.targets, rows).filter { $0.0.target.newTarget != nil }.map(\.1)
        var partOne = SectionNumbering(), partTwo = SectionNumbering()
        // The outgoing committee presents and signs it (`ConveningCommittee`: T/M CHI ỦY / T/M BAN CHẤP HÀNH).
        let signature = ConveningCommittee(congress).signature
        templateValue = .object([
            "header": header.templateValue,
            "report_title": .string(report.title),
            "report_title_upper": .string(VietnameseText.uppercased(report.title)),
            "congress_name_term": .string(naming.nameWithTerm),
            "outgoing_committee": .string(terms.outgoingCommittee),
            "past_congress_upper": .string(VietnameseText.uppercased(terms.pastCongress)),
            "past_term_upper": .string(VietnameseText.uppercased(terms.pastTerm)),
            "new_term_upper": .string(VietnameseText.uppercased(terms.newTerm)),
            "results": partOne.section(!rows.isEmpty || !report.results.isEmpty, [
                "summary": summary.assessed > 0 ? TargetViewModel.summary(summary) : .bool(false),
                "has_table": .bool(!rows.isEmpty),
                "rows": .list(rows),
                "fields": .list(report.results.enumerated().map { index, field in
                    .object(["number": .string(String(index + 1)), "name": .string(field.field),
                             "blocks": ProseViewModel.blocks(field.text)])
                }),
            ]),
            "limitations": partOne.prose(report.limitations),
            "lessons": partOne.prose(report.lessons),
            "directions": partTwo.prose(report.directions),
            "general_goal": partTwo.prose(report.generalGoal),
            "new_targets": partTwo.section(!newTargets.isEmpty, ["targets": .list(newTargets)]),
            "tasks": partTwo.prose(report.tasks),
            "breakthroughs": partTwo.prose(report.breakthroughs),
            "signatures": .list([signature.templateValue]),
        ])
    }
}
