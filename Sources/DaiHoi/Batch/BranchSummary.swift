import Tally
import CongressModel
import Derive
import Diagnostics
import Foundation
import Vietnamese

/// Turns one branch's pipeline report into the result the dashboard and the aggregate report read.
enum BranchSummary {
    static func result(name: String, report: PipelineReport, options: BatchOptions, hash: String, output: String) -> BranchResult {
        let renderer = DiagnosticRenderer(sources: report.sources)
        var result = BranchResult(
            name: name,
            errors: report.count(.error),
            warnings: report.count(.warning),
            diagnostics: report.diagnostics.map { renderer.render($0, language: options.language) },
            documents: report.written.map { ($0 as NSString).lastPathComponent }.sorted(),
            inputHash: hash)
        guard let congress = report.congress, let first = congress.sessions.first else { return result }
        let deadline = first.date.adding(days: -congress.settings.scriptDeadlineDays)
        result.organisation = congress.organisation.name
        result.congress = CongressNaming(congress).name
        result.superior = congress.organisation.superior
        result.place = congress.organisation.place
        result.term = "\(congress.details.term.from) - \(congress.details.term.to)"
        result.date = first.date.description
        result.scriptDeadline = deadline.description
        result.daysLeft = options.asOf.map { CalendarDate.days(from: $0, to: deadline) }
        result.scriptUnfinished = report.diagnostics.filter { ["DH201", "DH202"].contains($0.code) }.count
        result.figures = figures(congress, asOf: options.asOf)
        if options.dossier { result.dossier = DossierReadiness(DossierPlan(congress)) }
        return result
    }

    /// Tái cử — the elected who were incumbents.
    static func reElected(_ election: Election, _ congress: Congress) -> Int {
        let incumbents = Set(election.incumbents)
        return ElectionOutcome(election, congress: congress).elected.filter { incumbents.contains($0.person) }.count
    }

    /// The figures of the aggregate report (báo cáo tổng hợp), from the attendance and the elections.
    static func figures(_ congress: Congress, asOf: CalendarDate?) -> BranchFigures {
        let attendance = AttendanceFigures(congress)
        let held = asOf.map { congress.officialSession.date <= $0 } ?? true
        var figures = BranchFigures(summoned: attendance.summoned, present: attendance.present, held: held)
        let committee = congress.elections.first { $0.body == .banChapHanh || $0.body == .chiUy }
        if let committee {
            let people = ElectionOutcome(committee, congress: congress).elected.compactMap { congress.person($0.person) }
            figures.committeeElected = people.count
            figures.committeeWomen = people.filter { $0.gender == .nu }.count
            figures.committeeMinorities = people.filter { ($0.ethnicity ?? "Kinh") != "Kinh" }.count
            figures.committeeUniversity = people.filter { [.daiHoc, .thacSi, .tienSi].contains($0.education) }.count
            figures.committeeHighTheory = people.filter { [.caoCap, .cuNhan].contains($0.politicalTheory) }.count
            figures.committeeReElected = reElected(committee, congress)
        }
        if let secretary = congress.elections.first(where: { $0.body == .biThu }) {
            figures.secretaryElected = !ElectionOutcome(secretary, congress: congress).elected.isEmpty
            figures.secretaryReElected = reElected(secretary, congress) > 0
        }
        if let deputies = congress.elections.first(where: { $0.body == .phoBiThu }) {
            figures.deputiesElected = ElectionOutcome(deputies, congress: congress).elected.count
            figures.deputiesReElected = reElected(deputies, congress)
        }
        return figures
    }
}
