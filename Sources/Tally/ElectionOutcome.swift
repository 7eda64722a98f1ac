import CongressModel
import Elections
import Vietnamese

/// One election counted round by round with the rules of QĐ 190-QĐ/TW (module `Elections`).
///
/// The minutes, the vote-counting minutes and the resolution all read the result from here,
/// so a figure cannot differ between papers.
public struct ElectionOutcome: Sendable {
    public let election: Election
    /// The threshold base: official delegates (members) summoned minus the stated exclusions (Điều 30).
    public let base: ThresholdBase
    /// Each round as counted, with the places it was for.
    public let rounds: [CountedRound]
    /// Trúng cử — everyone elected, round by round, each round by votes from high to low (equal votes in ballot order).
    public let elected: [CountedCandidate]
    /// Whether every place is filled.
    public var isComplete: Bool { elected.count >= election.seats }

    public struct CountedRound: Sendable {
        /// 1-based.
        public let number: Int
        public let data: VotingRound
        public let round: ElectionRound
        public let result: RoundResult
    }

    public struct CountedCandidate: Sendable, Equatable {
        public let person: PersonID
        public let votes: Int
        public let round: Int
    }

    public init(_ election: Election, congress: Congress) {
        self.election = election
        base = ThresholdBase(summoned: congress.baseSummoned(for: election),
                             exclusions: election.baseExclusions.map { .init(reason: $0.printedReason, count: $0.count) })
        let settings = Self.settings(congress.settings)
        var seats = election.seats
        var counted: [CountedRound] = []
        var elected: [CountedCandidate] = []
        for (index, data) in election.rounds.enumerated() {
            // In ballot order (vần A, B, C, as the ballots and the minutes list them), so candidates with equal
            // votes are elected, listed and named tied in that order, not in the order the file wrote the votes.
            let ballotOrder = VietnameseCollation.sorted(data.votes, byName: { congress.person($0.candidate)?.name ?? $0.candidate.rawValue },
                                                         tieBreak: .codePoints)
            let round = ElectionRound(
                seats: seats,
                ballots: BallotCounts(issued: data.issued, collected: data.collected, valid: data.valid, invalid: data.invalid),
                candidates: ballotOrder.map { CandidateVotes(candidate: $0.candidate.rawValue, votes: $0.votes) })
            let result = ElectionRules.count(round, base: base, settings: settings)
            counted.append(CountedRound(number: index + 1, data: data, round: round, result: result))
            elected += result.elected.map { CountedCandidate(person: PersonID($0.candidate), votes: $0.votes, round: index + 1) }
            seats = result.seatsOpen
            if seats == 0 { break }
        }
        rounds = counted
        self.elected = elected
    }

    /// The election settings of the congress file.
    static func settings(_ s: Settings) -> ElectionSettings {
        ElectionSettings(tieRuleNamed: s.electionTieRule, maximumSurplusPercent: s.maximumSurplusPercent)
    }
}
