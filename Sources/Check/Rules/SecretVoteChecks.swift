import CongressModel
import Diagnostics
import Elections
import Tally
import Vietnamese

/// The secret votes that are not election rounds — the opinion on an election's nominees from the floor and on those
/// withdrawing (QĐ 190-QĐ/TW Điều 14 khoản 3; `FloorOpinionRules`), and motions voted by secret ballot
/// (`SecretVoteRules`) — judged with the ballot arithmetic of every round (`BallotArithmetic`): collected ≤ issued,
/// valid + invalid = collected, no count above the valid ballots, no more ballots than voters present (DH440–DH443).
/// An opinion must also agree with the list it decides (DH444–DH446). Each problem at the figure it refuses.
struct SecretVoteChecks {
    func check(_ congress: Congress) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let voters = congress.votersPresent
        for (index, election) in congress.elections.enumerated() {
            guard let opinion = election.floorOpinion else { continue }
            let path = "\(Paths.election(index)).floor_opinion"
            let at = { (field: String) in congress.position("\(path).\(field)", or: opinion.location) }
            let vote = SecretVoteName.floorOpinion(election: election.id)
            let round = ElectionRound(seats: max(1, opinion.everyone.count), ballots: opinion.ballots,
                                      candidates: opinion.everyone.map { CandidateVotes(candidate: $0.person.rawValue, votes: $0.agree) })
            let fieldOf = { (person: String) -> String in
                opinion.nominated.contains { $0.person.rawValue == person } ? "nominated.\(person)" : "withdrawing.\(person)"
            }
            found += Self.arithmetic(BallotArithmetic.problems(round), vote: vote, twoAnswers: false, field: fieldOf, at: at)
            if opinion.ballots.issued > voters {
                found.append(.error(.secretBallotsIssuedExceedVoters(vote: vote, issued: opinion.ballots.issued, voters: voters),
                                    at: at("issued")))
            }
            found += Self.listAgreement(election, opinion, voters: voters, withdrawalPercent: congress.settings.withdrawalAgreePercent,
                                        at: { at(fieldOf($0)) })
        }
        for (index, motion) in congress.motions.enumerated() {
            guard let ballots = motion.secret else { continue }
            let at = { (field: String) in congress.position("motions[\(index + 1)].\(field)", or: motion.location) }
            let vote = SecretVoteName.motion(subject: motion.subject)
            let problems = SecretVoteRules.problems(ballots: ballots, inFavour: motion.inFavour, against: motion.against)
            found += Self.arithmetic(problems, vote: vote, twoAnswers: true, field: { $0 }, at: { field in
                at(["for", "against", "votes"].contains(field) ? field : "secret.\(field)")
            })
            if ballots.issued > voters {
                found.append(.error(.secretBallotsIssuedExceedVoters(vote: vote, issued: ballots.issued, voters: voters),
                                    at: at("secret.issued")))
            }
            // The base of a secret vote, as of an election (QĐ 190-QĐ/TW Điều 30, `SecretVoteCount`): the official
            // members summoned less the stated exclusions. None left, "more than half" means nothing (DH580).
            let base = congress.secretVoteBase(of: motion)
            if base.value <= 0 {
                found.append(.error(.emptySecretVoteBase(subject: motion.subject, summoned: base.summoned, excluded: base.excluded,
                                                         base: base.value),
                                    at: at("secret.exclusions")))
            }
        }
        return found
    }

    /// The round's problems as this vote's messages; `field` names the key of a counted answer (a person or "for").
    /// `twoAnswers`: a motion's "tán thành" and "không tán thành", one mark a ballot, so together at most the valid
    /// ballots; an opinion ballot may agree to every name, so only each name's count is bounded.
    static func arithmetic(_ problems: [BallotProblem], vote: SecretVoteName, twoAnswers: Bool, field: (String) -> String,
                           at: (String) -> SourceLocation?) -> [Diagnostic] {
        problems.compactMap { problem -> Diagnostic? in
            switch problem {
            case .collectedExceedsIssued(let collected, let issued):
                return .error(.secretBallotsCollectedExceedIssued(vote: vote, collected: collected, issued: issued), at: at("collected"))
            case .validPlusInvalidIsNotCollected(let valid, let invalid, let collected):
                return .error(.secretBallotsDoNotAddUp(vote: vote, valid: valid, invalid: invalid, collected: collected), at: at("valid"))
            case .candidateAboveValid(let candidate, let votes, let valid):
                return .error(.secretVotesAboveValid(vote: vote, what: candidate, votes: votes, valid: valid), at: at(field(candidate)))
            case .votesExceedBallotCapacity(let total, let valid, _) where twoAnswers:
                return .error(.secretVotesAboveValid(vote: vote, what: "for + against", votes: total, valid: valid), at: at("against"))
            case .duplicateCandidate(let candidate):
                if case .floorOpinion(let election) = vote {
                    return .error(.opinionPersonTwice(election: election, person: candidate), at: at(field(candidate)))
                }
                return nil
            // Negative counts are refused on load; one opinion ballot can agree to every name (no capacity bound), and
            // one may agree to none (a valid "không đồng ý" to every name), so no lower bound either.
            case .negative, .notOpenAfterPreviousRound, .votesExceedBallotCapacity, .votesBelowValidBallots:
                return nil
            }
        }
    }

    /// The list must follow the opinion: a nominee who got more than 30 % agreeing is on it (a warning otherwise: the
    /// congress still votes the whole list), one who did not is not (an error); a person allowed to withdraw is not on
    /// it, one refused still is (errors).
    static func listAgreement(_ election: Election, _ opinion: FloorOpinion, voters: Int, withdrawalPercent: Int,
                              at: (String) -> SourceLocation?) -> [Diagnostic] {
        let listed = Set(election.candidates)
        var found: [Diagnostic] = []
        let needed = ElectionRules.minimumVotes(base: voters, percent: FloorOpinionRules.nomineePercent) ?? 0
        for entry in opinion.nominated {
            let entered = FloorOpinionRules.entersList(agree: entry.agree, present: voters)
            guard entered != listed.contains(entry.person) else { continue }
            let message = Message.floorNomineeListMismatch(election: election.id, person: entry.person.rawValue,
                                                           agree: entry.agree, needed: needed, entered: entered)
            found.append(entered ? Diagnostic(severity: .warning, message: message, location: at(entry.person.rawValue))
                                 : .error(message, at: at(entry.person.rawValue)))
        }
        let neededToWithdraw = ElectionRules.minimumVotes(base: voters, percent: withdrawalPercent) ?? 0
        for entry in opinion.withdrawing {
            let allowed = FloorOpinionRules.mayWithdraw(agree: entry.agree, present: voters, percent: withdrawalPercent)
            guard allowed == listed.contains(entry.person) else { continue }
            found.append(.error(.withdrawalListMismatch(election: election.id, person: entry.person.rawValue, agree: entry.agree,
                                                        needed: neededToWithdraw, allowed: allowed),
                                at: at(entry.person.rawValue)))
        }
        return found
    }
}
