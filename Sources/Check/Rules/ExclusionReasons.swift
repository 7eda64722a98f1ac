import CongressModel
import Diagnostics

/// The reasons an election leaves people out of its threshold base, against the rule for the kind of congress
/// (`BaseExclusionReason`; Quy chế bầu cử, QĐ 190-QĐ/TW Điều 30; DOMAIN.md "Threshold base").
///
/// - DH263 (warning): a standard reason the rule lists only for the other kind (e.g. `vang-mat-co-ly-do`, absent
///   with an accepted reason, at a đại hội đại biểu, where only delegates with no alternate replacing them count).
/// - DH264 (warning): free text that is none of the standard reasons: the base may only be reduced for the reasons
///   the rule lists; the text is kept and printed as written ("khác").
/// - DH266 (warning): a standard reason whose count disagrees with the delegate list (`Congress.listed(_:)`), when
///   the base is counted from that list (no `base:` stated): an exempt member absent, or an official member absent
///   with an accepted reason, is on the list, so its count is known.
struct ExclusionReasons {
    func check(_ congress: Congress) -> [Diagnostic] {
        let kind = congress.details.kind
        let codes = BaseExclusionReason.standard(for: kind).map(\.rawValue).joined(separator: ", ")
        var found: [Diagnostic] = []
        for (electionIndex, election) in congress.elections.enumerated() {
            for (index, exclusion) in election.baseExclusions.enumerated() {
                let path = "\(Paths.election(electionIndex)).exclusions[\(index + 1)]"
                let reason = exclusion.standardReason
                switch reason.kind {
                case nil:
                    found.append(Diagnostic(severity: .warning,
                                            message: .exclusionReasonNotStandard(election: election.id,
                                                                                 reason: exclusion.reason, codes: codes),
                                            location: congress.position("\(path).reason", or: election.location)))
                case let other? where other != kind:
                    found.append(Diagnostic(severity: .warning,
                                            message: .exclusionReasonOfOtherKind(election: election.id,
                                                                                 reason: exclusion.reason,
                                                                                 kind: other.congressLabel),
                                            location: congress.position("\(path).reason", or: election.location)))
                default:
                    if election.declaredBase == nil, let listed = congress.listed(reason),
                       listed.exact ? exclusion.count != listed.count : exclusion.count > listed.count {
                        found.append(Diagnostic(severity: .warning,
                                                message: .exclusionDisagreesWithList(election: election.id,
                                                                                     reason: exclusion.reason,
                                                                                     stated: exclusion.count,
                                                                                     listed: listed.count,
                                                                                     atMost: !listed.exact),
                                                location: congress.position("\(path).count", or: election.location)))
                    }
                }
            }
        }
        return found
    }
}

private extension CongressKind {
    /// "đại hội đảng viên" / "đại hội đại biểu", as the message names the kind.
    var congressLabel: String { self == .dangVien ? "đại hội đảng viên" : "đại hội đại biểu" }
}
