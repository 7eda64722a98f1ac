import Foundation
import GRDB
import Synchronization

/// Sổ kiểm phiếu — `kiem-phieu.sqlite` beside the congress file: one SQLite database in WAL mode (GRDB), synchronous
/// FULL, so a ballot is acknowledged only after its transaction is on disk, and killing the server at any moment
/// loses nothing acknowledged. Every write is one transaction of GRDB's serialised writer: two clerks entering at
/// once never lose or duplicate an entry. The rules of what may be entered are `CountSession`'s; the store keeps the
/// log and refuses only what the schema or the log itself forbids.
public final class CountStore: Sendable {
    public static let fileName = "kiem-phieu.sqlite"
    let pool: DatabasePool
    let clock: @Sendable () -> String
    /// Members by their token's hash, once looked up (members are only ever added, never changed).
    private let memberByTokenHash = Mutex<[String: Member]>([:])
    /// The log's writes, committed together when they arrive together (`GroupCommit`).
    private let group: GroupCommit

    /// Opens (creating when absent) the database at `path`.
    public init(path: String, clock: @escaping @Sendable () -> String = CountStore.utcNow) throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            // No checkpoint inside a commit that acknowledges ballots: `WALCheckpointer` runs them beside it.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
        }
        configuration.busyMode = .timeout(10)
        pool = try DatabasePool(path: path, configuration: configuration)
        try CountSchema.migrator().migrate(pool)
        self.clock = clock
        let checkpointer = try WALCheckpointer(path: path)
        group = GroupCommit(pool: pool, afterCommit: { checkpointer.committed() })
    }

    @Sendable public static func utcNow() -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.string(from: Date())
    }

    // MARK: Settings and members

    /// A setting written once when the count is opened (`entries_per_pile`); later writes of the same key are refused.
    public func setting(_ key: String) throws -> String? {
        try pool.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) }
    }

    public func setSettingOnce(_ key: String, _ value: String) throws {
        try pool.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", arguments: [key, value])
        }
    }

    public func members() throws -> [Member] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, role FROM member ORDER BY id").map {
                Member(id: $0["id"], name: $0["name"], role: Member.Role(rawValue: $0["role"]) ?? .clerk)
            }
        }
    }

    /// Adds the board's members with fresh tokens when the database has none; returns each with the token to show
    /// once, or `[]` when the members exist already (their tokens are not stored and cannot be shown again).
    public func issueTokens(head: String, clerks: [String]) throws -> [(member: Member, token: String)] {
        try pool.write { db in
            guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM member") == 0 else { return [] }
            var generator = SystemRandomNumberGenerator()
            var issued: [(member: Member, token: String)] = []
            for (name, role) in [(head, Member.Role.head)] + clerks.map({ ($0, Member.Role.clerk) }) {
                let token = AccessToken.generate(using: &generator)
                try db.execute(sql: "INSERT INTO member (name, role, token_hash, at) VALUES (?, ?, ?, ?)",
                               arguments: [name, role.rawValue, AccessToken.hash(token), clock()])
                issued.append((Member(id: db.lastInsertedRowID, name: name, role: role), token))
            }
            return issued
        }
    }

    public func member(token: String) throws -> Member? {
        let hash = AccessToken.hash(token)
        if let known = memberByTokenHash.withLock({ $0[hash] }) { return known }
        let found = try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT id, name, role FROM member WHERE token_hash = ?", arguments: [hash]).map {
                Member(id: $0["id"], name: $0["name"], role: Member.Role(rawValue: $0["role"]) ?? .clerk)
            }
        }
        if let found { memberByTokenHash.withLock { $0[hash] = found } }
        return found
    }

    /// How many rounds are published.
    public func publicationCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM publication") ?? 0 }
    }

    // MARK: The log

    /// Everything logged for one round, in log order.
    public struct RoundLog: Sendable {
        public var handedOut: [(id: Int64, figures: BallotsHandedOut, head: Int64, at: String)]
        public var entries: [BallotEntry]
        public var closings: [PileClosing]
        public var decisions: [HeadDecision]
        public var publication: (checkCode: String, head: Int64, at: String)?
        /// Tally mode: the groups' sheets as entered, and the head's decisions on single figures.
        public var tallyEntries: [TallyEntry] = []
        public var tallyDecisions: [TallyDecision] = []

        /// Whether the round is counted by groups' tally sheets rather than ballot by ballot.
        public var isTallyMode: Bool { !tallyEntries.isEmpty }

        /// The latest figures the head recorded.
        public var latestHandedOut: BallotsHandedOut? { handedOut.last?.figures }
    }

    public func log(election: String, round: Int) throws -> RoundLog {
        try pool.read { db in try Self.log(db, election: election, round: round) }
    }

    static func log(_ db: Database, election: String, round: Int) throws -> RoundLog {
        let args: StatementArguments = [election, round]
        let handed = try Row.fetchAll(db, sql: "SELECT * FROM handed_out WHERE election = ? AND round = ? ORDER BY id", arguments: args)
            .map { (id: $0["id"] as Int64, figures: BallotsHandedOut(issued: $0["issued"], collected: $0["collected"]),
                    head: $0["head"] as Int64, at: $0["at"] as String) }
        let entries = try Row.fetchAll(db, sql: "SELECT * FROM entry WHERE election = ? AND round = ? ORDER BY id", arguments: args)
            .map { BallotEntry(id: $0["id"], pile: $0["pile"], position: $0["position"], clerk: $0["clerk"],
                               revision: $0["revision"], reading: $0["reading"], at: $0["at"]) }
        let closings = try Row.fetchAll(db, sql: "SELECT * FROM closing WHERE election = ? AND round = ? ORDER BY id", arguments: args)
            .map { PileClosing(id: $0["id"], pile: $0["pile"], clerk: $0["clerk"], ballots: $0["ballots"], at: $0["at"]) }
        let decisions = try Row.fetchAll(db, sql: "SELECT * FROM decision WHERE election = ? AND round = ? ORDER BY id", arguments: args)
            .map { HeadDecision(id: $0["id"], pile: $0["pile"], position: $0["position"], head: $0["head"],
                                reading: $0["reading"], at: $0["at"]) }
        let publication = try Row.fetchOne(db, sql: "SELECT * FROM publication WHERE election = ? AND round = ?", arguments: args)
            .map { (checkCode: $0["check_code"] as String, head: $0["head"] as Int64, at: $0["at"] as String) }
        return RoundLog(handedOut: handed, entries: entries, closings: closings, decisions: decisions, publication: publication,
                        tallyEntries: try tallyEntries(db, election: election, round: round),
                        tallyDecisions: try tallyDecisions(db, election: election, round: round))
    }

    static func isPublished(_ db: Database, election: String, round: Int) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM publication WHERE election = ? AND round = ?)",
                          arguments: [election, round]) ?? false
    }

    /// Runs `body` as one write (the session's checks and the insert together, so nothing can slip in between them),
    /// committed with the writes that arrive with it (`GroupCommit`); returns once committed.
    func writeNow<T>(_ body: @escaping (Database) throws -> T) throws -> T {
        try group.write(body)
    }

    /// The rounds that have a publication, as (election, round, check code).
    public func publications() throws -> [(election: String, round: Int, checkCode: String)] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT election, round, check_code FROM publication ORDER BY id").map {
                (election: $0["election"] as String, round: $0["round"] as Int, checkCode: $0["check_code"] as String)
            }
        }
    }

    /// A number that grows with every row logged: the hall view polls nothing, it waits for this to change.
    public func version() throws -> Int64 {
        try pool.read { db in
            try Int64.fetchOne(db, sql: """
                SELECT (SELECT COUNT(*) FROM entry) + (SELECT COUNT(*) FROM closing) + (SELECT COUNT(*) FROM decision)
                     + (SELECT COUNT(*) FROM handed_out) + (SELECT COUNT(*) FROM publication)
                     + (SELECT COUNT(*) FROM tally_entry) + (SELECT COUNT(*) FROM tally_decision)
                """) ?? 0
        }
    }
}
