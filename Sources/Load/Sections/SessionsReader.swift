import CongressModel
import Elections

/// `sessions:`, `discussions:` and `motions:` — what happens, when, and how it was voted.
enum SessionsReader {
    static func sessions(_ cursor: Cursor) -> (preparatory: Session?, official: Session)? {
        guard let map = cursor.map(keys: CongressFields.sessions.keys) else { return nil }
        let preparatory = PeopleReader.optional(map, "preparatory") { session($0, kind: .preparatory) }
        let official = map.required("official").flatMap { session($0, kind: .official) }
        guard let preparatory, let official else { return nil }
        return (preparatory, official)
    }

    static func session(_ cursor: Cursor, kind: SessionKind) -> Session? {
        guard let map = cursor.map(keys: CongressFields.session.keys) else { return nil }
        let date = map.required("date")?.date()
        let start = map.required("start")?.time()
        let end = PeopleReader.optional(map, "end") { $0.time() }
        // The actual closing time; 24:00 and later are refused as any time (DH115).
        let closedAt = PeopleReader.optional(map, "closed_at") { $0.time() }
        let items = map.required("items").flatMap(self.items)
        guard let date, let start, let end, let closedAt, let items else { return nil }
        return Session(kind: kind, date: date, start: start, plannedEnd: end, closedAt: closedAt, items: items,
                       location: cursor.location)
    }

    static func items(_ cursor: Cursor) -> [ProgrammeItem]? {
        guard let entries = cursor.list() else { return nil }
        let items = entries.map(item)
        return items.contains { $0 == nil } ? nil : items.compactMap { $0 }
    }

    static func item(_ cursor: Cursor) -> ProgrammeItem? {
        guard let map = cursor.map(keys: CongressFields.item.keys) else { return nil }
        let title = map.required("title")?.text()
        let minutes = map.required("minutes")?.integer(minimum: 0, maximum: IntegerBounds.minutes)
        let performer = PeopleReader.optional(map, "performer") { $0.personReference() }
        let kind = PeopleReader.optional(map, "kind") { $0.choice(ItemKind.self) }
        let lines = PeopleReader.optional(map, "lines") { $0.text() }
        let document = PeopleReader.optional(map, "document") { $0.text() }
        let elections = PeopleReader.optional(map, "elections") { list -> [String]? in
            guard let entries = list.list() else { return nil }
            let ids = entries.map { $0.scalarText(expecting: .text) }
            return ids.contains { $0 == nil } ? nil : ids.compactMap { $0 }
        }
        let invited = PeopleReader.optional(map, "invited") { $0.personReference() }
        let bodies = PeopleReader.optional(map, "bodies") { list -> [WorkingBodyKind]? in
            guard let entries = list.list() else { return nil }
            let kinds = entries.map { $0.choice(WorkingBodyKind.self) }
            return kinds.contains { $0 == nil } ? nil : kinds.compactMap { $0 }
        }
        guard let title, let minutes, let performer, let kind, let lines, let document, let elections, let invited,
              let bodies else { return nil }
        var item = ProgrammeItem(title: title, minutes: minutes, performer: performer, kind: kind ?? .other,
                                 lines: lines, document: document, location: cursor.location)
        item.elections = elections ?? []
        item.invited = invited
        item.bodies = bodies
        return item
    }

    /// Discussions; invalid entries are reported and left out.
    static func discussions(_ cursor: Cursor) -> [Discussion] {
        (cursor.list() ?? []).compactMap { entry in
            guard let map = entry.map(keys: CongressFields.discussion.keys) else { return nil }
            let speaker = map.required("speaker")?.personReference()
            let topic = map.required("topic")?.text()
            guard let speaker, let topic else { return nil }
            return Discussion(speaker: speaker, topic: topic)
        }
    }

    /// `draft_comments:` — the comments on the draft documents; invalid entries are reported and left out.
    static func draftComments(_ cursor: Cursor) -> [DraftComments] {
        (cursor.list() ?? []).compactMap { entry in
            guard let map = entry.map(keys: CongressFields.draftComment.keys) else { return nil }
            let documents = map.required("documents")?.text()
            let count = PeopleReader.optional(map, "count") { $0.integer(minimum: 0) }
            let summary = PeopleReader.optional(map, "summary") { $0.text() }
            let level = PeopleReader.optional(map, "level") { $0.choice(DraftLevel.self) }
            let members = PeopleReader.optional(map, "members") { $0.integer(minimum: 0) }
            let sections = PeopleReader.optional(map, "sections") { list -> [DraftSection]? in
                guard let entries = list.list() else { return nil }
                let read = entries.map(draftSection)
                return read.contains { $0 == nil } ? nil : read.compactMap { $0 }
            }
            guard let documents, let count, let summary, let level, let members, let sections else { return nil }
            var comments = DraftComments(documents: documents, count: count, summary: summary, location: entry.location)
            comments.level = level
            comments.members = members
            comments.sections = sections ?? []
            return comments
        }
    }

    /// One section of `draft_comments[].sections`: its title, counts and the comments as recorded.
    static func draftSection(_ cursor: Cursor) -> DraftSection? {
        guard let map = cursor.map(keys: CongressFields.draftSection.keys) else { return nil }
        let title = map.required("title")?.text()
        let count = PeopleReader.optional(map, "count") { $0.integer(minimum: 0) }
        let members = PeopleReader.optional(map, "members") { $0.integer(minimum: 0) }
        let opinions = PeopleReader.optional(map, "opinions") { list -> [String]? in
            guard let entries = list.list() else { return nil }
            let texts = entries.map { $0.text() }
            return texts.contains { $0 == nil } ? nil : texts.compactMap { $0 }
        }
        guard let title, let count, let members, let opinions else { return nil }
        return DraftSection(title: title, count: count, members: members, opinions: opinions ?? [], location: cursor.location)
    }

    /// Motions; invalid entries are reported and left out.
    static func motions(_ cursor: Cursor) -> [Motion] {
        (cursor.list() ?? []).compactMap { entry in
            guard let map = entry.map(keys: CongressFields.motion.keys)
            else { return nil }
            let subject = map.required("subject")?.text()
            let session = PeopleReader.optional(map, "session") { $0.choice(SessionKind.self) }
            let inFavour = map.required("for")?.integer(minimum: 0)
            let against = PeopleReader.optional(map, "against") { $0.integer(minimum: 0) }
            let abstain = PeopleReader.optional(map, "abstain") { $0.integer(minimum: 0) }
            let resolution = PeopleReader.optional(map, "resolution") { $0.boolean() }
            let minutes = PeopleReader.optional(map, "minutes") { $0.boolean() }
            let workingRules = PeopleReader.optional(map, "working_rules") { $0.boolean() }
            let elects = PeopleReader.optional(map, "elects") { list -> [WorkingBodyKind]? in
                guard let entries = list.list() else { return nil }
                let bodies = entries.map { $0.choice(WorkingBodyKind.self) }
                return bodies.contains { $0 == nil } ? nil : bodies.compactMap { $0 }
            }
            let secret = PeopleReader.optional(map, "secret") { cursor -> (BallotCounts, [BaseExclusion])? in
                guard let ballots = cursor.map(keys: CongressFields.secretBallots.keys) else { return nil }
                let counts = ElectionsReader.secretBallots(ballots, at: cursor)
                let exclusions = PeopleReader.optional(ballots, "exclusions") { ElectionsReader.reasonCounts($0) }
                guard let counts, let exclusions else { return nil }
                return (counts, exclusions ?? [])
            }
            guard let subject, let session, let inFavour, let against, let abstain, let resolution, let minutes, let elects,
                  let workingRules, let secret
            else { return nil }
            var motion = Motion(subject: subject, session: session ?? .official, inFavour: inFavour, against: against ?? 0,
                                abstained: abstain ?? 0, adoptsResolution: resolution ?? false, location: entry.location)
            motion.approvesMinutes = minutes ?? false
            motion.adoptsWorkingRules = workingRules ?? false
            motion.elects = elects ?? []
            motion.secret = secret?.0
            motion.secretBaseExclusions = secret?.1 ?? []
            return motion
        }
    }
}
