import CongressModel
import Diagnostics

/// Each person once in a body or a list.
///
/// The Đoàn Chủ tịch, Đoàn Thư ký, Ban Thẩm tra and Ban Kiểm phiếu are elected by name, and "Ban Kiểm phiếu
/// gồm … đồng chí" counts them (DOMAIN.md §2 (a), (d)); a candidate list ("danh sách bầu cử") prints each
/// name once on the ballot (QĐ 190-QĐ/TW). A name written twice inflates the count or the ballot.
struct OnePersonOnce {
    func check(_ congress: Congress) -> [Diagnostic] {
        var lists: [(key: String, people: [PersonID])] = [
            ("bodies.presidium", congress.bodies.presidium),
            ("bodies.secretariat", congress.bodies.secretariat),
            ("bodies.credentials", congress.bodies.credentials),
            ("bodies.vote_counting", congress.bodies.voteCounting),
            ("guests", congress.guests.map(\.person)),
        ]
        for (index, election) in congress.elections.enumerated() {
            lists.append(("\(Paths.election(index)).candidates", election.candidates))
            lists.append(("\(Paths.election(index)).incumbents", election.incumbents))
        }
        var found: [Diagnostic] = []
        for list in lists {
            var seen: Set<PersonID> = []
            for (position, person) in list.people.enumerated() where !seen.insert(person).inserted {
                found.append(.error(.personTwiceInList(person: person.rawValue, list: list.key),
                                    at: congress.position("\(list.key)[\(position + 1)]", or: congress.bodies.location)))
            }
        }
        return found
    }
}
