import CongressModel
import Derive
import Elections
import Tally

/// Kết quả kiểm phiếu của một lần bầu — the reconciled readings added up into the round's figures (phát ra, thu
/// về, hợp lệ, không hợp lệ by reason, votes per name) and counted by the election module: the figures become a
/// `VotingRound` of the election and `ElectionOutcome` says who is elected, so the count and the papers follow
/// one rule (QĐ 190-QĐ/TW Điều 30).
public struct RoundTally: Sendable {
    public let ballot: CountedBallot
    /// The round as the congress file would state it.
    public let round: VotingRound
    /// Ballots counted (reconciled positions, every pile).
    public let ballotsCounted: Int
    /// What stops the round from being published, in Vietnamese; empty when it balances.
    public let problems: [String]

    public init(ballot: CountedBallot, handedOut: BallotsHandedOut?, reconciliation: Reconciliation, voters: Int) {
        self.ballot = ballot
        var valid = 0, invalid: [InvalidBallotReason: Int] = [:]
        var votes = Array(repeating: 0, count: ballot.candidates.count)
        var problems: [String] = []
        for key in reconciliation.final.keys.sorted() {
            guard let reading = BallotReading(canonical: reconciliation.final[key]!) else {
                problems.append("tập \(key.pile), phiếu số \(key.position): cách đọc không hợp lệ")
                continue
            }
            if let refusal = ballot.refusal(of: reading) {
                problems.append("tập \(key.pile), phiếu số \(key.position): \(refusal.vietnamese)")
                continue
            }
            switch reading {
            case .invalid(let reason): invalid[reason, default: 0] += 1
            default:
                valid += 1
                for position in reading.votes { votes[position - 1] += 1 }
            }
        }
        let invalidCount = invalid.values.reduce(0, +)
        ballotsCounted = valid + invalidCount
        round = Self.votingRound(ballot: ballot, handedOut: handedOut, valid: valid, invalid: invalid, votes: votes)
        problems += Self.balance(handedOut: handedOut, counted: ballotsCounted, reconciliation: reconciliation, voters: voters)
        self.problems = problems
    }

    /// The round as the congress file states it, from the figures added up (either mode): reasons in the thể lệ's
    /// order, those with no ballot left out.
    static func votingRound(ballot: CountedBallot, handedOut: BallotsHandedOut?, valid: Int,
                            invalid: [InvalidBallotReason: Int], votes: [Int]) -> VotingRound {
        VotingRound(
            issued: handedOut?.issued ?? 0, collected: handedOut?.collected ?? 0, valid: valid,
            invalid: invalid.values.reduce(0, +),
            invalidReasons: InvalidBallotReason.allCases.compactMap { reason in
                invalid[reason].flatMap { $0 > 0 ? BaseExclusion(reason: printed(reason), count: $0) : nil }
            },
            votes: zip(ballot.candidates, votes).map { (candidate: $0, votes: $1) })
    }

    /// The reason as the minutes print it: the thể lệ's words (`ElectionRulesViewModel.words`), without the stop.
    static func printed(_ reason: InvalidBallotReason) -> String {
        var words = ElectionRulesViewModel.words(reason)
        if words.hasSuffix(".") { words.removeLast() }
        return words
    }

    /// Cân đối — the balance checks before publishing: the figures recorded, collected ≤ issued ≤ voters, every pile
    /// entered and closed by enough clerks with the same ballot count, no open mismatch, and the ballots counted
    /// equal to those collected.
    static func balance(handedOut: BallotsHandedOut?, counted: Int, reconciliation: Reconciliation, voters: Int) -> [String] {
        var problems = handedOutProblems(handedOut: handedOut, counted: counted, voters: voters)
        if reconciliation.piles.isEmpty { problems.append("chưa có tập phiếu nào được nhập") }
        for pile in reconciliation.piles {
            guard pile.isComparable else {
                problems.append("tập \(pile.number) chưa được đủ người nhập và chốt")
                continue
            }
            for (clerk, ballots) in pile.closed.sorted(by: { $0.key < $1.key }) where ballots != pile.entered[clerk, default: 0] {
                problems.append("tập \(pile.number): chốt \(ballots) phiếu nhưng đã nhập \(pile.entered[clerk, default: 0]) (người nhập \(clerk))")
            }
            let stated = Set(pile.closed.values)
            if stated.count > 1 {
                problems.append("tập \(pile.number): số phiếu khi chốt tập không khớp (\(stated.sorted().map(String.init).joined(separator: ", ")))")
            }
        }
        let open = reconciliation.open
        if !open.isEmpty {
            problems.append("còn \(open.count) phiếu nhập khác nhau chưa được Trưởng ban quyết định")
        }
        return problems
    }

    /// The checks of both modes on the head's figures: recorded, collected ≤ issued ≤ voters present, and the ballots
    /// counted (reconciled ballots, or the groups' sheets added up) equal to those collected.
    static func handedOutProblems(handedOut: BallotsHandedOut?, counted: Int, voters: Int) -> [String] {
        var problems: [String] = []
        if let h = handedOut {
            if h.collected > h.issued { problems.append("số phiếu thu về (\(h.collected)) lớn hơn số phát ra (\(h.issued))") }
            if h.issued > voters { problems.append("số phiếu phát ra (\(h.issued)) lớn hơn số người bầu có mặt (\(voters))") }
            if counted != h.collected { problems.append("đã kiểm \(counted) phiếu, nhưng số phiếu thu về là \(h.collected)") }
        } else {
            problems.append("Trưởng ban chưa ghi số phiếu phát ra, thu về")
        }
        return problems
    }
}
