/// Rows of the append-only entry log (nhật ký nhập phiếu), as the store reads them back. Nothing in the log is ever
/// updated or deleted: a clerk's correction is a new row with the next revision, a decision is a new row, and the
/// latest row of each kind is what counts (the schema's triggers refuse UPDATE and DELETE, `CountStore`).

/// One ballot as one clerk entered it.
public struct BallotEntry: Sendable, Hashable {
    /// The row id: the order of the log.
    public var id: Int64
    /// Tập phiếu — the pile, 1-based.
    public var pile: Int
    /// The ballot's place in the pile as it lies, 1-based.
    public var position: Int
    /// The clerk (a member of the counting board).
    public var clerk: Int64
    /// 0 for the first entry; each correction by the same clerk adds one.
    public var revision: Int
    /// `BallotReading.canonical`.
    public var reading: String
    /// When the transaction committed (ISO 8601, UTC).
    public var at: String

    public init(id: Int64, pile: Int, position: Int, clerk: Int64, revision: Int, reading: String, at: String) {
        self.id = id
        self.pile = pile
        self.position = position
        self.clerk = clerk
        self.revision = revision
        self.reading = reading
        self.at = at
    }
}

/// Quyết định của Trưởng ban — the head looked at the physical ballot and records which reading is right.
public struct HeadDecision: Sendable, Hashable {
    public var id: Int64
    public var pile: Int
    public var position: Int
    /// The head who decided.
    public var head: Int64
    /// `BallotReading.canonical`.
    public var reading: String
    public var at: String

    public init(id: Int64, pile: Int, position: Int, head: Int64, reading: String, at: String) {
        self.id = id
        self.pile = pile
        self.position = position
        self.head = head
        self.reading = reading
        self.at = at
    }
}

/// A clerk's statement that the pile is entered: how many ballots it holds.
public struct PileClosing: Sendable, Hashable {
    public var id: Int64
    public var pile: Int
    public var clerk: Int64
    /// Số phiếu trong tập — as the clerk counted them.
    public var ballots: Int
    public var at: String

    public init(id: Int64, pile: Int, clerk: Int64, ballots: Int, at: String) {
        self.id = id
        self.pile = pile
        self.clerk = clerk
        self.ballots = ballots
        self.at = at
    }
}

/// Số phiếu phát ra, thu về — as the head records them (the latest row counts).
public struct BallotsHandedOut: Sendable, Hashable {
    public var issued: Int
    public var collected: Int

    public init(issued: Int, collected: Int) {
        self.issued = issued
        self.collected = collected
    }
}
