import CongressModel
import Diagnostics

/// Nhiệm kỳ — the term against the level of the organisation (DH262, warning).
///
/// The allowed length is `OrganisationLevel.termYears` (Điều lệ Đảng: a chi bộ trực thuộc đảng ủy cơ sở meets
/// "năm năm hai lần", term 2025 – 2027 in this round; every other organisation five years). A level that does not
/// say (`chi-bo`) is not judged.
struct TermLength {
    func check(_ congress: Congress) -> [Diagnostic] {
        let level = congress.organisation.level
        let term = congress.details.term
        guard let allowed = level.termYears else { return [] }
        let years = term.to - term.from
        guard !allowed.contains(years) else { return [] }
        let expected = allowed.count == 1 ? "\(allowed.lowerBound)" : "\(allowed.lowerBound)–\(allowed.upperBound)"
        return [Diagnostic(severity: .warning,
                           message: .termLengthForLevel(level: level.rawValue, term: "\(term.from)-\(term.to)",
                                                        years: years, expected: expected),
                           location: congress.position("congress.term", or: nil))]
    }
}
