import CongressModel
import Diagnostics
import Elections

/// `elections:` — each election, its candidate list, the threshold base and every round's counts.
enum ElectionsReader {
    static func elections(_ cursor: Cursor) -> [Election]? {
        guard let entries = cursor.list() else { return nil }
        let elections = entries.map(election)
        return elections.contains { $0 == nil } ? nil : elections.compactMap { $0 }
    }

    static func election(_ cursor: Cursor) -> Election? {
        guard let map = cursor.map(keys: CongressFields.election.keys) else { return nil }
        let id = map.required("id")?.scalarText(expecting: .text)
        let body = map.required("body")?.choice(ElectedBody.self)
        let seats = map.required("seats")?.integer(minimum: 1)
        let candidates = map.required("candidates")?.personReferences()
        let base = PeopleReader.optional(map, "base") { $0.integer(minimum: 0) }
        let exclusions = PeopleReader.optional(map, "exclusions") { reasonCounts($0) }
        let incumbents = PeopleReader.optional(map, "incumbents") { $0.personReferences() }
        let holder = PeopleReader.optional(map, "held_by") { $0.choice(ElectionHolder.self) }
        let rounds = map.required("rounds").flatMap { $0.list() }.map { $0.map(round) }
        let opinion = PeopleReader.optional(map, "floor_opinion") { floorOpinion($0) }
        guard let id, let body, let seats, let candidates, let base, let exclusions, let incumbents, let rounds, let holder,
              let opinion, !rounds.contains(where: { $0 == nil }) else { return nil }
        var election = Election(id: id, body: body, seats: seats, candidates: candidates, baseExclusions: exclusions ?? [],
                                declaredBase: base, rounds: rounds.compactMap { $0 }, incumbents: incumbents ?? [],
                                location: cursor.location)
        election.statedHolder = holder
        election.floorOpinion = opinion
        return election
    }

    /// `floor_opinion:` — the ballots of the opinion asked on the nominees from the floor and on those withdrawing,
    /// and per person the ballots that agree (`{duc: 9}`, read as `votes:` is).
    static func floorOpinion(_ cursor: Cursor) -> FloorOpinion? {
        guard let map = cursor.map(keys: CongressFields.floorOpinion.keys) else { return nil }
        let ballots = secretBallots(map, at: cursor)
        let nominated = PeopleReader.optional(map, "nominated") { votes($0) }
        let withdrawing = PeopleReader.optional(map, "withdrawing") { votes($0) }
        guard let ballots, let nominated, let withdrawing else { return nil }
        let opinions = { (entries: [(candidate: PersonID, votes: Int)]?) in
            (entries ?? []).map { PersonOpinion(person: $0.candidate, agree: $0.votes) }
        }
        return FloorOpinion(ballots: ballots, nominated: opinions(nominated), withdrawing: opinions(withdrawing),
                            location: cursor.location)
    }

    /// The four ballot counts of a secret vote, from a map already read (`floor_opinion:` or a motion's `secret:`).
    static func secretBallots(_ map: MapCursor, at cursor: Cursor) -> BallotCounts? {
        let issued = map.required("issued")?.integer(minimum: 0)
        let collected = map.required("collected")?.integer(minimum: 0)
        let valid = map.required("valid")?.integer(minimum: 0)
        let invalid = map.required("invalid")?.integer(minimum: 0)
        guard let issued, let collected, let valid, let invalid else { return nil }
        return BallotCounts(issued: issued, collected: collected, valid: valid, invalid: invalid)
    }

    static func round(_ cursor: Cursor) -> VotingRound? {
        guard let map = cursor.map(keys: CongressFields.round.keys) else { return nil }
        let issued = map.required("issued")?.integer(minimum: 0)
        let collected = map.required("collected")?.integer(minimum: 0)
        let valid = map.required("valid")?.integer(minimum: 0)
        let invalid = map.required("invalid")?.integer(minimum: 0)
        let reasons = PeopleReader.optional(map, "invalid_reasons") { reasonCounts($0) }
        let votes = map.required("votes").flatMap(self.votes)
        let checkCode = PeopleReader.optional(map, "check_code") { $0.scalarText(expecting: .text) }
        // Read like any `{file: …}` text: inside the congress folder only, UTF-8, no control character but tab and LF.
        let entryLog = PeopleReader.optional(map, "entry_log") { $0.text() }
        guard let issued, let collected, let valid, let invalid, let reasons, let votes, let checkCode, let entryLog else { return nil }
        var round = VotingRound(issued: issued, collected: collected, valid: valid, invalid: invalid,
                                invalidReasons: reasons ?? [], votes: votes, location: cursor.location)
        round.checkCode = checkCode
        round.entryLog = entryLog
        return round
    }

    /// `votes: {hoa: 281, nam: 270}` — person id → votes, in the order written.
    static func votes(_ cursor: Cursor) -> [(candidate: PersonID, votes: Int)]? {
        guard case let .mapping(mapping) = cursor.node else {
            cursor.wrongType(.map)
            return nil
        }
        var result: [(candidate: PersonID, votes: Int)] = []
        var ok = true
        for (keyNode, valueNode) in mapping {
            let key = Cursor(node: keyNode, path: cursor.path, context: cursor.context)
            let value = Cursor(node: valueNode, path: "\(cursor.path).\(keyNode.string ?? "")", context: cursor.context)
            cursor.context.positions[value.path] = value.location
            guard let id = key.personReference(), let count = value.integer(minimum: 0) else {
                ok = false
                continue
            }
            result.append((id, count))
        }
        return ok ? result : nil
    }

    /// A list of `{reason: text, count: integer}`.
    static func reasonCounts(_ cursor: Cursor) -> [BaseExclusion]? {
        guard let entries = cursor.list() else { return nil }
        let items = entries.map { entry -> BaseExclusion? in
            guard let map = entry.map(keys: CongressFields.reasonCount.keys) else { return nil }
            let reason = map.required("reason")?.text()
            let count = map.required("count")?.integer(minimum: 0)
            guard let reason, let count else { return nil }
            return BaseExclusion(reason: reason, count: count)
        }
        return items.contains { $0 == nil } ? nil : items.compactMap { $0 }
    }
}
