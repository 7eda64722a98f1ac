/// Phiếu bầu — the ballot counts of one round, as the vote-counting board records them.
public struct BallotCounts: Sendable, Hashable {
    /// Số phiếu phát ra — ballots issued.
    public var issued: Int
    /// Số phiếu thu về — ballots collected.
    public var collected: Int
    /// Số phiếu hợp lệ — valid ballots.
    public var valid: Int
    /// Số phiếu không hợp lệ — invalid ballots.
    public var invalid: Int

    public init(issued: Int, collected: Int, valid: Int, invalid: Int) {
        self.issued = issued
        self.collected = collected
        self.valid = valid
        self.invalid = invalid
    }
}

/// One candidate's votes in one round.
public struct CandidateVotes: Sendable, Hashable {
    /// The candidate's person id.
    public var candidate: String
    /// Số phiếu bầu — votes received (counted on valid ballots only, QĐ 190 Điều 30).
    public var votes: Int

    public init(candidate: String, votes: Int) {
        self.candidate = candidate
        self.votes = votes
    }
}

/// Một lần bầu — one round of voting for `seats` places among `candidates`.
public struct ElectionRound: Sendable, Hashable {
    /// Số lượng cần bầu trong lần này — places still to fill in this round.
    public var seats: Int
    public var ballots: BallotCounts
    public var candidates: [CandidateVotes]

    public init(seats: Int, ballots: BallotCounts, candidates: [CandidateVotes]) {
        self.seats = seats
        self.ballots = ballots
        self.candidates = candidates
    }
}
