/// Đối chiếu biên bản kiểm đếm — tally mode's comparison: every counting group's sheet is entered independently by
/// `entriesPerGroup` different clerks (the same double entry as the ballots, `Reconciliation`), and compared figure
/// by figure. Where the clerks agree the figure stands; where they differ it is a mismatch the head resolves by
/// reading the paper sheet or recounting (`TallyDecision`, the latest decision on a figure counts). A group's sheet
/// is final once every figure stands. Pure: the store hands it the log.
public struct TallyReconciliation: Sendable, Equatable {
    /// One group as entered.
    public struct Group: Sendable, Equatable {
        public var number: Int
        /// The clerks who entered the sheet, in the order they began (the first `entriesPerGroup` count).
        public var clerks: [Int64]
        /// Whether enough clerks entered it to compare.
        public var isComparable: Bool
    }

    /// A figure of a group's sheet the clerks entered differently.
    public struct Mismatch: Sendable, Equatable {
        public var group: Int
        public var field: String
        /// Each clerk's figure, in the order of `Group.clerks`.
        public var values: [Value]
        /// The head's latest decision on it, when made.
        public var decision: TallyDecision?

        public struct Value: Sendable, Equatable {
            public var clerk: Int64
            public var value: Int
        }
    }

    public var groups: [Group]
    /// Every mismatch of the comparable groups, by group then in the sheet's field order; decided ones stay listed.
    public var mismatches: [Mismatch]
    /// The sheet that counts for each group whose every figure stands (agreed or decided).
    public var final: [Int: TallySheet]

    /// Mismatches without a decision.
    public var open: [Mismatch] { mismatches.filter { $0.decision == nil } }

    public init(entries: [TallyEntry], decisions: [TallyDecision], entriesPerGroup: Int, ballot: CountedBallot) {
        var latest: [Int: [Int64: TallyEntry]] = [:], clerkOrder: [Int: [Int64]] = [:]
        for entry in entries.sorted(by: { $0.id < $1.id }) {
            if let known = latest[entry.group]?[entry.clerk], known.revision > entry.revision { continue }
            latest[entry.group, default: [:]][entry.clerk] = entry
            if !(clerkOrder[entry.group] ?? []).contains(entry.clerk) { clerkOrder[entry.group, default: []].append(entry.clerk) }
        }
        var decided: [Int: [String: TallyDecision]] = [:]
        for d in decisions.sorted(by: { $0.id < $1.id }) { decided[d.group, default: [:]][d.field] = d }
        let names = TallySheet.fieldNames(for: ballot)

        var groups: [Group] = [], mismatches: [Mismatch] = [], final: [Int: TallySheet] = [:]
        for number in clerkOrder.keys.sorted() {
            let clerks = Array(clerkOrder[number, default: []].prefix(entriesPerGroup))
            let comparable = clerks.count == entriesPerGroup
            groups.append(Group(number: number, clerks: clerks, isComparable: comparable))
            guard comparable else { continue }
            // Sheets are checked whole on entry, so each parses to every field of the ballot.
            let sheets = clerks.map { TallySheet.parse(latest[number]?[$0]?.sheet ?? "") ?? [:] }
            var standing: [String: Int] = [:]
            for name in names {
                let values = zip(clerks, sheets).map { Mismatch.Value(clerk: $0, value: $1[name] ?? -1) }
                if Set(values.map(\.value)).count == 1, values[0].value >= 0 {
                    standing[name] = values[0].value
                } else {
                    let decision = decided[number]?[name]
                    mismatches.append(Mismatch(group: number, field: name, values: values, decision: decision))
                    if let decision { standing[name] = decision.value }
                }
            }
            if let sheet = TallySheet(fields: standing, ballot: ballot) { final[number] = sheet }
        }
        self.groups = groups
        self.mismatches = mismatches
        self.final = final
    }
}
