import CongressModel
import Tally
import Diagnostics

/// Đại biểu đi dự đại hội cấp trên (DOMAIN.md "Who elects what" [CONFIRMED]): the number of official and
/// alternate delegates is allocated by the superior committee and not voted by the congress, so each
/// delegation election fills exactly the places allocated (`delegation:`; DH294, or DH295 when the file states
/// no allocation). Alternates are elected in an election of their own after the officials (HD 04-HD/TW
/// templates, reviews/papers.md §5): someone already elected official is not a candidate for alternate (DH296).
struct DelegationAllocated {
    func check(_ congress: Congress) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var officials: Set<PersonID> = []
        for (index, election) in congress.elections.enumerated() {
            let kind: String
            switch election.body {
            case .daiBieuCapTren: kind = "official"
            case .daiBieuDuKhuyet: kind = "alternate"
            default: continue
            }
            let at = congress.position("\(Paths.election(index)).seats", or: election.location)
            if let allocation = congress.delegation {
                let allocated = kind == "official" ? allocation.official : allocation.alternate
                if allocated != election.seats {
                    found.append(.error(.delegationSeatsNotAllocated(election: election.id, seats: election.seats,
                                                                    allocated: allocated, kind: kind), at: at))
                }
            } else {
                found.append(Diagnostic(severity: .warning, message: .delegationNotAllocated(election: election.id),
                                        location: at))
            }
            if election.body == .daiBieuDuKhuyet {
                for (position, candidate) in election.candidates.enumerated() where officials.contains(candidate) {
                    found.append(.error(.alternateAlreadyOfficial(election: election.id, candidate: candidate.rawValue),
                                        at: congress.position("\(Paths.election(index)).candidates[\(position + 1)]",
                                                              or: election.location)))
                }
            } else {
                officials.formUnion(ElectionOutcome(election, congress: congress).elected.map(\.person))
            }
        }
        return found
    }
}
