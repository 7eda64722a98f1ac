import CongressModel
import Derive
import Elections
import Tally
import Vietnamese

/// Lá phiếu của một lần bầu — what the clerks enter against: the names in the ballot's order (Vietnamese
/// alphabetical, as the ballots paper prints them), the places to fill, and so the form (gạch tên or đồng ý /
/// không đồng ý, `BallotForm`).
public struct CountedBallot: Sendable, Equatable {
    /// The election's id in the congress file.
    public let election: String
    /// Lần bầu, 1-based.
    public let round: Int
    /// Số lượng cần bầu trong lần này.
    public let seats: Int
    /// The candidates in ballot order: position 1 is the first name printed.
    public let candidates: [PersonID]
    /// The names as printed.
    public let names: [String]
    /// Người bầu có mặt — who receives a ballot (`Congress.votersPresent(for:)`: the congress's voters present, or
    /// at the first meeting the new committee's members present); `nil` for a ballot made without its congress.
    public private(set) var voters: Int? = nil

    public var form: BallotForm { BallotForm(candidates: candidates.count, seats: seats) }

    public init(election: String, round: Int, seats: Int, candidates: [PersonID], names: [String]) {
        self.election = election
        self.round = round
        self.seats = seats
        self.candidates = candidates
        self.names = names
    }

    /// The ballot of round `round` of `election`: round 1 lists every candidate for every place; a further round
    /// lists those the previous round left open (the tied at the cutoff, or everyone not elected when too few
    /// were), for the places left — read from `ElectionOutcome` over the rounds already counted, so the rule is
    /// the election module's. `nil` when the previous round filled every place (or was not counted yet).
    public init?(_ election: Election, round: Int, congress: Congress) {
        let outcome = ElectionOutcome(election, congress: congress)
        var candidates = election.candidates, seats = election.seats
        if round > 1 {
            guard outcome.rounds.count == round - 1, let last = outcome.rounds.last else { return nil }
            let elected = Set(last.result.elected.map(\.candidate))
            switch last.result.next {
            case .complete:
                return nil
            case .furtherRoundAmongTied(let open):
                candidates = last.result.tiedAtCutoff.map { PersonID($0.candidate) }
                seats = open
            case .tooFewElected(let open), .congressDecidesAmongTied(let open):
                candidates = last.round.candidates.map(\.candidate).filter { !elected.contains($0) }.map { PersonID($0) }
                seats = open
            }
        }
        let ordered = VietnameseCollation.sorted(candidates, byName: { congress.person($0)?.name ?? $0.rawValue })
        self.init(election: election.id, round: round, seats: seats, candidates: ordered,
                  names: ordered.map { congress.person($0)?.name ?? $0.rawValue })
        voters = congress.votersPresent(for: election)
    }

    /// Why `reading` cannot be stored for this ballot, or `nil` when it can (the rules of the thể lệ a clerk
    /// applies: a "kept" ballot keeping more names than places, or none, is invalid and must be entered so).
    public func refusal(of reading: BallotReading) -> CountRefusal? {
        switch reading {
        case .kept(let positions):
            guard form == .strikeNames else { return .wrongForm(expected: form) }
            if let outside = positions.sorted().first(where: { $0 > candidates.count }) {
                return .nameNotOnBallot(position: outside, names: candidates.count)
            }
            if positions.count > seats { return .moreNamesThanSeats(kept: positions.count, seats: seats) }
            if positions.isEmpty { return .noNameKept }
        case .approval(let marks):
            guard form == .approvalBoxes else { return .wrongForm(expected: form) }
            if marks.count != candidates.count { return .approvalCount(marks: marks.count, names: candidates.count) }
            let agreed = marks.filter { $0 == .agree }.count
            if agreed > seats { return .moreNamesThanSeats(kept: agreed, seats: seats) }
        case .invalid(let reason):
            if !reason.applies(to: form) { return .reasonDoesNotApply(reason.code) }
        }
        return nil
    }
}
