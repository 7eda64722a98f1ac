import CongressModel
import Diagnostics

/// The script's election items name the elections from the one list (issue 13 §2 "Consistency"): an item's
/// `elections:` holds ids of elections the congress holds.
///
/// - An id no election has, or an election of the new committee's first meeting (not the congress's to hold:
///   `Congress.electsAtCongress`), is refused (DH298).
/// - Once the programme names elections this way, every election the congress holds is named by exactly one
///   item (DH299, a warning: the script would skip or repeat it). A programme that names none is not judged
///   (files written before `elections:` existed).
struct ScriptElections {
    func check(_ congress: Congress) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let byId = Dictionary(congress.elections.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var named: [String: Int] = [:]
        var anyNamed = false
        for session in congress.sessions {
            for (index, item) in session.items.enumerated() {
                for (position, id) in item.elections.enumerated() {
                    anyNamed = true
                    let at = congress.position("\(Paths.item(session.kind, index)).elections[\(position + 1)]", or: item.location)
                    guard let election = byId[id] else {
                        found.append(.error(.scriptElectionNotHeldByCongress(item: item.title, election: id, reason: "unknown"), at: at))
                        continue
                    }
                    if congress.heldAtFirstMeeting(election) {
                        found.append(.error(.scriptElectionNotHeldByCongress(item: item.title, election: id, reason: "first-meeting"), at: at))
                        continue
                    }
                    named[id, default: 0] += 1
                }
            }
        }
        guard anyNamed else { return found }
        for election in congress.elections where !congress.heldAtFirstMeeting(election) && named[election.id, default: 0] != 1 {
            found.append(Diagnostic(severity: .warning,
                                    message: .electionNotInScriptOnce(election: election.id, items: named[election.id, default: 0]),
                                    location: election.location))
        }
        return found
    }
}
