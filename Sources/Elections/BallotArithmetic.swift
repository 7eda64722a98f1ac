import Vietnamese

/// A figure of a round that cannot be right.
public enum BallotProblem: Sendable, Hashable {
    /// Số phiếu thu về lớn hơn số phát ra.
    case collectedExceedsIssued(collected: Int, issued: Int)
    /// Hợp lệ + không hợp lệ ≠ thu về.
    case validPlusInvalidIsNotCollected(valid: Int, invalid: Int, collected: Int)
    /// A candidate has more votes than there are valid ballots.
    case candidateAboveValid(candidate: String, votes: Int, valid: Int)
    /// The votes add up to more than valid ballots × places (each ballot votes for at most `seats` people).
    case votesExceedBallotCapacity(total: Int, valid: Int, seats: Int)
    /// A count below zero.
    case negative(field: String, value: Int)
    /// A round's candidate who was not left open by the previous round.
    case notOpenAfterPreviousRound(candidate: String)
    /// A candidate listed twice in one round.
    case duplicateCandidate(candidate: String)
    /// On a list with surplus the votes add up to fewer than the valid ballots: a valid ballot keeps at least one
    /// name (one striking every name is invalid, `InvalidBallotReason.noNameKept`).
    case votesBelowValidBallots(total: Int, valid: Int)
}

/// The arithmetic every round must satisfy before it is counted.
public enum BallotArithmetic {
    /// Every problem of `round`, in a fixed order (ballots first, then candidates in list order).
    public static func problems(_ round: ElectionRound) -> [BallotProblem] {
        var found: [BallotProblem] = []
        let b = round.ballots
        for (field, value) in [("issued", b.issued), ("collected", b.collected), ("valid", b.valid), ("invalid", b.invalid)]
        where value < 0 {
            found.append(.negative(field: field, value: value))
        }
        if b.collected > b.issued { found.append(.collectedExceedsIssued(collected: b.collected, issued: b.issued)) }
        // A sum that overflows cannot equal any count collected.
        let (ballots, overflow) = b.valid.addingReportingOverflow(b.invalid)
        if overflow || ballots != b.collected {
            found.append(.validPlusInvalidIsNotCollected(valid: b.valid, invalid: b.invalid, collected: b.collected))
        }
        var seen: Set<String> = []
        for c in round.candidates {
            if !seen.insert(c.candidate).inserted { found.append(.duplicateCandidate(candidate: c.candidate)) }
            if c.votes < 0 { found.append(.negative(field: c.candidate, value: c.votes)) }
            if c.votes > b.valid { found.append(.candidateAboveValid(candidate: c.candidate, votes: c.votes, valid: b.valid)) }
        }
        // Saturating (loading caps each figure at 10.000.000, so a loaded round never reaches the bounds).
        let total = round.candidates.map(\.votes).saturatingSum()
        if total > b.valid.saturatingMultiplied(by: max(0, round.seats)) {
            found.append(.votesExceedBallotCapacity(total: total, valid: b.valid, seats: round.seats))
        }
        // Each valid ballot of a list with surplus keeps at least one name, so it adds at least one vote (QĐ 244-QĐ/TW
        // Điều 17, carried over by QĐ 190-QĐ/TW: a ballot striking every name is invalid). A list without surplus has
        // boxes, and a ballot marking none stays valid (BallotForm.approvalBoxes): no lower bound there.
        if BallotForm(candidates: round.candidates.count, seats: round.seats) == .strikeNames, total < b.valid {
            found.append(.votesBelowValidBallots(total: total, valid: b.valid))
        }
        return found
    }

    /// Candidates of a further round who were not left open by the previous one
    /// (the tied at the cutoff, or those not elected when too few were).
    public static func problems(_ round: ElectionRound, after previous: ElectionRound, result: RoundResult) -> [BallotProblem] {
        let elected = Set(result.elected.map(\.candidate))
        let open: Set<String>
        switch result.next {
        case .complete: open = []
        case .furtherRoundAmongTied: open = Set(result.tiedAtCutoff.map(\.candidate))
        // Too few elected, or a tie the congress decides: any candidate of the previous round not elected.
        case .tooFewElected, .congressDecidesAmongTied: open = Set(previous.candidates.map(\.candidate)).subtracting(elected)
        }
        return round.candidates.filter { !open.contains($0.candidate) }.map { .notOpenAfterPreviousRound(candidate: $0.candidate) }
    }
}
