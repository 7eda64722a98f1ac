import Elections

extension RoundTally {
    /// Tally mode's figures: the groups' final sheets added up into the round (the same `VotingRound`, so the same
    /// results file and `ElectionOutcome` as ballot-by-ballot counting), with its balance checks before publishing:
    /// - every group's sheet entered by enough clerks, no figure left undecided;
    /// - each group's sheet balances (`TallySheet.imbalances`: valid + invalid = its ballots, no name above its
    ///   valid ballots, all names together ≤ seats × valid);
    /// - the groups' ballots added up = collected ≤ issued ≤ voters present (`handedOutProblems`).
    public init(ballot: CountedBallot, handedOut: BallotsHandedOut?, tally: TallyReconciliation, voters: Int) {
        self.ballot = ballot
        var valid = 0, ballots = 0, invalid: [InvalidBallotReason: Int] = [:]
        var votes = Array(repeating: 0, count: ballot.candidates.count)
        var problems: [String] = []
        for group in tally.groups where !group.isComparable {
            problems.append("biên bản của tổ \(group.number) chưa được đủ người nhập")
        }
        for (number, sheet) in tally.final.sorted(by: { $0.key < $1.key }) {
            let imbalances = sheet.imbalances(for: ballot)
            guard imbalances.isEmpty else {
                problems.append("tổ \(number): " + imbalances.map(\.vietnamese).joined(separator: "; "))
                continue
            }
            ballots += sheet.ballots
            valid += sheet.valid
            for (reason, count) in sheet.invalid { invalid[reason, default: 0] += count }
            for index in votes.indices { votes[index] += sheet.votes[index] }
        }
        let open = tally.open
        if !open.isEmpty {
            problems.append("còn \(open.count) số liệu của biên bản tổ nhập khác nhau chưa được Trưởng ban quyết định")
        }
        ballotsCounted = ballots
        round = Self.votingRound(ballot: ballot, handedOut: handedOut, valid: valid, invalid: invalid, votes: votes)
        self.problems = problems + Self.handedOutProblems(handedOut: handedOut, counted: ballots, voters: voters)
    }

    /// The round's figures from its log, in the mode it is counted in: the groups' sheets when any was entered,
    /// otherwise the ballots.
    public static func of(_ ballot: CountedBallot, log: CountStore.RoundLog, entriesPerPile: Int, voters: Int) -> RoundTally {
        if log.isTallyMode {
            let tally = TallyReconciliation(entries: log.tallyEntries, decisions: log.tallyDecisions,
                                            entriesPerGroup: entriesPerPile, ballot: ballot)
            return RoundTally(ballot: ballot, handedOut: log.latestHandedOut, tally: tally, voters: voters)
        }
        let reconciliation = Reconciliation(entries: log.entries, decisions: log.decisions, closings: log.closings,
                                            entriesPerPile: entriesPerPile)
        return RoundTally(ballot: ballot, handedOut: log.latestHandedOut, reconciliation: reconciliation, voters: voters)
    }
}
