import CongressModel
import Diagnostics

/// `delegates:`, `attendance:`, `guests:` and `bodies:` — who is summoned, who is invited, who serves.
enum DelegatesReader {
    static func delegates(_ cursor: Cursor) -> [Delegate]? {
        guard let entries = cursor.list() else { return nil }
        let delegates = entries.map(delegate)
        return delegates.contains { $0 == nil } ? nil : delegates.compactMap { $0 }
    }

    /// A bare id (present, no category) or `{person, category, absent, excused, exempt, delegation}`.
    static func delegate(_ cursor: Cursor) -> Delegate? {
        if case .scalar = cursor.node {
            guard let id = cursor.personReference() else { return nil }
            cursor.context.delegateLocations.append(cursor.location)
            return Delegate(person: id, location: cursor.location)
        }
        guard case .mapping = cursor.node else {
            cursor.wrongType(.personOrMap)
            return nil
        }
        guard let map = cursor.map(keys: CongressFields.delegate.keys) else { return nil }
        let person = map.required("person")?.personReference()
        if let at = map.optional("person")?.location { cursor.context.delegateLocations.append(at) }
        let category = PeopleReader.optional(map, "category") { $0.choice(DelegateCategory.self) }
        let reason = PeopleReader.optional(map, "absent") { $0.text() }
        let excused = PeopleReader.optional(map, "excused") { $0.boolean() }
        let exempt = PeopleReader.optional(map, "exempt") { $0.boolean() }
        let delegation = PeopleReader.optional(map, "delegation") { $0.text() }
        guard let person, let category, let reason, let excused, let exempt, let delegation else { return nil }
        let absence = reason.map { Absence(reason: $0, excused: excused ?? true) }
        return Delegate(person: person, category: category, absence: absence, exempt: exempt ?? false,
                        delegation: delegation, location: cursor.location)
    }

    /// The announced figures `{summoned, present, absent}`; cross-checked later.
    static func attendance(_ cursor: Cursor) -> DeclaredAttendance? {
        guard let map = cursor.map(keys: CongressFields.attendance.keys) else { return nil }
        var figures: [String: Int] = [:]
        for key in CongressFields.attendance.keys {
            guard let value = map.required(key) else { continue }
            cursor.context.attendanceLocations[key] = value.location
            figures[key] = value.integer(minimum: 0)
        }
        guard let summoned = figures["summoned"], let present = figures["present"], let absent = figures["absent"] else {
            return nil
        }
        return DeclaredAttendance(summoned: summoned, present: present, absent: absent, location: cursor.location)
    }

    /// Guests: a bare id or `{person, superior}`. Invalid entries are reported and left out.
    static func guests(_ cursor: Cursor) -> [Guest] {
        (cursor.list() ?? []).compactMap { entry in
            if case .scalar = entry.node {
                return entry.personReference().map { Guest(person: $0) }
            }
            guard case .mapping = entry.node else {
                entry.wrongType(.personOrMap)
                return nil
            }
            guard let map = entry.map(keys: CongressFields.guest.keys) else { return nil }
            let person = map.required("person")?.personReference()
            let superior = PeopleReader.optional(map, "superior") { $0.boolean() }
            guard let person, let superior else { return nil }
            return Guest(person: person, superior: superior ?? false)
        }
    }

    static func bodies(_ cursor: Cursor) -> CongressBodies? {
        guard let map = cursor.map(keys: CongressFields.bodies.keys) else { return nil }
        let presidium = map.required("presidium")?.personReferences()
        let secretariat = map.required("secretariat")?.personReferences()
        let credentials = PeopleReader.optional(map, "credentials") { $0.personReferences() }
        let voteCounting = PeopleReader.optional(map, "vote_counting") { $0.personReferences() }
        guard let presidium, let secretariat, let credentials, let voteCounting else { return nil }
        return CongressBodies(presidium: presidium, secretariat: secretariat, credentials: credentials ?? [],
                              voteCounting: voteCounting ?? [], location: map.required("presidium")?.location)
    }
}
