import Foundation
import Render
import Template
import Vietnamese

/// `OUT/index.html` — the superior committee's view of every branch: congress date, script deadline,
/// readiness, links to the papers; sorted by date, then name. A self-contained page that works offline.
struct Dashboard {
    let templateFolder: String
    let renderer: DocumentRenderer

    func write(results: [BranchResult], asOf: CalendarDate?, to folder: String) throws {
        let html = try renderer.renderText("batch/dashboard", value: Self.viewModel(results, asOf: asOf))
        try AtomicWriter().write(html, to: (folder as NSString).appendingPathComponent("index.html"))
        // The aggregate report, in the Party format, beside it.
        let report = try renderer.render("documents/aggregate", documentName: AggregateReport.name,
                                         value: AggregateReport.viewModel(results, asOf: asOf), profile: .hd36_2018)
        _ = try DocumentWriters(renderer: renderer, pdfScratch: PDFScratch().url).write(report, formats: [.html], to: folder)
    }

    /// Every figure and string of the page, computed here.
    static func viewModel(_ results: [BranchResult], asOf: CalendarDate?) -> TemplateValue {
        let sorted = results.sorted { ($0.date ?? "9999", $0.name) < ($1.date ?? "9999", $1.name) }
        let rows: [TemplateValue] = sorted.map { r in
            let readiness: String
            let state: String
            if r.errors > 0 { readiness = "\(r.errors) lỗi, \(r.warnings) cảnh báo"; state = "invalid" }
            else if r.warnings > 0 { readiness = "\(r.warnings) cảnh báo"; state = "warning" }
            else { readiness = "Sẵn sàng"; state = "ready" }
            // A congress already held is no longer late or early; otherwise the days to the script deadline.
            let held = asOf.flatMap { day in r.date.flatMap(CalendarDate.init(iso:)).map { $0 <= day } } ?? false
            let days: String
            if held { days = "đã đại hội" }
            else if let d = r.daysLeft { days = d < 0 ? "trễ \(-d) ngày" : "còn \(d) ngày" }
            else { days = "" }
            return .object([
                "name": .string(r.name),
                "organisation": .string(r.organisation ?? r.name),
                "date": .string(r.date.flatMap(Self.numeric) ?? "—"),
                "deadline": .string(r.scriptDeadline.flatMap(Self.numeric) ?? "—"),
                "days": .string(days),
                "late": .bool(!held && (r.daysLeft ?? 0) < 0),
                "readiness": .string(readiness),
                "state": .string(state),
                "diagnostics": .list(r.diagnostics.map { .string($0) }),
                "has_diagnostics": .bool(!r.diagnostics.isEmpty),
                "documents": .list(r.documents.map { .object(["href": .string("\(r.name)/\($0)"), "label": .string($0)]) }),
            ])
        }
        let invalid = results.filter { $0.errors > 0 }.count
        return .object([
            "title": .string("Tình hình đại hội các tổ chức đảng trực thuộc"),
            "as_of": .string(asOf.map { "Tính đến \(VietnameseDate.long($0))" } ?? ""),
            "total": .string(VietnameseNumber.integer(results.count)),
            "invalid": .string(VietnameseNumber.integer(invalid)),
            "ready": .string(VietnameseNumber.integer(results.filter { $0.errors == 0 && $0.warnings == 0 }.count)),
            "aggregate": .string("\(AggregateReport.name).html"),
            "rows": .list(rows),
        ])
    }

    /// "2020-05-19" → "19/5/2020".
    static func numeric(_ iso: String) -> String? {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let date = CalendarDate(year: parts[0], month: parts[1], day: parts[2]) else { return nil }
        return VietnameseDate.numeric(date)
    }
}
