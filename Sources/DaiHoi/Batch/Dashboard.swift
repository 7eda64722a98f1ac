import Derive
import Foundation
import Render
import Template
import Vietnamese

/// `OUT/index.html` — the superior committee's view of every branch, for acting on: branches with errors
/// first, then those late with their script, then those meeting within a week, then the rest by date
/// (``BranchState``); the count of each at the top; a filter by state and sortable columns (a few lines of
/// inline script; without it the table is complete and in that order); links relative to the folder, so
/// it can be zipped and sent. `OUT/dashboard.csv` holds the same rows for a spreadsheet (``DashboardCSV``).
struct Dashboard {
    let templateFolder: String
    let renderer: DocumentRenderer

    /// The `<!-- rows -->` mark in `batch/dashboard` where the rows go.
    static let rowsMark = "<!-- rows -->"
    /// The spreadsheet beside the page.
    static let csvName = "dashboard.csv"

    /// Writes `index.html`, `dashboard.csv` and the aggregate report from every result under `folder`,
    /// judged on `asOf` (today when `nil`), reading the results one at a time (twice: once to sort and add
    /// up, once to write each row); returns what it saw.
    @discardableResult
    func write(resultsIn folder: String, asOf: CalendarDate?) throws -> DashboardSummary {
        let day = asOf ?? .today()
        let results = ResultFolder(folder: folder)
        var tally = AggregateTally(asOf: day)
        var summary = DashboardSummary()
        let entries = results.scan { result in
            tally.add(result)
            let state = BranchState(result, on: day)
            summary.count(result, state: state)
            return state.rank
        }
        try writePage(entries: Self.sorted(entries), summary: summary, results: results, day: day, folder: folder)
        // The aggregate report, in the Party format, beside it.
        let report = try renderer.render("documents/aggregate", documentName: AggregateReport.name,
                                         value: AggregateReport.viewModel(tally, asOf: day), profile: .hd36_2018)
        _ = try DocumentWriters(renderer: renderer, pdfScratch: PDFScratch().url).write(report, formats: [.html], to: folder)
        return summary
    }

    /// The page and the spreadsheet, streamed: the page's frame is rendered once and each row into the
    /// frame's rows mark, one after the other, so a dashboard of thousands of branches is never whole in
    /// memory (the peak stays flat).
    private func writePage(entries: [ResultFolder.Entry], summary: DashboardSummary, results: ResultFolder,
                           day: CalendarDate, folder: String) throws {
        let frame = try renderer.renderText("batch/dashboard", value: Self.pageViewModel(summary, asOf: day))
        guard let mark = frame.range(of: Self.rowsMark) else {
            throw DashboardError.noRowsMark(template: "batch/dashboard")
        }
        let writer = AtomicWriter()
        try writer.stream(to: (folder as NSString).appendingPathComponent(Self.csvName)) { writeCSV in
            try writeCSV(DashboardCSV.header)
            try writer.stream(to: (folder as NSString).appendingPathComponent("index.html")) { write in
                try write(String(frame[..<mark.lowerBound]))
                for entry in entries {
                    guard let result = results.read(entry.path) else { continue }
                    try write(renderer.renderText("batch/dashboard-row", value: Self.rowViewModel(result, asOf: day)))
                    try writeCSV(DashboardCSV.row(result, on: day))
                }
                let rest = frame[mark.upperBound...]
                try write(String(rest.first == "\n" ? rest.dropFirst() : rest))
            }
        }
    }

    /// By state (errors, late, this week, the rest), then congress date, then name; a branch without a date last.
    static func sorted(_ entries: [ResultFolder.Entry]) -> [ResultFolder.Entry] {
        entries.sorted { ($0.rank, $0.date ?? "9999", $0.name) < ($1.rank, $1.date ?? "9999", $1.name) }
    }

    /// One row's figures and decisions, computed here (its wording is in `batch/dashboard-row`). Without a
    /// day (`asOf` nil) only the readiness is judged.
    static func rowViewModel(_ r: BranchResult, asOf: CalendarDate?) -> TemplateValue {
        let readiness = r.errors > 0 ? "invalid" : r.warnings > 0 ? "warning" : "ready"
        let state = asOf.map { BranchState(r, on: $0) } ?? (r.errors > 0 ? .invalid : .undated)
        let held = state == .held
        // Days to the script deadline, on the day; none once the congress is held.
        let daysLeft: Int? = held ? nil : asOf.flatMap { day in
            r.scriptDeadline.flatMap(CalendarDate.init(iso:)).map { CalendarDate.days(from: day, to: $0) }
        }
        let unfinished = r.scriptUnfinished ?? 0
        let late = (daysLeft ?? 0) < 0 && unfinished > 0 && r.errors == 0
        return .object([
            "name": .string(r.name),
            "organisation": .string(r.organisation ?? r.name),
            "date": .string(r.date.flatMap(Self.numeric) ?? "—"),
            "date_sort": .string(r.date ?? "9999"),
            "deadline": .string(r.scriptDeadline.flatMap(Self.numeric) ?? "—"),
            "deadline_sort": .string(r.scriptDeadline ?? "9999"),
            "held": .bool(held),
            "late": .bool(late),
            "script_final": .bool((daysLeft ?? 0) < 0 && !late),
            "early": .bool((daysLeft ?? -1) >= 0),
            "days_late": .string(String(-(daysLeft ?? 0))),
            "days_left": .string(String(daysLeft ?? 0)),
            "days_sort": .string(String(daysLeft ?? 99_999)),
            "unfinished": .string(String(unfinished)),
            "errors": .string(String(r.errors)),
            "warnings": .string(String(r.warnings)),
            "is_invalid": .bool(readiness == "invalid"),
            "is_warning": .bool(readiness == "warning"),
            "is_ready": .bool(readiness == "ready"),
            "state": .string(readiness),
            "branch_state": .string(state.rawValue),
            "branch_state_label": .string(state.label),
            "rank": .string(String(state.rank)),
            "diagnostics": .list(r.diagnostics.map { .string($0) }),
            "has_diagnostics": .bool(!r.diagnostics.isEmpty),
            "papers": Self.papers(r),
            "dossier": Self.dossier(r),
        ])
    }

    /// A link relative to the dashboard's folder, each path segment percent-encoded (a branch folder may
    /// hold spaces or Vietnamese letters).
    static func href(_ branch: String, _ file: String) -> String {
        (branch.split(separator: "/").map(String.init) + [file])
            .map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#"))) ?? $0 }
            .joined(separator: "/")
    }

    /// The branch's papers in their fixed order, each named in Vietnamese with a link per format written:
    /// "Biên bản đại hội: html odt" (a file of no known paper is named by its file name).
    static func papers(_ r: BranchResult) -> TemplateValue {
        var groups: [(name: String, files: [String])] = []
        for file in r.documents {
            let name = (file as NSString).deletingPathExtension
            if let index = groups.firstIndex(where: { $0.name == name }) { groups[index].files.append(file) } else { groups.append((name, [file])) }
        }
        let order = { (name: String) in DocumentKind(rawValue: name).flatMap { DocumentKind.allCases.firstIndex(of: $0) } ?? Int.max }
        groups.sort { (order($0.name), $0.name) < (order($1.name), $1.name) }
        return .list(groups.map { group in
            let title = DocumentKind(rawValue: group.name)?.title ?? group.name
            return .object([
                "label": .string(title.prefix(1).uppercased() + title.dropFirst()),
                "files": .list(group.files.map { .object(["href": .string(Self.href(r.name, $0)),
                                                          "format": .string(($0 as NSString).pathExtension)]) }),
            ])
        })
    }

    /// `batch --doc dossier`: the papers of the dossier ready ("12/14") and the required ones missing, by title;
    /// an empty list (nothing shown) for other runs.
    static func dossier(_ r: BranchResult) -> TemplateValue {
        guard let dossier = r.dossier else { return .list([]) }
        return .list([.object([
            "ready": .string(dossier.fraction),
            "missing": .string(dossier.missingRequired.joined(separator: "; ")),
            "has_missing": .bool(!dossier.missingRequired.isEmpty),
        ])])
    }

    /// The page's own figures (the rows come one by one from `rowViewModel`; the wording is in `batch/dashboard`).
    static func pageViewModel(_ summary: DashboardSummary, asOf: CalendarDate) -> TemplateValue {
        .object([
            "has_as_of": .bool(true),
            "as_of": .string(VietnameseDate.long(asOf)),
            "total": .string(VietnameseNumber.integer(summary.branches)),
            "invalid": .string(VietnameseNumber.integer(summary.invalid)),
            "ready": .string(VietnameseNumber.integer(summary.ready)),
            "late": .string(VietnameseNumber.integer(summary.late)),
            "this_week": .string(VietnameseNumber.integer(summary.thisWeek)),
            "held": .string(VietnameseNumber.integer(summary.held)),
            "upcoming": .string(VietnameseNumber.integer(summary.upcoming)),
            "states": .list(BranchState.allCases.map { .object(["value": .string($0.rawValue), "label": .string($0.label)]) }),
            "aggregate": .string("\(AggregateReport.name).html"),
            "csv": .string(csvName),
        ])
    }

    /// "2020-05-19" → "19/5/2020".
    static func numeric(_ iso: String) -> String? {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let date = CalendarDate(year: parts[0], month: parts[1], day: parts[2]) else { return nil }
        return VietnameseDate.numeric(date)
    }
}

/// Why the dashboard could not be written.
enum DashboardError: Error, CustomStringConvertible {
    /// The page template has lost the mark where the rows go.
    case noRowsMark(template: String)

    var description: String {
        switch self {
        case .noRowsMark(let template): "\(template): no \(Dashboard.rowsMark) mark where the rows go"
        }
    }
}

/// The dashboard's counts of branches.
public struct DashboardSummary: Sendable, Equatable {
    public var branches = 0
    /// With at least one error.
    public var invalid = 0
    /// With neither errors nor warnings.
    public var ready = 0
    /// Late with the script, congress not yet held (``BranchState/late``).
    public var late = 0
    /// Meeting within 7 days.
    public var thisWeek = 0
    /// Congress held on or before the day.
    public var held = 0
    /// Congress later than this week.
    public var upcoming = 0

    mutating func count(_ result: BranchResult, state: BranchState) {
        branches += 1
        if result.errors > 0 { invalid += 1 } else if result.warnings == 0 { ready += 1 }
        switch state {
        case .late: late += 1
        case .thisWeek: thisWeek += 1
        case .held: held += 1
        case .upcoming: upcoming += 1
        case .invalid, .undated: break
        }
    }
}
