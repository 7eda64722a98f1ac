import CongressModel
import Diagnostics

/// Mã cuộc bầu — each election has an id of its own, in the id alphabet (`Identifier`).
///
/// The id names the election in every message and the papers of each election (one vote-count sheet per
/// round); two elections with one id, or an id such as `../../x`, cannot be told apart or safely written.
struct ElectionIdentifiers {
    func check(_ congress: Congress) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var seen: Set<String> = []
        for (index, election) in congress.elections.enumerated() {
            let key = "\(Paths.election(index)).id"
            let at = congress.position(key, or: election.location)
            if !Identifier.isValid(election.id) {
                found.append(.error(.invalidIdentifier(key: key, id: election.id), at: at))
            } else if !seen.insert(election.id).inserted {
                found.append(.error(.duplicateIdentifier(key: "elections", id: election.id), at: at))
            }
        }
        return found
    }
}
