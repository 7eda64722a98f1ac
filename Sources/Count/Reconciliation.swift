/// Đối chiếu — the entries of every pile compared position by position (each pile entered independently by
/// `entriesPerPile` different clerks, the Kiesraad's double entry): where the clerks agree the reading stands; where
/// they differ, or one of them has no entry at that position, it is a mismatch the head resolves by looking at the
/// physical ballot (`HeadDecision`). Pure: the store hands it the log, it decides nothing else.
public struct Reconciliation: Sendable, Equatable {
    /// One pile as entered.
    public struct Pile: Sendable, Equatable {
        public var number: Int
        /// The clerks who entered the pile, in the order they began (the first `entriesPerPile` count).
        public var clerks: [Int64]
        /// Ballots each of those clerks entered (positions with a reading).
        public var entered: [Int64: Int]
        /// The ballot count each clerk stated when closing the pile (absent while the clerk is still entering).
        public var closed: [Int64: Int]
        /// Whether enough clerks entered and closed the pile for it to be compared.
        public var isComparable: Bool
        /// The positions compared (1 … the highest position any clerk entered).
        public var positions: Int
    }

    /// A position where the clerks' readings differ (or one is missing).
    public struct Mismatch: Sendable, Equatable {
        public var pile: Int
        public var position: Int
        /// Each clerk's latest reading, `nil` where the clerk has none, in the order of `Pile.clerks`.
        public var readings: [(clerk: Int64, reading: String?)]
        /// The head's decision, when made.
        public var decision: HeadDecision?

        public static func == (l: Mismatch, r: Mismatch) -> Bool {
            l.pile == r.pile && l.position == r.position && l.decision == r.decision
                && l.readings.map(\.clerk) == r.readings.map(\.clerk) && l.readings.map(\.reading) == r.readings.map(\.reading)
        }
    }

    /// A decision that no ballot lies at the position (a clerk entered one too many): it counts for nothing.
    public static let noBallot = "none"

    public var piles: [Pile]
    /// Every mismatch of the comparable piles, by pile then position; decided ones stay listed with their decision.
    public var mismatches: [Mismatch]
    /// The reading that counts for each position of the comparable piles: agreed, or decided.
    /// Undecided mismatches have none.
    public var final: [BallotKey: String]

    /// Mismatches without a decision.
    public var open: [Mismatch] { mismatches.filter { $0.decision == nil } }

    public struct BallotKey: Sendable, Hashable, Comparable {
        public var pile: Int
        public var position: Int
        public init(pile: Int, position: Int) {
            self.pile = pile
            self.position = position
        }
        public static func < (l: BallotKey, r: BallotKey) -> Bool { (l.pile, l.position) < (r.pile, r.position) }
    }

    public init(entries: [BallotEntry], decisions: [HeadDecision], closings: [PileClosing], entriesPerPile: Int) {
        // The latest revision of each clerk's reading, per position.
        var latest: [BallotKey: [Int64: BallotEntry]] = [:]
        var clerkOrder: [Int: [Int64]] = [:]
        for entry in entries.sorted(by: { $0.id < $1.id }) {
            let key = BallotKey(pile: entry.pile, position: entry.position)
            if let known = latest[key]?[entry.clerk], known.revision > entry.revision { continue }
            latest[key, default: [:]][entry.clerk] = entry
            if !(clerkOrder[entry.pile] ?? []).contains(entry.clerk) { clerkOrder[entry.pile, default: []].append(entry.clerk) }
        }
        var decided: [BallotKey: HeadDecision] = [:]
        for d in decisions.sorted(by: { $0.id < $1.id }) { decided[BallotKey(pile: d.pile, position: d.position)] = d }
        var closedBy: [Int: [Int64: Int]] = [:]
        for c in closings.sorted(by: { $0.id < $1.id }) { closedBy[c.pile, default: [:]][c.clerk] = c.ballots }

        var piles: [Pile] = [], mismatches: [Mismatch] = [], final: [BallotKey: String] = [:]
        for number in clerkOrder.keys.sorted() {
            let clerks = Array(clerkOrder[number, default: []].prefix(entriesPerPile))
            let keys = latest.keys.filter { $0.pile == number }
            let highest = keys.map(\.position).max() ?? 0
            var entered: [Int64: Int] = [:]
            for key in keys { for clerk in clerks where latest[key]?[clerk] != nil { entered[clerk, default: 0] += 1 } }
            let closed = (closedBy[number] ?? [:]).filter { clerks.contains($0.key) }
            let comparable = clerks.count == entriesPerPile && clerks.allSatisfy { closed[$0] != nil }
            piles.append(Pile(number: number, clerks: clerks, entered: entered, closed: closed,
                              isComparable: comparable, positions: highest))
            guard comparable else { continue }
            for position in 1...max(1, highest) where highest > 0 {
                let key = BallotKey(pile: number, position: position)
                let readings = clerks.map { (clerk: $0, reading: latest[key]?[$0]?.reading) }
                let first = readings[0].reading
                if let first, readings.allSatisfy({ $0.reading == first }) {
                    final[key] = first
                } else {
                    let decision = decided[key]
                    mismatches.append(Mismatch(pile: number, position: position, readings: readings, decision: decision))
                    if let decision, decision.reading != Self.noBallot { final[key] = decision.reading }
                }
            }
        }
        self.piles = piles
        self.mismatches = mismatches
        self.final = final
    }

    public static func == (l: Reconciliation, r: Reconciliation) -> Bool {
        l.piles == r.piles && l.mismatches == r.mismatches && l.final == r.final
    }
}
