import Foundation
import Render
import Template
import Vietnamese

/// `OUT/index.html` — the superior committee's view of every branch: congress date, script deadline,
/// readiness, links to the papers; sorted by date, then name. A self-contained page that works offline.
struct Dashboard {
    let templateFolder: String
    let renderer: DocumentRenderer

    /// The `<!-- rows -->` mark in `batch/dashboard` where the rows go.
    static let rowsMark = "<!-- rows -->"

    /// Writes `index.html` and the aggregate report from every result under `folder`, reading the results
    /// one at a time (twice: once to sort and add up, once to write each row); returns what it saw.
    @discardableResult
    func write(resultsIn folder: String, asOf: CalendarDate?) throws -> DashboardSummary {
        let results = ResultFolder(folder: folder)
        var tally = AggregateTally()
        var summary = DashboardSummary()
        let entries = results.scan { result in
            tally.add(result)
            summary.count(result)
        }
        try writePage(entries: Self.sorted(entries), summary: summary, results: results, asOf: asOf,
                      to: (folder as NSString).appendingPathComponent("index.html"))
        // The aggregate report, in the Party format, beside it.
        let report = try renderer.render("documents/aggregate", documentName: AggregateReport.name,
                                         value: AggregateReport.viewModel(tally, asOf: asOf), profile: .hd36_2018)
        _ = try DocumentWriters(renderer: renderer, pdfScratch: PDFScratch().url).write(report, formats: [.html], to: folder)
        return summary
    }

    /// The page, streamed: its frame is rendered once and each row into the frame's rows mark, one after
    /// the other, so a dashboard of thousands of branches is never whole in memory (the peak stays flat).
    private func writePage(entries: [ResultFolder.Entry], summary: DashboardSummary, results: ResultFolder,
                           asOf: CalendarDate?, to path: String) throws {
        let frame = try renderer.renderText("batch/dashboard", value: Self.pageViewModel(summary, asOf: asOf))
        guard let mark = frame.range(of: Self.rowsMark) else {
            throw DashboardError.noRowsMark(template: "batch/dashboard")
        }
        try AtomicWriter().stream(to: path) { write in
            try write(String(frame[..<mark.lowerBound]))
            for entry in entries {
                guard let result = results.read(entry.path) else { continue }
                try write(renderer.renderText("batch/dashboard-row", value: Self.rowViewModel(result, asOf: asOf)))
            }
            let rest = frame[mark.upperBound...]
            try write(String(rest.first == "\n" ? rest.dropFirst() : rest))
        }
    }

    /// By congress date, then name; a branch without a date last.
    static func sorted(_ entries: [ResultFolder.Entry]) -> [ResultFolder.Entry] {
        entries.sorted { ($0.date ?? "9999", $0.name) < ($1.date ?? "9999", $1.name) }
    }

    /// One row's figures and decisions, computed here (its wording is in `batch/dashboard-row`).
    static func rowViewModel(_ r: BranchResult, asOf: CalendarDate?) -> TemplateValue {
        let state = r.errors > 0 ? "invalid" : r.warnings > 0 ? "warning" : "ready"
        // A congress already held is no longer late or early; otherwise the days to the script deadline.
        let held = asOf.flatMap { day in r.date.flatMap(CalendarDate.init(iso:)).map { $0 <= day } } ?? false
        let daysLeft = held ? nil : r.daysLeft
        return .object([
            "name": .string(r.name),
            "organisation": .string(r.organisation ?? r.name),
            "date": .string(r.date.flatMap(Self.numeric) ?? "—"),
            "deadline": .string(r.scriptDeadline.flatMap(Self.numeric) ?? "—"),
            "held": .bool(held),
            "late": .bool((daysLeft ?? 0) < 0),
            "early": .bool((daysLeft ?? -1) >= 0),
            "days_late": .string(String(-(daysLeft ?? 0))),
            "days_left": .string(String(daysLeft ?? 0)),
            "errors": .string(String(r.errors)),
            "warnings": .string(String(r.warnings)),
            "is_invalid": .bool(state == "invalid"),
            "is_warning": .bool(state == "warning"),
            "is_ready": .bool(state == "ready"),
            "state": .string(state),
            "diagnostics": .list(r.diagnostics.map { .string($0) }),
            "has_diagnostics": .bool(!r.diagnostics.isEmpty),
            "documents": .list(r.documents.map { .object(["href": .string("\(r.name)/\($0)"), "label": .string($0)]) }),
        ])
    }

    /// The page's own figures (the rows come one by one from `rowViewModel`; the wording is in `batch/dashboard`).
    static func pageViewModel(_ summary: DashboardSummary, asOf: CalendarDate?) -> TemplateValue {
        .object([
            "has_as_of": .bool(asOf != nil),
            "as_of": .string(asOf.map(VietnameseDate.long) ?? ""),
            "total": .string(VietnameseNumber.integer(summary.branches)),
            "invalid": .string(VietnameseNumber.integer(summary.invalid)),
            "ready": .string(VietnameseNumber.integer(summary.ready)),
            "aggregate": .string("\(AggregateReport.name).html"),
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

    mutating func count(_ result: BranchResult) {
        branches += 1
        if result.errors > 0 { invalid += 1 } else if result.warnings == 0 { ready += 1 }
    }
}
