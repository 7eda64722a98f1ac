import CongressModel
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

    /// Every figure and string of the report, from the tally of the branch results.
    static func viewModel(_ t: AggregateTally, asOf: CalendarDate?) -> TemplateValue {
        // Branches may set their own decimals; the superior's report uses the default of the settings.
        let decimals = Settings().percentDecimals
        func percent(_ part: Int, _ whole: Int) -> String { VietnameseNumber.percent(part: part, of: whole, decimals: decimals) ?? "—" }
        func row(_ label: String, _ count: Int, of whole: Int?) -> TemplateValue {
            .object(["label": .string(label), "count": .string(VietnameseNumber.integer(count)),
                     "percent": .string(whole.map { percent(count, $0) } ?? "")])
        }
        // The issuer is the superior most branches name: "Đảng bộ phường Quang Trung" → "ĐẢNG ỦY PHƯỜNG QUANG TRUNG".
        let superior = AggregateTally.mostCommon(t.superiors) ?? ""
        let committeeName = superior.replacingOccurrences(of: "Đảng bộ", with: "Đảng ủy")
        let place = AggregateTally.mostCommon(t.places) ?? ""
        let latest = t.latestDate.flatMap(CalendarDate.init(iso:))
        let date = asOf ?? latest ?? CalendarDate(year: 2000, month: 1, day: 1)!
        let term = AggregateTally.mostCommon(t.terms) ?? ""
        let committee = t.committee
        let rows: [TemplateValue] = [
            row("Tổ chức đảng trực thuộc đã tiến hành đại hội", t.held, of: t.branches),
            row("Cấp ủy viên được bầu", committee, of: nil),
            row("— trong đó nữ", t.women, of: committee),
            row("— người dân tộc thiểu số", t.minorities, of: committee),
            row("— trình độ đại học trở lên", t.university, of: committee),
            row("— lý luận chính trị cao cấp, cử nhân", t.highTheory, of: committee),
            row("— tái cử", t.reElected, of: committee),
            row("— tham gia lần đầu", committee - t.reElected, of: committee),
            row("Tổ chức đảng đã bầu bí thư tại đại hội", t.secretaries, of: t.valid),
            row("— bí thư tái cử", t.secretariesReElected, of: t.secretaries),
            row("Phó bí thư được bầu", t.deputies, of: nil),
            row("— phó bí thư tái cử", t.deputiesReElected, of: t.deputies),
        ]
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
            "total": .string(VietnameseNumber.integer(t.branches)),
            "held": .string(VietnameseNumber.integer(t.held)),
            "rows": .list(rows),
            "has_invalid": .bool(!t.invalid.isEmpty),
            "invalid": .list(t.invalid.map { .object(["name": .string($0.name), "errors": .string(String($0.errors))]) }),
            "signatures": .list([.object(["authority": .string("T/M \(VietnameseText.uppercased(committeeName.components(separatedBy: " ").prefix(2).joined(separator: " ")))"),
                                          "title": .string("BÍ THƯ"), "name": .string("")])]),
        ])
    }
}
