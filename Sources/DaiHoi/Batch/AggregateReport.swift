import DocumentTree
import Foundation
import Render
import Template
import Vietnamese

/// Báo cáo tổng hợp kết quả đại hội — the superior committee's report on its branches' congresses, in the
/// Party format: branches that held their congress out of all, committee members elected (women, ethnic
/// minorities, university education, high-level political theory), secretaries elected; each with its
/// count and percentage. Written as `OUT/bao-cao-tong-hop.<format>` beside the dashboard.
struct AggregateReport {
    /// The file name (without extension) of the report.
    static let name = "bao-cao-tong-hop"

    /// Every figure and string of the report, from the branch results.
    static func viewModel(_ results: [BranchResult], asOf: CalendarDate?) -> TemplateValue {
        let valid = results.filter { $0.errors == 0 && $0.figures != nil }
        let figures = valid.compactMap(\.figures)
        let held = figures.filter(\.held).count
        let committee = figures.reduce(0) { $0 + $1.committeeElected }
        let reElected = figures.reduce(0) { $0 + $1.committeeReElected }
        let secretaries = figures.filter(\.secretaryElected).count
        let deputies = figures.reduce(0) { $0 + $1.deputiesElected }
        func percent(_ part: Int, _ whole: Int) -> String { VietnameseNumber.percent(part: part, of: whole, decimals: 2) ?? "—" }
        func row(_ label: String, _ count: Int, of whole: Int?) -> TemplateValue {
            .object(["label": .string(label), "count": .string(VietnameseNumber.integer(count)),
                     "percent": .string(whole.map { percent(count, $0) } ?? "")])
        }
        // The issuer is the superior most branches name: "Đảng bộ phường Quang Trung" → "ĐẢNG ỦY PHƯỜNG QUANG TRUNG".
        let superior = mostCommon(valid.compactMap(\.superior)) ?? ""
        let committeeName = superior.replacingOccurrences(of: "Đảng bộ", with: "Đảng ủy")
        let place = mostCommon(valid.compactMap(\.place)) ?? ""
        let latest = valid.compactMap(\.date).max().flatMap(CalendarDate.init(iso:))
        let date = asOf ?? latest ?? CalendarDate(year: 2000, month: 1, day: 1)!
        let term = mostCommon(valid.compactMap(\.term)) ?? ""
        let rows: [TemplateValue] = [
            row("Tổ chức đảng trực thuộc đã tiến hành đại hội", held, of: results.count),
            row("Cấp ủy viên được bầu", committee, of: nil),
            row("— trong đó nữ", figures.reduce(0) { $0 + $1.committeeWomen }, of: committee),
            row("— người dân tộc thiểu số", figures.reduce(0) { $0 + $1.committeeMinorities }, of: committee),
            row("— trình độ đại học trở lên", figures.reduce(0) { $0 + $1.committeeUniversity }, of: committee),
            row("— lý luận chính trị cao cấp, cử nhân", figures.reduce(0) { $0 + $1.committeeHighTheory }, of: committee),
            row("— tái cử", reElected, of: committee),
            row("— tham gia lần đầu", committee - reElected, of: committee),
            row("Tổ chức đảng đã bầu bí thư tại đại hội", secretaries, of: valid.count),
            row("— bí thư tái cử", figures.filter(\.secretaryReElected).count, of: secretaries),
            row("Phó bí thư được bầu", deputies, of: nil),
            row("— phó bí thư tái cử", figures.reduce(0) { $0 + $1.deputiesReElected }, of: deputies),
        ]
        let invalid = results.filter { $0.errors > 0 }
        return .object([
            "document_title": .string("Báo cáo tổng hợp kết quả đại hội — \(committeeName)"),
            "header": .object([
                "superior": .string(""),
                "has_number": .bool(false),
                "number": .string(""),
                "issuer_lines": .list([.string(VietnameseText.uppercased(committeeName))]),
                "place_date": .string(VietnameseDate.placeAndDate(place: place, date)),
            ]),
            "subject": .string("Tổng hợp kết quả đại hội các tổ chức đảng trực thuộc" + (term.isEmpty ? "" : ", nhiệm kỳ \(term)")),
            "total": .string(VietnameseNumber.integer(results.count)),
            "held": .string(VietnameseNumber.integer(held)),
            "rows": .list(rows),
            "has_invalid": .bool(!invalid.isEmpty),
            "invalid": .list(invalid.map { .object(["name": .string($0.organisation ?? $0.name), "errors": .string(String($0.errors))]) }),
            "signatures": .list([.object(["authority": .string("T/M \(VietnameseText.uppercased(committeeName.components(separatedBy: " ").prefix(2).joined(separator: " ")))"),
                                          "title": .string("BÍ THƯ"), "name": .string("")])]),
        ])
    }

    /// The most frequent value; ties go to the alphabetically first, so the result is deterministic.
    static func mostCommon(_ values: [String]) -> String? {
        Dictionary(grouping: values, by: { $0 }).map { ($0.key, $0.value.count) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.first?.0
    }
}
