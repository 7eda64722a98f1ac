import CongressModel
import Diagnostics

/// Các cơ quan làm việc — the bodies that run the congress must exist, and their members be in the room.
///
/// The congress elects a Đoàn Chủ tịch to chair it and a Đoàn Thư ký to keep its minutes (DOMAIN.md §2 (a),
/// chi bộ template steps 2, 9; one person is "Chủ tịch Đại hội" / "Thư ký Đại hội"), and, when it holds a
/// secret ballot, a Ban Kiểm phiếu that counts and signs the vote-count minutes (§2 (d); QĐ 190-QĐ/TW).
/// A member recorded absent (`absent:` in `delegates`) cannot chair, keep minutes, count votes or perform an
/// item of the programme. That is a warning, not an error: the bodies and the script are prepared before the
/// attendance is final, and the papers stay right (they print the names given); the secretaries must correct it.
struct WorkingBodies {
    func check(_ congress: Congress) -> [Diagnostic] {
        empty(congress) + absentServing(congress)
    }

    func empty(_ congress: Congress) -> [Diagnostic] {
        var required: [(body: String, key: String, members: [PersonID])] = [
            ("Đoàn Chủ tịch", "bodies.presidium", congress.bodies.presidium),
            ("Đoàn Thư ký", "bodies.secretariat", congress.bodies.secretariat),
        ]
        if !congress.elections.isEmpty {
            required.append(("Ban Kiểm phiếu", "bodies.vote_counting", congress.bodies.voteCounting))
        }
        return required.filter(\.members.isEmpty).map { body in
            .error(.emptyBody(body: body.body, key: body.key),
                   at: congress.position(body.key, or: congress.position("bodies", or: congress.bodies.location)))
        }
    }

    func absentServing(_ congress: Congress) -> [Diagnostic] {
        let absent = Set(congress.delegates.filter { !$0.isPresent }.map(\.person))
        guard !absent.isEmpty else { return [] }
        var roles: [(key: String, person: PersonID)] = []
        for (key, members) in [("bodies.presidium", congress.bodies.presidium), ("bodies.secretariat", congress.bodies.secretariat),
                               ("bodies.credentials", congress.bodies.credentials), ("bodies.vote_counting", congress.bodies.voteCounting)] {
            roles += members.enumerated().map { ("\(key)[\($0.offset + 1)]", $0.element) }
        }
        for session in congress.sessions {
            for (index, item) in session.items.enumerated() {
                if let performer = item.performer { roles.append(("\(Paths.item(session.kind, index)).performer", performer)) }
            }
        }
        return roles.filter { absent.contains($0.person) }.map { role in
            Diagnostic(severity: .warning, message: .absentServing(person: role.person.rawValue, role: role.key),
                       location: congress.position(role.key, or: nil))
        }
    }
}
