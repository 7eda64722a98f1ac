/// Nhật ký nhập phiếu read back: the canonical entry log `daihoi count` writes for a published round (its format in
/// docs/count.md "The check code", written by `EntryLog` in the Count module), parsed line by line for the entry-log
/// paper and for `check`. Pure data: which reading counts is the count's to decide, not this reader's.
public struct CountLogRecord: Sendable, Equatable {
    public struct Member: Sendable, Equatable {
        public var id: Int
        /// `head` (Trưởng Ban Kiểm phiếu) or `clerk` (người nhập phiếu).
        public var role: String
        public var name: String
    }

    public struct HandedOut: Sendable, Equatable {
        public var issued: Int
        public var collected: Int
        public var head: Int
        public var at: String
    }

    /// One clerk's reading of one ballot (a correction is a later revision of the same position).
    public struct Entry: Sendable, Equatable {
        public var pile: Int
        public var position: Int
        public var clerk: Int
        public var revision: Int
        /// `K:1,3` (names kept), `A:yn-` (đồng ý / không đồng ý / neither), `I:<reason>` (invalid).
        public var reading: String
        public var at: String
    }

    public struct Closing: Sendable, Equatable {
        public var pile: Int
        public var clerk: Int
        public var ballots: Int
        public var at: String
    }

    /// The head's decision on a position the clerks read differently: a reading, or `none` (no ballot there).
    public struct Decision: Sendable, Equatable {
        public var pile: Int
        public var position: Int
        public var head: Int
        public var reading: String
        public var at: String
    }

    /// Tally mode: one clerk's entry of a counting group's sheet, `name=count;…` in the sheet's order (a correction
    /// is a later revision).
    public struct TallyEntry: Sendable, Equatable {
        public var group: Int
        public var clerk: Int
        public var revision: Int
        public var sheet: String
        public var at: String
    }

    /// Tally mode: the head's decision on one figure of a group's sheet the clerks entered differently.
    public struct TallyDecision: Sendable, Equatable {
        public var group: Int
        public var field: String
        public var head: Int
        public var value: Int
        public var at: String
    }

    public var election: String
    public var round: Int
    public var seats: Int
    /// Person ids in ballot order (position 1 first).
    public var candidates: [String]
    public var members: [Member]
    public var handedOut: [HandedOut]
    public var entries: [Entry]
    public var closings: [Closing]
    public var decisions: [Decision]
    public var tallyEntries: [TallyEntry] = []
    public var tallyDecisions: [TallyDecision] = []

    /// The first line that is not of the format, 1-based, when the text does not parse.
    public enum Failure: Error, Equatable {
        case line(Int)
    }

    /// The most ballots, piles and names a log line may state (the count's own bounds are lower).
    static let bound = 1_000_000

    public static func parse(_ text: String) -> Result<CountLogRecord, Failure> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.last == "" else { return .failure(.line(max(1, lines.count))) }
        lines.removeLast()
        guard lines.first == "daihoi-count-log\t1", lines.count >= 2 else { return .failure(.line(1)) }
        let head = lines[1].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard head.count == 5, head[0] == "round", head[3] == "seats", let round = number(head[2]), let seats = number(head[4]),
              !head[1].isEmpty else { return .failure(.line(2)) }
        var record = CountLogRecord(election: head[1], round: round, seats: seats, candidates: [], members: [],
                                    handedOut: [], entries: [], closings: [], decisions: [])
        for (index, line) in lines.enumerated().dropFirst(2) {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let n = f.map(number)
            switch (f.first ?? "", f.count) {
            case ("candidate", 3) where n[1] == record.candidates.count + 1 && !f[2].isEmpty:
                record.candidates.append(f[2])
            case ("member", 4) where n[1] != nil && (f[2] == "head" || f[2] == "clerk"):
                record.members.append(Member(id: n[1]!, role: f[2], name: f[3]))
            case ("handed-out", 6) where n[2] != nil && n[3] != nil && n[4] != nil:
                record.handedOut.append(HandedOut(issued: n[2]!, collected: n[3]!, head: n[4]!, at: f[5]))
            case ("entry", 8) where n[2] != nil && n[3] != nil && n[4] != nil && n[5] != nil && !f[6].isEmpty:
                record.entries.append(Entry(pile: n[2]!, position: n[3]!, clerk: n[4]!, revision: n[5]!, reading: f[6], at: f[7]))
            case ("closing", 6) where n[2] != nil && n[3] != nil && n[4] != nil:
                record.closings.append(Closing(pile: n[2]!, clerk: n[3]!, ballots: n[4]!, at: f[5]))
            case ("decision", 7) where n[2] != nil && n[3] != nil && n[4] != nil && !f[5].isEmpty:
                record.decisions.append(Decision(pile: n[2]!, position: n[3]!, head: n[4]!, reading: f[5], at: f[6]))
            case ("tally", 7) where n[2] != nil && n[3] != nil && n[4] != nil && !f[5].isEmpty:
                record.tallyEntries.append(TallyEntry(group: n[2]!, clerk: n[3]!, revision: n[4]!, sheet: f[5], at: f[6]))
            case ("tally-decision", 7) where n[2] != nil && !f[3].isEmpty && n[4] != nil && n[5] != nil:
                record.tallyDecisions.append(TallyDecision(group: n[2]!, field: f[3], head: n[4]!, value: n[5]!, at: f[6]))
            default:
                return .failure(.line(index + 1))
            }
        }
        return .success(record)
    }

    /// A whole number of the log: digits only, within `bound`.
    static func number(_ field: String) -> Int? {
        guard !field.isEmpty, field.count <= 7, field.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(field), n <= bound else {
            return nil
        }
        return n
    }
}
