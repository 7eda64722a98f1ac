import CongressModel
import Tally
import Diagnostics
import Elections
import Vietnamese

/// The arithmetic of every election round and the candidate surplus (QĐ 190-QĐ/TW Điều 14 and 30),
/// each problem located at the figure it refuses (the `issued` line, the candidate's `votes` line) or, for the
/// list, at `candidates`.
struct ElectionChecks {
    func check(_ congress: Congress) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let settings = ElectionSettings(tieRuleNamed: congress.settings.electionTieRule,
                                        maximumSurplusPercent: congress.settings.maximumSurplusPercent)
        // The members elected to the new committee: counted once, not once per round of the first meeting.
        let committeeSize = congress.newCommitteeSize
        for (electionIndex, election) in congress.elections.enumerated() {
            found += surplus(election, required: congress.settings.surplusRequired, settings: settings,
                             at: congress.position("\(Paths.election(electionIndex)).candidates", or: election.location))
            var seats = election.seats
            let base = EmptyThresholdBase.base(of: election, in: congress)
            let listed = Set(election.candidates)
            for (position, incumbent) in election.incumbents.enumerated() where !listed.contains(incumbent) {
                found.append(.error(.incumbentNotOnList(election: election.id, person: incumbent.rawValue),
                                    at: congress.position("\(Paths.election(electionIndex)).incumbents[\(position + 1)]", or: election.location)))
            }
            // At the first meeting the base is the committee's members (DH297), not the congress's (DH243).
            if let declared = election.declaredBase, congress.heldAtFirstMeeting(election) {
                if let members = committeeSize, declared > members {
                    found.append(.error(.declaredBaseAboveCommittee(election: election.id, base: declared, members: members),
                                        at: congress.position("\(Paths.election(electionIndex)).base", or: election.location)))
                }
            } else if let declared = election.declaredBase, declared > congress.officialSummoned {
                found.append(.error(.declaredBaseAboveOfficial(election: election.id, base: declared, official: congress.officialSummoned),
                                    at: congress.position("\(Paths.election(electionIndex)).base", or: election.location)))
            }
            var previous: (ElectionRound, RoundResult)?
            for (index, data) in election.rounds.enumerated() {
                let path = Paths.round(electionIndex, index)
                // Every place filled: a later round has nothing to elect and no paper counts it (ElectionOutcome stops).
                if seats == 0 {
                    found.append(.error(.roundAfterComplete(election: election.id, round: index + 1),
                                        at: congress.position(path, or: data.location)))
                    break
                }
                let at = { (field: String) in congress.position("\(path).\(field)", or: data.location) }
                let vote = { (candidate: String) in at("votes.\(candidate)") }
                let round = ElectionRound(
                    seats: seats,
                    ballots: BallotCounts(issued: data.issued, collected: data.collected, valid: data.valid, invalid: data.invalid),
                    candidates: data.votes.map { CandidateVotes(candidate: $0.candidate.rawValue, votes: $0.votes) })
                var problems = BallotArithmetic.problems(round)
                if let (before, result) = previous {
                    problems += BallotArithmetic.problems(round, after: before, result: result)
                }
                if let problem = Self.ballotsAboveVoters(election, issued: data.issued, round: index + 1, in: congress,
                                                         committeeSize: committeeSize) {
                    found.append(.error(problem, at: at("issued")))
                }
                let reasons = data.invalidReasons.map(\.count).saturatingSum()
                if !data.invalidReasons.isEmpty, reasons != data.invalid {
                    found.append(.error(.invalidReasonsDoNotAddUp(round: index + 1, reasons: reasons, invalid: data.invalid),
                                        at: at("invalid_reasons")))
                }
                for entry in data.votes where !listed.contains(entry.candidate) {
                    found.append(.error(.candidateNotOnList(candidate: entry.candidate.rawValue), at: vote(entry.candidate.rawValue)))
                }
                let counted = Set(data.votes.map(\.candidate))
                for candidate in Self.expected(election, round: index, previous: previous?.1) where !counted.contains(candidate) {
                    found.append(.error(.candidateWithoutVotes(round: index + 1, candidate: candidate.rawValue), at: at("votes")))
                }
                found += problems.map { .error(Self.message($0, round: index + 1), at: Self.field(of: $0).map(at) ?? data.location) }
                // An empty base (0 or less) is reported once by EmptyThresholdBase (DH223), not per candidate here.
                for entry in data.votes where base.value > 0 && entry.votes > base.value {
                    found.append(.error(.votesAboveBase(round: index + 1, candidate: entry.candidate.rawValue,
                                                        votes: entry.votes, base: base.value),
                                        at: vote(entry.candidate.rawValue)))
                }
                let result = ElectionRules.count(round, base: base, settings: settings)
                previous = (round, result)
                seats = result.seatsOpen
            }
        }
        return found
    }

    /// Số phiếu phát ra — no more ballots than voters. At an election the congress holds, the voters present
    /// (`Congress.votersPresent`: present, probationary members excepted, Điều lệ Đảng Điều 3); at the first
    /// meeting of the new committee (DOMAIN.md "Who elects what"), its members: at most the members the congress
    /// elected to it (`Congress.newCommitteeSize`; no bound without a `ban-chap-hanh` or `chi-uy` election).
    /// `committeeSize` is `congress.newCommitteeSize`, counted once by the caller.
    static func ballotsAboveVoters(_ election: Election, issued: Int, round: Int, in congress: Congress,
                                   committeeSize: Int?) -> Message? {
        if congress.electsAtCongress(election.body) {
            let voters = congress.votersPresent
            return issued > voters ? .ballotsIssuedExceedVoters(round: round, issued: issued, voters: voters) : nil
        }
        guard let members = committeeSize else { return nil }
        if issued > members { return .ballotsIssuedExceedCommittee(round: round, issued: issued, members: members) }
        // Those recorded absent from the meeting get no ballot (`first_meeting.absent`).
        let present = members - (congress.firstMeetingPresent?.absent.count ?? 0)
        return issued > present ? .ballotsIssuedExceedMembersPresent(round: round, issued: issued, present: present, members: members) : nil
    }

    /// The candidates a round must give a figure for: every name on the list in the first round ("kiểm phiếu"
    /// records each name on the ballot, DOMAIN.md §2 (d)); in a further round among the tied, each of the tied.
    /// Other further rounds list whom the congress chose, so none is required.
    static func expected(_ election: Election, round: Int, previous: RoundResult?) -> [PersonID] {
        guard round > 0 else { return election.candidates }
        guard let previous, case .furtherRoundAmongTied = previous.next else { return [] }
        return previous.tiedAtCutoff.map { PersonID($0.candidate) }
    }

    /// The field of the round a problem is about (a key under the round, as `SourceMap` records it).
    static func field(of problem: BallotProblem) -> String? {
        switch problem {
        case .collectedExceedsIssued: return "collected"
        case .validPlusInvalidIsNotCollected: return "valid"
        case .candidateAboveValid(let candidate, _, _), .notOpenAfterPreviousRound(let candidate),
             .duplicateCandidate(let candidate):
            return "votes.\(candidate)"
        case .votesExceedBallotCapacity, .votesBelowValidBallots: return "votes"
        case .negative(let field, _):
            return ["issued", "collected", "valid", "invalid"].contains(field) ? field : "votes.\(field)"
        }
    }

    /// Số dư (QĐ 190-QĐ/TW Điều 14): a cấp ủy or Ban Thường vụ list must hold more candidates than places, so one
    /// equal to them is an error (DH250; the bodies are `settings.surplus_required`); any other list may equal its
    /// places. A list with a surplus: an error above the maximum, a warning outside the prepared 10–15 % (DH210;
    /// lists of more than one place). Fewer candidates than places is DH238.
    func surplus(_ election: Election, required: Set<ElectedBody>, settings: ElectionSettings,
                 at location: SourceLocation?) -> [Diagnostic] {
        let assessment = SurplusAssessment(seats: election.seats, candidates: election.candidates.count)
        if election.seats > 1, election.candidates.count == election.seats, required.contains(election.body) {
            return [.error(.noSurplusOnCommitteeList(election: election.id, body: election.body.rawValue, seats: election.seats),
                           at: location)]
        }
        guard election.seats > 1, assessment.surplus > 0 else { return [] }
        switch assessment.verdict(settings) {
        case .prepared:
            return []
        case .outsidePreparedBand:
            return [Diagnostic(severity: .warning, message: .surplusOutsidePreparedBand(election: election.id, percent: assessment.percentText()),
                               location: location)]
        case .aboveMaximum:
            return [.error(.surplusAboveMaximum(election: election.id, percent: assessment.percentText(),
                                                maximum: settings.maximumSurplusPercent), at: location)]
        case .smallCommitteeOverOne:
            return [.error(.smallCommitteeSurplus(election: election.id, seats: election.seats,
                                                  candidates: election.candidates.count), at: location)]
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
        case .votesBelowValidBallots(let total, let valid):
            return .votesBelowValidBallots(round: round, total: total, valid: valid)
        }
    }
}
