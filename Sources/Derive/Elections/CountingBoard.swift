import Template

/// Ban Kiểm phiếu as the papers list it: the members in the data's order, the first one its head (Trưởng ban),
/// as `bodies.vote_counting` and `first_meeting.vote_counting` say (the vote-count templates, 123doc 11336936,
/// name the roles; reviews/papers.md §2.6). One place for the congress's board and the first meeting's.
enum CountingBoard {
    /// Each member's person value with `head` set: true for the first, false for the others.
    static func members(_ people: [TemplateValue]) -> [TemplateValue] {
        people.enumerated().map { index, person in
            guard case .object(var values) = person else { return person }
            values["head"] = .bool(index == 0)
            return .object(values)
        }
    }
}
