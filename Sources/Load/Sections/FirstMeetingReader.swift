import CongressModel
import Diagnostics

/// `first_meeting:` (the new committee's first meeting: its day, chair and counting board) and `delegation:`
/// (the delegates to the superior congress allocated from above).
enum FirstMeetingReader {
    /// `first_meeting: {date: 2020-05-19, chair: [huy], secretary: [e], vote_counting: [a, b, c], absent: [d],
    /// board_vote: {for: 41}, minutes_vote: {for: 41}}` — every key optional.
    static func firstMeeting(_ cursor: Cursor) -> FirstMeeting? {
        guard let map = cursor.map(keys: CongressFields.firstMeeting.keys) else { return nil }
        let date = PeopleReader.optional(map, "date") { $0.date() }
        let chair = PeopleReader.optional(map, "chair") { $0.personReferences() }
        let counting = PeopleReader.optional(map, "vote_counting") { $0.personReferences() }
        let absent = PeopleReader.optional(map, "absent") { $0.personReferences() }
        let secretary = PeopleReader.optional(map, "secretary") { $0.personReferences() }
        let boardVote = PeopleReader.optional(map, "board_vote") { showOfHands($0) }
        let minutesVote = PeopleReader.optional(map, "minutes_vote") { showOfHands($0) }
        guard let date, let chair, let counting, let absent, let secretary, let boardVote, let minutesVote else { return nil }
        var meeting = FirstMeeting(date: date, chair: chair ?? [], voteCounting: counting ?? [], location: cursor.location)
        meeting.absent = absent ?? []
        meeting.secretary = secretary ?? []
        meeting.boardVote = boardVote
        meeting.minutesVote = minutesVote
        return meeting
    }

    /// `{for: 41, against: 0, abstain: 0}` — a show of hands at the meeting; `for` required.
    static func showOfHands(_ cursor: Cursor) -> ShowOfHands? {
        guard let map = cursor.map(keys: CongressFields.showOfHands.keys) else { return nil }
        let inFavour = map.required("for")?.integer(minimum: 0)
        let against = PeopleReader.optional(map, "against") { $0.integer(minimum: 0) }
        let abstain = PeopleReader.optional(map, "abstain") { $0.integer(minimum: 0) }
        guard let inFavour, let against, let abstain else { return nil }
        return ShowOfHands(inFavour: inFavour, against: against ?? 0, abstained: abstain ?? 0, location: cursor.location)
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
