import CongressModel
import Tally
import Diagnostics
import Elections
import Vietnamese

/// Cơ sở tính tỷ lệ — the threshold base must leave somebody to count.
///
/// QĐ 190-QĐ/TW Điều 30: the base is the official members (delegates) summoned minus the exclusions the
/// regulation allows. When the stated exclusions reach the number summoned, the base is 0 or negative and
/// "more than half" means nothing: the election gets this one error, and the rule that judges votes against
/// the base (DH221) is skipped for it, so one wrong count does not come back once per candidate and round.
struct EmptyThresholdBase {
    /// The base of an election as every rule computes it: the summoned part (stated or from the list) less
    /// the stated exclusions.
    static func base(of election: Election, in congress: Congress) -> ThresholdBase {
        ThresholdBase(summoned: congress.baseSummoned(for: election),
                      exclusions: election.baseExclusions.map { .init(reason: $0.reason, count: $0.count) })
    }

    func check(_ congress: Congress) -> [Diagnostic] {
        congress.elections.enumerated().compactMap { index, election in
            let base = Self.base(of: election, in: congress)
            guard base.value <= 0 else { return nil }
            // At the figures that leave nobody: the exclusions, else the stated base, else the election.
            let path = Paths.election(index)
            let at = congress.position("\(path).exclusions", or: congress.position("\(path).base", or: election.location))
            return Diagnostic(severity: .error,
                              message: .emptyThresholdBase(election: election.id, summoned: base.summoned,
                                                           excluded: base.excluded, base: base.value),
                              location: at)
        }
    }
}
