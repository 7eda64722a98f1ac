import CongressModel
import Diagnostics

/// Đoàn Chủ tịch — the size of the presidium.
///
/// Seed 000/002 (district congresses): 5 to 7 members; a chi bộ congress: 1 to 3. No regulation fixes
/// the numbers (DOMAIN.md §3 "Presidium": UNCONFIRMED), so the bounds are a setting
/// (`settings.presidium_size: [min, max]`) with these defaults.
struct PresidiumSize {
    /// The default bounds for a congress.
    static func defaultBounds(_ congress: Congress) -> ClosedRange<Int> {
        congress.organisation.level.isChiBo ? 1...3 : (congress.details.kind == .daiBieu ? 5...7 : 3...7)
    }

    func check(_ congress: Congress) -> [Diagnostic] {
        let bounds = congress.settings.presidiumSize ?? Self.defaultBounds(congress)
        let count = congress.bodies.presidium.count
        // An empty presidium is an error of its own (WorkingBodies, DH234).
        guard count > 0, !bounds.contains(count) else { return [] }
        return [Diagnostic(severity: .warning,
                           message: .presidiumSize(count: count, min: bounds.lowerBound, max: bounds.upperBound),
                           location: congress.bodies.location)]
    }
}
