import CongressModel
import Diagnostics

/// `first_meeting:` (the new committee's first meeting: its day, chair and counting board) and `delegation:`
/// (the delegates to the superior congress allocated from above).
enum FirstMeetingReader {
    /// `first_meeting: {date: 2020-05-19, chair: [huy], vote_counting: [a, b, c], absent: [d]}` — every key optional.
    static func firstMeeting(_ cursor: Cursor) -> FirstMeeting? {
        guard let map = cursor.map(keys: CongressFields.firstMeeting.keys) else { return nil }
        let date = PeopleReader.optional(map, "date") { $0.date() }
        let chair = PeopleReader.optional(map, "chair") { $0.personReferences() }
        let counting = PeopleReader.optional(map, "vote_counting") { $0.personReferences() }
        let absent = PeopleReader.optional(map, "absent") { $0.personReferences() }
        guard let date, let chair, let counting, let absent else { return nil }
        var meeting = FirstMeeting(date: date, chair: chair ?? [], voteCounting: counting ?? [], location: cursor.location)
        meeting.absent = absent ?? []
        return meeting
    }

    /// `delegation: {official: 3, alternate: 1}` — the numbers the superior committee allocated.
    static func delegation(_ cursor: Cursor) -> DelegationAllocation? {
        guard let map = cursor.map(keys: CongressFields.delegation.keys) else { return nil }
        let official = map.required("official")?.integer(minimum: 0)
        let alternate = PeopleReader.optional(map, "alternate") { $0.integer(minimum: 0) }
        guard let official, let alternate else { return nil }
        return DelegationAllocation(official: official, alternate: alternate ?? 0, location: cursor.location)
    }
}
