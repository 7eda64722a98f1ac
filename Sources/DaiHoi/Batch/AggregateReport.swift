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

    /// Every figure and name of the report, from the tally of the branch results (its wording is in
    /// `documents/aggregate`).
    static func viewModel(_ t: AggregateTally, asOf: CalendarDate) -> TemplateValue {
        // Branches may set their own decimals; the superior's report uses the default of the settings.
        let decimals = Settings().percentDecimals
        /// A count and its percentage of `whole` ("—" for a whole of 0), or no percentage.
        func figure(_ count: Int, of whole: Int?) -> TemplateValue {
            .object(["count": .string(VietnameseNumber.integer(count)),
                     "percent": .string(whole.map { VietnameseNumber.percent(part: count, of: $0, decimals: decimals) ?? "—" } ?? "")])
        }
        // The issuer is the superior most branches name: "Đảng bộ phường Quang Trung" → "ĐẢNG ỦY PHƯỜNG QUANG TRUNG".
        let superior = AggregateTally.mostCommon(t.superiors) ?? ""
        let committeeName = superior.replacingOccurrences(of: "Đảng bộ", with: "Đảng ủy")
        let place = AggregateTally.mostCommon(t.places) ?? ""
        let date = asOf
        let term = AggregateTally.mostCommon(t.terms) ?? ""
        let committee = t.committee
        return .object([
            "committee_name": .string(committeeName),
            // "T/M ĐẢNG ỦY": the signing authority is the committee's kind, its first two words.
            "committee_kind_upper": .string(VietnameseText.uppercased(committeeName.components(separatedBy: " ").prefix(2).joined(separator: " "))),
            "header": .object([
                "superior": .string(""),
                "has_number": .bool(false),
                "number": .string(""),
                "issuer_lines": .list([.string(VietnameseText.uppercased(committeeName))]),
                "place_date": .string(VietnameseDate.placeAndDate(place: place, date)),
            ]),
            "has_term": .bool(!term.isEmpty),
            "term": .string(term),
            "total": .string(VietnameseNumber.integer(t.branches)),
            "as_of": .string(VietnameseDate.numeric(asOf)),
            "held": figure(t.held, of: t.branches),
            "upcoming": .string(VietnameseNumber.integer(t.upcoming)),
            "has_missing": .bool(t.heldWithoutResults > 0),
            "missing": .string(VietnameseNumber.integer(t.heldWithoutResults)),
            "with_results": .string(VietnameseNumber.integer(t.valid)),
            "committee": figure(committee, of: nil),
            "women": figure(t.women, of: committee),
            "minorities": figure(t.minorities, of: committee),
            "university": figure(t.university, of: committee),
            "high_theory": figure(t.highTheory, of: committee),
            "re_elected": figure(t.reElected, of: committee),
            "first_time": figure(committee - t.reElected, of: committee),
            "secretaries": figure(t.secretaries, of: t.valid),
            "secretaries_re_elected": figure(t.secretariesReElected, of: t.secretaries),
            "deputies": figure(t.deputies, of: nil),
            "deputies_re_elected": figure(t.deputiesReElected, of: t.deputies),
            "has_invalid": .bool(!t.invalid.isEmpty),
            "invalid": .list(t.invalid.map { .object(["name": .string($0.name), "errors": .string(String($0.errors))]) }),
        ])
    }
}
