import GRDB

/// Rows of the tally-mode log, as the store reads them back (append-only like the ballot log, `LogRows.swift`).

/// One counting group's sheet as one clerk entered it.
public struct TallyEntry: Sendable, Hashable {
    /// The row id: the order of the log.
    public var id: Int64
    /// Tổ kiểm phiếu — the counting group, 1-based.
    public var group: Int
    public var clerk: Int64
    /// 0 for the first entry; each correction by the same clerk adds one.
    public var revision: Int
    /// `TallySheet.canonical(for:)`.
    public var sheet: String
    public var at: String

    public init(id: Int64, group: Int, clerk: Int64, revision: Int, sheet: String, at: String) {
        self.id = id
        self.group = group
        self.clerk = clerk
        self.revision = revision
        self.sheet = sheet
        self.at = at
    }
}

/// Quyết định của Trưởng ban on one figure of one group's sheet, after recounting or reading the paper sheet.
public struct TallyDecision: Sendable, Hashable {
    public var id: Int64
    public var group: Int
    /// The field (`TallySheet.fieldNames(for:)`): `valid`, `votes.3` …
    public var field: String
    public var value: Int
    public var head: Int64
    public var at: String

    public init(id: Int64, group: Int, field: String, value: Int, head: Int64, at: String) {
        self.id = id
        self.group = group
        self.field = field
        self.value = value
        self.head = head
        self.at = at
    }
}

extension CountStore {
    static func tallyEntries(_ db: Database, election: String, round: Int) throws -> [TallyEntry] {
        try Row.fetchAll(db, sql: "SELECT * FROM tally_entry WHERE election = ? AND round = ? ORDER BY id",
                         arguments: [election, round])
            .map { TallyEntry(id: $0["id"], group: $0["grp"], clerk: $0["clerk"], revision: $0["revision"],
                              sheet: $0["sheet"], at: $0["at"]) }
    }

    static func tallyDecisions(_ db: Database, election: String, round: Int) throws -> [TallyDecision] {
        try Row.fetchAll(db, sql: "SELECT * FROM tally_decision WHERE election = ? AND round = ? ORDER BY id",
                         arguments: [election, round])
            .map { TallyDecision(id: $0["id"], group: $0["grp"], field: $0["field"], value: $0["value"],
                                 head: $0["head"], at: $0["at"]) }
    }
}
