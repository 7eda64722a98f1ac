import CongressModel
import Diagnostics

/// Đoàn đại biểu (`delegates[].delegation`): at a đại hội đại biểu the delegate list is grouped by delegation
/// (reviews/papers.md §2.4), so a delegate left without one while others have one is a warning (DH452) — the list
/// sets them apart as not yet placed; a đại hội đảng viên, of all the members, has no
/// delegations, so a delegation there is a warning too (DH453).
struct DelegatesByDelegation {
    func check(_ congress: Congress) -> [Diagnostic] {
        let named = Set(congress.delegates.compactMap(\.delegation))
        var found: [Diagnostic] = []
        for (index, delegate) in congress.delegates.enumerated() {
            let at = congress.position("delegates[\(index + 1)]", or: delegate.location)
            if congress.details.kind == .dangVien {
                if delegate.delegation != nil {
                    found.append(Diagnostic(severity: .warning, message: .delegationAtMembersCongress(person: delegate.person.rawValue),
                                            location: congress.position("delegates[\(index + 1)].delegation", or: at)))
                }
            } else if delegate.delegation == nil, !named.isEmpty {
                found.append(Diagnostic(severity: .warning,
                                        message: .delegateWithoutDelegation(person: delegate.person.rawValue, delegations: named.count),
                                        location: at))
            }
        }
        return found
    }
}
