import CongressModel
import Diagnostics
import Elections
import Vietnamese

/// The arithmetic of every election round and the candidate surplus (QĐ 190-QĐ/TW Điều 14 and 30),
/// each problem located at the round or the election in the YAML.
struct ElectionChecks {
    func check(_ congress: Congress) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let settings = ElectionSettings(maximumSurplusPercent: congress.settings.maximumSurplusPercent)
        for election in congress.elections {
            found += surplus(election, settings: settings)
            let listed = Set(election.candidates)
            var seats = election.seats
            let base = EmptyThresholdBase.base(of: election, in: congress)
            var previous: (ElectionRound, RoundResult)?
            for (index, data) in election.rounds.enumerated() {
                let round = ElectionRound(
                    seats: seats,
                    ballots: BallotCounts(issued: data.issued, collected: data.collected, valid: data.valid, invalid: data.invalid),
                    candidates: data.votes.map { CandidateVotes(candidate: $0.candidate.rawValue, votes: $0.votes) })
                var problems = BallotArithmetic.problems(round)
                if let (before, result) = previous {
                    problems += BallotArithmetic.problems(round, after: before, result: result)
                }
                for entry in data.votes where !listed.contains(entry.candidate) {
                    found.append(Diagnostic(severity: .error, message: .candidateNotOnList(candidate: entry.candidate.rawValue),
                                            location: data.location))
                }
                found += problems.map { Diagnostic(severity: .error, message: Self.message($0, round: index + 1), location: data.location) }
                // An empty base (0 or less) is reported once by EmptyThresholdBase (DH223), not per candidate here.
                for entry in data.votes where base.value > 0 && entry.votes > base.value {
                    found.append(Diagnostic(severity: .error,
                                            message: .votesAboveBase(round: index + 1, candidate: entry.candidate.rawValue,
                                                                     votes: entry.votes, base: base.value),
                                            location: data.location))
                }
                let result = ElectionRules.count(round, base: base, settings: settings)
                previous = (round, result)
                seats = result.seatsOpen
                if seats == 0 { break }
            }
        }
        return found
    }

    /// Số dư: an error above the maximum, a warning outside the prepared 10–15 % (lists of more than one place).
    func surplus(_ election: Election, settings: ElectionSettings) -> [Diagnostic] {
        let assessment = SurplusAssessment(seats: election.seats, candidates: election.candidates.count)
        guard election.seats > 1, assessment.surplus > 0 || [.banChapHanh, .banThuongVu, .uyBanKiemTra].contains(election.body)
        else { return [] }
        switch assessment.verdict(settings) {
        case .prepared:
            return []
        case .outsidePreparedBand:
            return [Diagnostic(severity: .warning, message: .surplusOutsidePreparedBand(election: election.id, percent: assessment.percentText()),
                               location: election.location)]
        case .aboveMaximum:
            return [Diagnostic(severity: .error, message: .surplusAboveMaximum(election: election.id, percent: assessment.percentText(),
                                                                               maximum: settings.maximumSurplusPercent),
                               location: election.location)]
        case .smallCommitteeOverOne:
            return [Diagnostic(severity: .error, message: .smallCommitteeSurplus(election: election.id, seats: election.seats,
                                                                                 candidates: election.candidates.count),
                               location: election.location)]
        }
    }

    static func message(_ problem: BallotProblem, round: Int) -> Message {
        switch problem {
        case .collectedExceedsIssued(let collected, let issued):
            return .ballotsCollectedExceedIssued(round: round, collected: collected, issued: issued)
        case .validPlusInvalidIsNotCollected(let valid, let invalid, let collected):
            return .ballotsDoNotAddUp(round: round, valid: valid, invalid: invalid, collected: collected)
        case .candidateAboveValid(let candidate, let votes, let valid):
            return .votesAboveValidBallots(round: round, candidate: candidate, votes: votes, valid: valid)
        case .votesExceedBallotCapacity(let total, let valid, let seats):
            return .votesExceedCapacity(round: round, total: total, valid: valid, seats: seats)
        case .negative(let field, let value):
            return .negativeCount(field: field, value: value)
        case .notOpenAfterPreviousRound(let candidate):
            return .candidateNotOpen(round: round, candidate: candidate)
        case .duplicateCandidate(let candidate):
            return .duplicateCandidate(round: round, candidate: candidate)
        }
    }
}
