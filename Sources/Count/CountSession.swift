import CongressModel
import Derive
import GRDB
import Synchronization
import Tally

/// Phiên kiểm phiếu — the count of one congress: its elections (those the congress itself holds, counted by its
/// Ban Kiểm phiếu), the store, and every rule of who may enter what. Each change is checked and stored in one
/// write transaction; a refusal (`CountRefusal`) stores nothing.
public final class CountSession: Sendable {
    public let congress: Congress
    public let store: CountStore
    /// Số người nhập độc lập mỗi tập — 2 (the default) or 3.
    public let entriesPerPile: Int
    /// The most piles, and ballots in a pile, the count takes (a typo of 10000 is refused, not stored).
    public static let maximumPile = 1_000, maximumPosition = 10_000

    /// The rounds as last derived, with the number of publications they were derived from: a ballot is checked
    /// against its round on every entry, and the rounds change only when a round is published.
    private let roundsCache = Mutex<(publications: Int, rounds: [(ballot: CountedBallot, published: Bool)])?>(nil)

    public init(congress: Congress, store: CountStore, entriesPerPile: Int = 2) {
        self.congress = congress
        self.store = store
        self.entriesPerPile = entriesPerPile
    }

    /// The elections counted: those the congress holds, then those the first meeting of the new committee holds
    /// (Hội nghị lần thứ nhất: Ban Thường vụ, Bí thư, Phó Bí thư, Ủy ban Kiểm tra, its Chủ nhiệm), each in the
    /// order of the file. A first-meeting ballot goes to the committee's members present (`CountedBallot.voters`).
    public var elections: [Election] {
        let list = ElectionList(congress)
        return (list.heldByCongress + list.heldAtFirstMeeting).map(\.election)
    }

    /// The congress with every election's rounds as published by this count (the file's own rounds are replaced:
    /// the count is the source of the figures).
    public func countedCongress() throws -> Congress {
        var counted = congress
        let published = try store.publications()
        for index in counted.elections.indices where elections.contains(where: { $0.id == counted.elections[index].id }) {
            let id = counted.elections[index].id
            var rounds: [VotingRound] = []
            for p in published.filter({ $0.election == id }).sorted(by: { $0.round < $1.round }) {
                var election = counted.elections[index]
                election.rounds = rounds
                guard let ballot = CountedBallot(election, round: p.round, congress: counted) else { break }
                rounds.append(try tally(ballot).round)
            }
            counted.elections[index].rounds = rounds
        }
        return counted
    }

    /// Every round that can be counted now or was counted: the published ones, and the next of each election while
    /// places are open.
    public func rounds() throws -> [(ballot: CountedBallot, published: Bool)] {
        let publications = try store.publicationCount()
        if let cached = roundsCache.withLock({ $0 }), cached.publications == publications { return cached.rounds }
        let rounds = try deriveRounds()
        roundsCache.withLock { $0 = (publications, rounds) }
        return rounds
    }

    private func deriveRounds() throws -> [(ballot: CountedBallot, published: Bool)] {
        let counted = try countedCongress()
        var result: [(ballot: CountedBallot, published: Bool)] = []
        for election in elections {
            guard let current = counted.elections.first(where: { $0.id == election.id }) else { continue }
            for n in 1...(current.rounds.count + 1) {
                var partial = current
                partial.rounds = Array(current.rounds.prefix(n - 1))
                guard let ballot = CountedBallot(partial, round: n, congress: counted) else { break }
                result.append((ballot, n <= current.rounds.count))
            }
        }
        return result
    }

    public func ballot(election: String, round: Int) throws -> CountedBallot {
        guard let found = try rounds().first(where: { $0.ballot.election == election && $0.ballot.round == round }) else {
            throw CountRefusal.unknownRound(election: election, round: round)
        }
        return found.ballot
    }

    // MARK: Reading

    public func reconciliation(_ ballot: CountedBallot) throws -> Reconciliation {
        let log = try store.log(election: ballot.election, round: ballot.round)
        return Reconciliation(entries: log.entries, decisions: log.decisions, closings: log.closings, entriesPerPile: entriesPerPile)
    }

    public func tally(_ ballot: CountedBallot) throws -> RoundTally {
        RoundTally.of(ballot, log: try store.log(election: ballot.election, round: ballot.round),
                      entriesPerPile: entriesPerPile, voters: ballot.voters ?? congress.votersPresent)
    }

    /// The check code of the round's log as the database holds it now.
    public func checkCode(_ ballot: CountedBallot) throws -> String {
        EntryLog.checkCode(ballot: ballot, log: try store.log(election: ballot.election, round: ballot.round),
                           members: try store.members())
    }

    /// A clerk's own entries of a pile (to resume after a restart); never another clerk's.
    public func entries(of clerk: Member, election: String, round: Int, pile: Int) throws -> [BallotEntry] {
        let log = try store.log(election: election, round: round)
        var latest: [Int: BallotEntry] = [:]
        for e in log.entries where e.clerk == clerk.id && e.pile == pile {
            if let known = latest[e.position], known.revision > e.revision { continue }
            latest[e.position] = e
        }
        return latest.values.sorted { $0.position < $1.position }
    }

    // MARK: Changes

    public static func require(_ member: Member, _ role: Member.Role) throws {
        guard member.role == role else { throw CountRefusal.wrongRole(needed: role.vietnamese) }
    }

    static func checkRange(_ field: String, _ value: Int, _ maximum: Int) throws {
        guard (1...maximum).contains(value) else { throw CountRefusal.outOfRange(field: field, value: value) }
    }

    static func refuseIfPublished(_ db: Database, _ ballot: CountedBallot) throws {
        if try CountStore.isPublished(db, election: ballot.election, round: ballot.round) {
            throw CountRefusal.alreadyPublished(election: ballot.election, round: ballot.round)
        }
    }

    /// Enters one ballot. `correction` replaces the clerk's own earlier reading of the position with a new row.
    @discardableResult
    public func enter(_ clerk: Member, election: String, round: Int, pile: Int, position: Int, reading text: String,
                      correction: Bool = false) throws -> BallotEntry {
        try Self.require(clerk, .clerk)
        let ballot = try ballot(election: election, round: round)
        try Self.checkRange("tập", pile, Self.maximumPile)
        try Self.checkRange("vị trí", position, Self.maximumPosition)
        guard let reading = BallotReading(canonical: text) else { throw CountRefusal.malformed("cách đọc phiếu '\(text)'") }
        if let refusal = ballot.refusal(of: reading) { throw refusal }
        let perPile = entriesPerPile, at = store.clock()
        return try store.writeNow { db in
            try Self.refuseIfPublished(db, ballot)
            try Self.refuseIfCountedByTally(db, ballot)
            let args: StatementArguments = [ballot.election, ballot.round, pile]
            let clerks = try Int64.fetchAll(db, sql: """
                SELECT clerk FROM entry WHERE election = ? AND round = ? AND pile = ? GROUP BY clerk ORDER BY MIN(id)
                """, arguments: args)
            if !clerks.contains(clerk.id), clerks.count >= perPile { throw CountRefusal.pileComplete(pile: pile, clerks: perPile) }
            let previous = try Int.fetchOne(db, sql: """
                SELECT MAX(revision) FROM entry WHERE election = ? AND round = ? AND pile = ? AND position = ? AND clerk = ?
                """, arguments: [ballot.election, ballot.round, pile, position, clerk.id])
            switch (previous, correction) {
            case (.some, false): throw CountRefusal.positionAlreadyEntered(pile: pile, position: position)
            case (nil, true): throw CountRefusal.nothingToCorrect(pile: pile, position: position)
            default: break
            }
            let revision = previous.map { $0 + 1 } ?? 0
            try db.execute(sql: """
                INSERT INTO entry (election, round, pile, position, clerk, revision, reading, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [ballot.election, ballot.round, pile, position, clerk.id, revision, reading.canonical, at])
            return BallotEntry(id: db.lastInsertedRowID, pile: pile, position: position, clerk: clerk.id, revision: revision,
                               reading: reading.canonical, at: at)
        }
    }

    /// A clerk closes their entry of a pile with the number of ballots it holds.
    public func close(_ clerk: Member, election: String, round: Int, pile: Int, ballots: Int) throws {
        try Self.require(clerk, .clerk)
        let ballot = try ballot(election: election, round: round)
        try Self.checkRange("tập", pile, Self.maximumPile)
        guard (0...Self.maximumPosition).contains(ballots) else { throw CountRefusal.outOfRange(field: "số phiếu", value: ballots) }
        let at = store.clock()
        try store.writeNow { db in
            try Self.refuseIfPublished(db, ballot)
            try db.execute(sql: "INSERT INTO closing (election, round, pile, clerk, ballots, at) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [ballot.election, ballot.round, pile, clerk.id, ballots, at])
        }
    }

    /// The head records ballots issued and collected (the latest record counts).
    public func recordHandedOut(_ head: Member, election: String, round: Int, issued: Int, collected: Int) throws {
        try Self.require(head, .head)
        let ballot = try ballot(election: election, round: round)
        guard issued >= 0, collected >= 0 else { throw CountRefusal.figuresContradict("số âm") }
        if collected > issued { throw CountRefusal.figuresContradict("thu về \(collected) > phát ra \(issued)") }
        let voters = ballot.voters ?? congress.votersPresent
        if issued > voters { throw CountRefusal.figuresContradict("phát ra \(issued) > số người bầu có mặt \(voters)") }
        let at = store.clock()
        try store.writeNow { db in
            try Self.refuseIfPublished(db, ballot)
            try db.execute(sql: "INSERT INTO handed_out (election, round, issued, collected, head, at) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [ballot.election, ballot.round, issued, collected, head.id, at])
        }
    }

    /// The head decides a mismatch after looking at the physical ballot: a reading, or `Reconciliation.noBallot`.
    public func decide(_ head: Member, election: String, round: Int, pile: Int, position: Int, reading text: String) throws {
        try Self.require(head, .head)
        let ballot = try ballot(election: election, round: round)
        var canonical = Reconciliation.noBallot
        if text != Reconciliation.noBallot {
            guard let reading = BallotReading(canonical: text) else { throw CountRefusal.malformed("cách đọc phiếu '\(text)'") }
            if let refusal = ballot.refusal(of: reading) { throw refusal }
            canonical = reading.canonical
        }
        guard try reconciliation(ballot).mismatches.contains(where: { $0.pile == pile && $0.position == position }) else {
            throw CountRefusal.noMismatchThere(pile: pile, position: position)
        }
        let at = store.clock()
        try store.writeNow { db in
            try Self.refuseIfPublished(db, ballot)
            try db.execute(sql: "INSERT INTO decision (election, round, pile, position, head, reading, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           arguments: [ballot.election, ballot.round, pile, position, head.id, canonical, at])
        }
    }

    /// Công bố — publishes the round when it balances: the check code of its log is stored with the publication, and
    /// the round takes nothing more (the schema's triggers). Returns the tally and the code.
    @discardableResult
    public func publish(_ head: Member, election: String, round: Int) throws -> (tally: RoundTally, checkCode: String) {
        try Self.require(head, .head)
        let ballot = try ballot(election: election, round: round)
        let members = try store.members()
        let perPile = entriesPerPile, voters = ballot.voters ?? congress.votersPresent, at = store.clock()
        return try store.writeNow { db in
            try Self.refuseIfPublished(db, ballot)
            // Read, checked and published in one transaction: no entry can arrive between the check and the code.
            let log = try CountStore.log(db, election: ballot.election, round: ballot.round)
            let tally = RoundTally.of(ballot, log: log, entriesPerPile: perPile, voters: voters)
            guard tally.problems.isEmpty else { throw CountRefusal.notBalanced(tally.problems) }
            let code = EntryLog.checkCode(ballot: ballot, log: log, members: members)
            try db.execute(sql: "INSERT INTO publication (election, round, check_code, head, at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [ballot.election, ballot.round, code, head.id, at])
            return (tally, code)
        }
    }

    /// `daihoi count --verify`: each published round's check code recomputed from the database, beside the one stored
    /// at publication.
    public func verify() throws -> [(election: String, round: Int, stored: String, recomputed: String)] {
        let all = try rounds()
        return try store.publications().map { p in
            let recomputed = try all.first(where: { $0.ballot.election == p.election && $0.ballot.round == p.round })
                .map { try checkCode($0.ballot) } ?? ""
            return (p.election, p.round, p.checkCode, recomputed)
        }
    }
}
