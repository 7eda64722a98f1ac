import CongressModel
import Diagnostics

/// Khách mời được mời, không được phân công — the superior's representative is invited to speak, not assigned.
///
/// The review of the assignment sheets (reviews/papers.md §2.3) found a phân công sheet issued to the superior
/// guest, whose "lines" were the presidium's invitation. A guest who performs an item is warned (DH184: name
/// them in `invited:`, the chair reads the invitation); an `invited:` who is not among the guests is warned
/// (DH185).
struct InvitedGuests {
    func check(_ congress: Congress) -> [Diagnostic] {
        let guests = Set(congress.guests.map(\.person))
        return congress.sessions.flatMap { session in
            session.items.enumerated().flatMap { index, item -> [Diagnostic] in
                let path = Paths.item(session.kind, index)
                var found: [Diagnostic] = []
                if let performer = item.performer, guests.contains(performer) {
                    found.append(Diagnostic(severity: .warning, message: .guestAssigned(item: item.title, person: performer.rawValue),
                                            location: congress.position("\(path).performer", or: item.location)))
                }
                if let invited = item.invited, !guests.contains(invited) {
                    found.append(Diagnostic(severity: .warning, message: .invitedNotAGuest(item: item.title, person: invited.rawValue),
                                            location: congress.position("\(path).invited", or: item.location)))
                }
                return found
            }
        }
    }
}
