import Elections
import Testing

/// Hand-computed cases of QĐ 190-QĐ/TW Điều 30 and Điều 14.
struct ThresholdTests {
    @Test func exactlyHalfIsNotElected() {
        #expect(!ElectionRules.passesThreshold(votes: 150, base: 300))
        #expect(ElectionRules.passesThreshold(votes: 151, base: 300))
        #expect(!ElectionRules.passesThreshold(votes: 9, base: 19))   // 9/19 = 47,4 %
        #expect(ElectionRules.passesThreshold(votes: 10, base: 19))   // 10/19 = 52,6 %
        #expect(!ElectionRules.passesThreshold(votes: 0, base: 0))
    }

    /// The base is the official members summoned minus the stated exclusions, not the ballots.
    @Test func baseSubtractsExclusions() {
        let base = ThresholdBase(summoned: 19, exclusions: [.init(reason: "Miễn sinh hoạt, vắng mặt", count: 1),
                                                            .init(reason: "Vắng cả đại hội có lý do", count: 1)])
        #expect(base.value == 17)
        #expect(ElectionRules.passesThreshold(votes: 9, base: base.value))     // 9/17 > half
        #expect(!ElectionRules.passesThreshold(votes: 9, base: 19))
    }

    @Test func percentAgainstTheBase() {
        #expect(ElectionRules.percentOfBase(votes: 281, base: 297) == "94,61%")   // 281/297 = 94,6127…
        #expect(ElectionRules.percentOfBase(votes: 10, base: 0) == "")
    }
}

struct CountingTests {
    private func round(seats: Int, valid: Int, _ votes: [(String, Int)]) -> ElectionRound {
        ElectionRound(seats: seats, ballots: BallotCounts(issued: valid, collected: valid, valid: valid, invalid: 0),
                      candidates: votes.map { CandidateVotes(candidate: $0.0, votes: $0.1) })
    }

    @Test func winnersByVotesJustEnoughToFillTheSeats() {
        let r = round(seats: 3, valid: 100, [("a", 60), ("b", 90), ("c", 70), ("d", 80), ("e", 40)])
        let result = ElectionRules.count(r, base: ThresholdBase(summoned: 100))
        #expect(result.elected.map(\.candidate) == ["b", "d", "c"])
        #expect(result.next == .complete)
        #expect(result.seatsOpen == 0)
    }

    @Test func oneVoteOverHalfIsElectedExactlyHalfIsNot() {
        let r = round(seats: 2, valid: 100, [("a", 51), ("b", 50), ("c", 49)])
        let result = ElectionRules.count(r, base: ThresholdBase(summoned: 100))
        #expect(result.elected.map(\.candidate) == ["a"])
        #expect(result.next == .tooFewElected(seats: 1))
    }

    @Test func tieAtTheCutoffCallsAFurtherRoundAmongTheTied() {
        let r = round(seats: 3, valid: 100, [("a", 90), ("b", 70), ("c", 70), ("d", 70), ("e", 30)])
        let result = ElectionRules.count(r, base: ThresholdBase(summoned: 100))
        #expect(result.elected.map(\.candidate) == ["a"])
        #expect(result.tiedAtCutoff.map(\.candidate) == ["b", "c", "d"])
        #expect(result.next == .furtherRoundAmongTied(seats: 2))
        // The further round among b, c, d for 2 places.
        let second = round(seats: 2, valid: 100, [("b", 60), ("c", 55), ("d", 45)])
        #expect(BallotArithmetic.problems(second, after: r, result: result).isEmpty)
        let secondResult = ElectionRules.count(second, base: ThresholdBase(summoned: 100))
        #expect(secondResult.elected.map(\.candidate) == ["b", "c"])
        #expect(secondResult.next == .complete)
        // "a" was already elected: not open in the further round.
        let wrong = round(seats: 2, valid: 100, [("a", 60), ("c", 55)])
        #expect(BallotArithmetic.problems(wrong, after: r, result: result) == [.notOpenAfterPreviousRound(candidate: "a")])
    }

    /// `election_tie_rule`, worked by hand. Base 100 (more than 50 needed), 3 places: a 90 is elected; b, c, d tie
    /// at 70 for the 2 places left. Under `further-round` the tied go to a further round for 2; under
    /// `congress-decides` none of them is elected and the congress decides how the 2 places are filled.
    @Test func tieForTheLastPlacesUnderEachRule() {
        let r = round(seats: 3, valid: 100, [("a", 90), ("b", 70), ("c", 70), ("d", 70), ("e", 30)])
        let further = ElectionRules.count(r, base: ThresholdBase(summoned: 100), settings: ElectionSettings(tieRule: .furtherRound))
        let decides = ElectionRules.count(r, base: ThresholdBase(summoned: 100), settings: ElectionSettings(tieRule: .congressDecides))
        #expect(further.next == .furtherRoundAmongTied(seats: 2))
        #expect(decides.next == .congressDecidesAmongTied(seats: 2))
        for result in [further, decides] {
            #expect(result.elected.map(\.candidate) == ["a"])
            #expect(result.tiedAtCutoff.map(\.candidate) == ["b", "c", "d"])
            #expect(result.seatsOpen == 2)
        }
        // The name in the file selects the rule; an unknown name is the default.
        #expect(ElectionSettings(tieRuleNamed: "congress-decides").tieRule == .congressDecides)
        #expect(ElectionSettings(tieRuleNamed: "coin-toss").tieRule == .furtherRound)
        // After a tie the further round among the tied is open under both rules; after `congress-decides` the
        // congress may also put e (not elected) back on the ballot, but never a, who is elected.
        let amongTied = round(seats: 2, valid: 100, [("b", 60), ("c", 55), ("d", 45)])
        #expect(BallotArithmetic.problems(amongTied, after: r, result: further).isEmpty)
        #expect(BallotArithmetic.problems(amongTied, after: r, result: decides).isEmpty)
        let withE = round(seats: 2, valid: 100, [("b", 60), ("e", 55)])
        #expect(BallotArithmetic.problems(withE, after: r, result: further) == [.notOpenAfterPreviousRound(candidate: "e")])
        #expect(BallotArithmetic.problems(withE, after: r, result: decides).isEmpty)
        let withA = round(seats: 2, valid: 100, [("a", 60), ("b", 55)])
        #expect(BallotArithmetic.problems(withA, after: r, result: decides) == [.notOpenAfterPreviousRound(candidate: "a")])
    }

    /// Everyone above the threshold ties and they outnumber the places: base 100, 2 places, a, b, c at 60 each
    /// (all more than 50). Nobody is elected outright; the 3 tied share the 2 places.
    @Test func tieAmongAllAboveTheThresholdExceedingThePlaces() {
        let r = round(seats: 2, valid: 100, [("a", 60), ("b", 60), ("c", 60), ("d", 20)])
        let further = ElectionRules.count(r, base: ThresholdBase(summoned: 100), settings: ElectionSettings(tieRule: .furtherRound))
        let decides = ElectionRules.count(r, base: ThresholdBase(summoned: 100), settings: ElectionSettings(tieRule: .congressDecides))
        #expect(further.elected.isEmpty && decides.elected.isEmpty)
        #expect(further.tiedAtCutoff.map(\.candidate) == ["a", "b", "c"])
        #expect(decides.tiedAtCutoff.map(\.candidate) == ["a", "b", "c"])
        #expect(further.next == .furtherRoundAmongTied(seats: 2))
        #expect(decides.next == .congressDecidesAmongTied(seats: 2))
        // Exactly as many tied as places is no tie at the cutoff: both are elected under either rule.
        let fits = round(seats: 2, valid: 100, [("a", 60), ("b", 60), ("d", 20)])
        for rule in ElectionSettings.TieRule.allCases {
            let result = ElectionRules.count(fits, base: ThresholdBase(summoned: 100), settings: ElectionSettings(tieRule: rule))
            #expect(result.elected.map(\.candidate) == ["a", "b"] && result.next == .complete)
        }
        // A tie below the threshold is no tie at the cutoff either: a is elected, 1 place is short.
        let below = round(seats: 2, valid: 100, [("a", 60), ("b", 40), ("c", 40)])
        #expect(ElectionRules.count(below, base: ThresholdBase(summoned: 100), settings: ElectionSettings(tieRule: .congressDecides)).next
                == .tooFewElected(seats: 1))
    }

    /// A tie among those who are all elected anyway is no tie at the cutoff.
    @Test func tieAboveTheCutoffIsNoTie() {
        let r = round(seats: 3, valid: 100, [("a", 80), ("b", 80), ("c", 60), ("d", 55)])
        let result = ElectionRules.count(r, base: ThresholdBase(summoned: 100))
        #expect(result.elected.map(\.candidate) == ["a", "b", "c"])
        #expect(result.next == .complete)
    }

    @Test func tooFewElected() {
        let r = round(seats: 5, valid: 100, [("a", 80), ("b", 30), ("c", 60), ("d", 20), ("e", 45), ("f", 10)])
        let result = ElectionRules.count(r, base: ThresholdBase(summoned: 100))
        #expect(result.elected.map(\.candidate) == ["a", "c"])
        #expect(result.next == .tooFewElected(seats: 3))
    }
}

struct BallotArithmeticTests {
    @Test func consistentRoundHasNoProblem() {
        let r = ElectionRound(seats: 2, ballots: BallotCounts(issued: 297, collected: 297, valid: 295, invalid: 2),
                              candidates: [.init(candidate: "a", votes: 290), .init(candidate: "b", votes: 280),
                                           .init(candidate: "c", votes: 10)])
        #expect(BallotArithmetic.problems(r).isEmpty)
    }

    @Test func everyInconsistencyIsNamed() {
        let r = ElectionRound(seats: 1, ballots: BallotCounts(issued: 100, collected: 101, valid: 98, invalid: 2),
                              candidates: [.init(candidate: "a", votes: 99), .init(candidate: "b", votes: 5),
                                           .init(candidate: "a", votes: 1)])
        #expect(BallotArithmetic.problems(r) == [
            .collectedExceedsIssued(collected: 101, issued: 100),
            .validPlusInvalidIsNotCollected(valid: 98, invalid: 2, collected: 101),
            .candidateAboveValid(candidate: "a", votes: 99, valid: 98),
            .duplicateCandidate(candidate: "a"),
            .votesExceedBallotCapacity(total: 105, valid: 98, seats: 1),
        ])
    }

    /// Figures past any congress (the loader caps them; this is the defence in depth) are problems, not traps.
    @Test func extremeFiguresAreProblemsNotTraps() {
        let r = ElectionRound(seats: Int.max, ballots: BallotCounts(issued: Int.max, collected: Int.max, valid: Int.max, invalid: Int.max),
                              candidates: [.init(candidate: "a", votes: Int.max), .init(candidate: "b", votes: Int.max)])
        #expect(BallotArithmetic.problems(r) == [.validPlusInvalidIsNotCollected(valid: Int.max, invalid: Int.max, collected: Int.max)])
        let capacity = ElectionRound(seats: 1, ballots: BallotCounts(issued: 10, collected: 10, valid: 10, invalid: 0),
                                     candidates: [.init(candidate: "a", votes: Int.max), .init(candidate: "b", votes: Int.max)])
        #expect(BallotArithmetic.problems(capacity).contains(.votesExceedBallotCapacity(total: Int.max, valid: 10, seats: 1)))
        let base = ThresholdBase(summoned: 19, exclusions: [.init(reason: "x", count: Int.max), .init(reason: "y", count: Int.max)])
        #expect(base.excluded == Int.max)
        #expect(base.value == 19 - Int.max)
        #expect(ElectionRules.count(r, base: base).elected.isEmpty)
        #expect(SurplusAssessment(seats: Int.max, candidates: 3).verdict() == .outsidePreparedBand)
        #expect(SurplusAssessment(seats: 1, candidates: Int.max).verdict() == .aboveMaximum)
        #expect(SurplusAssessment(seats: 1, candidates: Int.max).percentText() == "922.337.203.685.477.580.600,00%")
    }

    /// A candidate with more votes than the base is impossible only through more votes than valid ballots.
    @Test func candidateAboveTheValidBallots() {
        let r = ElectionRound(seats: 1, ballots: BallotCounts(issued: 19, collected: 18, valid: 18, invalid: 0),
                              candidates: [.init(candidate: "hoa", votes: 20)])
        #expect(BallotArithmetic.problems(r).contains(.candidateAboveValid(candidate: "hoa", votes: 20, valid: 18)))
    }
}

struct SurplusTests {
    /// Điều 14: the convening committee prepares 10–15 %, the congress allows at most 30 %.
    @Test func surplusBands() {
        #expect(SurplusAssessment(seats: 100, candidates: 109).verdict() == .outsidePreparedBand)   // 9 %
        #expect(SurplusAssessment(seats: 100, candidates: 110).verdict() == .prepared)              // 10 %
        #expect(SurplusAssessment(seats: 100, candidates: 115).verdict() == .prepared)              // 15 %
        #expect(SurplusAssessment(seats: 100, candidates: 130).verdict() == .outsidePreparedBand)   // 30 %
        #expect(SurplusAssessment(seats: 100, candidates: 131).verdict() == .aboveMaximum)          // 31 %
        #expect(SurplusAssessment(seats: 100, candidates: 100).verdict() == .outsidePreparedBand)   // no surplus
    }

    /// Hưng Hà: 41 seats, 46 candidates = 12,20 %.
    @Test func districtCommittee() {
        let s = SurplusAssessment(seats: 41, candidates: 46)
        #expect(s.percentText() == "12,20%")
        #expect(s.verdict() == .prepared)
        #expect(SurplusAssessment(seats: 41, candidates: 54).verdict() == .aboveMaximum)   // 13/41 = 31,7 %
        #expect(SurplusAssessment(seats: 41, candidates: 53).verdict() == .outsidePreparedBand)   // 12/41 = 29,3 %
    }

    /// 13 seats: 10–15 % is 1,3–1,95 people, no whole number; 1 and 2 are accepted, 3 (23 %) is not.
    @Test func bandsNoWholeNumberFitsAcceptTheNeighbours() {
        #expect(SurplusAssessment(seats: 13, candidates: 14).preparedCounts() == 1...2)
        #expect(SurplusAssessment(seats: 13, candidates: 14).verdict() == .prepared)
        #expect(SurplusAssessment(seats: 13, candidates: 15).verdict() == .prepared)
        #expect(SurplusAssessment(seats: 13, candidates: 16).verdict() == .outsidePreparedBand)
        #expect(SurplusAssessment(seats: 6, candidates: 7).verdict() == .prepared)        // 0,6–0,9 → 1
        #expect(SurplusAssessment(seats: 41, candidates: 46).preparedCounts() == 5...6)   // 4,1–6,15
    }

    @Test func smallCommitteesAtMostOneMore() {
        #expect(SurplusAssessment(seats: 5, candidates: 6).verdict() == .prepared)
        #expect(SurplusAssessment(seats: 5, candidates: 7).verdict() == .smallCommitteeOverOne)
        #expect(SurplusAssessment(seats: 3, candidates: 5).verdict() == .smallCommitteeOverOne)
        #expect(SurplusAssessment(seats: 3, candidates: 4).verdict() == .prepared)   // 33 % but one extra is allowed
    }

    @Test func maximumIsASetting() {
        let strict = ElectionSettings(maximumSurplusPercent: 20)
        #expect(SurplusAssessment(seats: 100, candidates: 121).verdict(strict) == .aboveMaximum)
        #expect(SurplusAssessment(seats: 100, candidates: 120).verdict(strict) == .outsidePreparedBand)
    }
}

/// For random consistent rounds: the elected never exceed the seats, every elected has more than half of
/// the base, and no one left out (neither elected nor tied) has more votes than someone elected.
struct ElectionPropertyTests {
    @Test func randomRoundsKeepTheRules() {
        var rng = Xorshift(seed: 0x1905_2020)
        for _ in 0..<5_000 {
            let base = Int(rng.next() % 60) + 1
            let valid = Int(rng.next() % UInt64(base + 1))
            let seats = Int(rng.next() % 6) + 1
            let count = seats + Int(rng.next() % 4)
            var candidates: [CandidateVotes] = []
            for i in 0..<count {
                candidates.append(CandidateVotes(candidate: "c\(i)", votes: Int(rng.next() % UInt64(valid + 1))))
            }
            let round = ElectionRound(seats: seats, ballots: BallotCounts(issued: valid, collected: valid, valid: valid, invalid: 0),
                                      candidates: candidates)
            let result = ElectionRules.count(round, base: ThresholdBase(summoned: base))
            #expect(result.elected.count <= seats)
            #expect(result.elected.count + result.seatsOpen == seats)
            for e in result.elected { #expect(ElectionRules.passesThreshold(votes: e.votes, base: base)) }
            let minElected = result.elected.map(\.votes).min() ?? Int.max
            let chosen = Set(result.elected.map(\.candidate) + result.tiedAtCutoff.map(\.candidate))
            for c in candidates where !chosen.contains(c.candidate) {
                #expect(result.elected.isEmpty || c.votes <= minElected)
            }
            for t in result.tiedAtCutoff { #expect(t.votes <= minElected) }
        }
    }
}

struct Xorshift {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
}

/// The lowest passing count and the ballot's form, which the election rules paper prints.
struct ThresholdMinimumAndBallotFormTests {
    @Test func theMinimumIsTheFirstCountAboveHalf() {
        for base in 1...500 {
            let minimum = ElectionRules.minimumVotesToPass(base: base) ?? 0
            #expect(ElectionRules.passesThreshold(votes: minimum, base: base), "\(base)")
            #expect(!ElectionRules.passesThreshold(votes: minimum - 1, base: base), "\(base)")
        }
        #expect(ElectionRules.minimumVotesToPass(base: 16) == 9)     // 8 is exactly half
        #expect(ElectionRules.minimumVotesToPass(base: 15) == 8)
        #expect(ElectionRules.minimumVotesToPass(base: 0) == nil)
        #expect(ElectionRules.minimumVotesToPass(base: -3) == nil)
    }

    @Test func aSurplusListIsStruckAndAnEvenListHasBoxes() {
        #expect(BallotForm(candidates: 4, seats: 3) == .strikeNames)
        #expect(BallotForm(candidates: 3, seats: 3) == .approvalBoxes)
        #expect(BallotForm(candidates: 1, seats: 1) == .approvalBoxes)
        #expect(InvalidBallotReason.noNameKept.applies(to: .strikeNames))
        #expect(!InvalidBallotReason.noNameKept.applies(to: .approvalBoxes))
        #expect(InvalidBallotReason.allCases.filter { $0.applies(to: .approvalBoxes) }.count == InvalidBallotReason.allCases.count - 1)
    }
}

/// Shares other than one half, asked of the one comparison (`ElectionRules.exceedsShare`): a nominee from the floor
/// needs MORE than 30 % of those present (QĐ 190-QĐ/TW Điều 14 khoản 3), a withdrawal more than the setting, a
/// secret motion more than half of the base (Điều lệ Đảng Điều 9 khoản 5). Figures by hand.
struct ShareTests {
    @Test func moreThanThirtyPercent() {
        #expect(!FloorOpinionRules.entersList(agree: 3, present: 10))   // exactly 30 %
        #expect(FloorOpinionRules.entersList(agree: 4, present: 10))
        #expect(!FloorOpinionRules.entersList(agree: 4, present: 15))   // 26,67 %
        #expect(FloorOpinionRules.entersList(agree: 5, present: 15))    // 33,33 %
        #expect(!FloorOpinionRules.entersList(agree: 89, present: 297)) // 29,97 %
        #expect(FloorOpinionRules.entersList(agree: 90, present: 297))  // 30,30 %
        #expect(!FloorOpinionRules.entersList(agree: 0, present: 0))
        #expect(ElectionRules.minimumVotes(base: 15, percent: 30) == 5)
        #expect(ElectionRules.minimumVotes(base: 297, percent: 30) == 90)
        #expect(ElectionRules.minimumVotes(base: 297, percent: 50) == 149)
        #expect(ElectionRules.minimumVotes(base: 0, percent: 30) == nil)
    }

    @Test func withdrawalByTheSetting() {
        #expect(!FloorOpinionRules.mayWithdraw(agree: 8, present: 16))             // half is not more than half
        #expect(FloorOpinionRules.mayWithdraw(agree: 9, present: 16))
        #expect(!FloorOpinionRules.mayWithdraw(agree: 9, present: 16, percent: 60)) // 56,25 %
        #expect(FloorOpinionRules.mayWithdraw(agree: 10, present: 16, percent: 60)) // 62,5 %
    }

    /// At 50 the share is "quá bán" as integers say it (n > ⌊d / 2⌋), for every base and vote up to 300.
    @Test func fiftyPercentIsTheThreshold() {
        for base in 0...300 {
            for votes in 0...base {
                #expect(ElectionRules.exceedsShare(votes: votes, base: base, percent: 50) == (base > 0 && votes > base / 2))
            }
        }
        // No overflow at the bounds.
        #expect(ElectionRules.exceedsShare(votes: Int.max, base: Int.max, percent: 99))
        #expect(!ElectionRules.exceedsShare(votes: Int.max / 2, base: Int.max, percent: 50))
    }

    /// A secret motion: 9 of a base of 16 is adopted, 8 is not; the base subtracts the exclusions.
    @Test func aSecretMotionNeedsMoreThanHalfOfTheBase() {
        let base = ThresholdBase(summoned: 17, exclusions: [.init(reason: "Miễn sinh hoạt, vắng mặt", count: 1)])
        #expect(SecretVoteRules.isAdopted(inFavour: 9, base: base))
        #expect(!SecretVoteRules.isAdopted(inFavour: 8, base: base))
        // 9 for + 7 against on 15 valid ballots is one too many; 9 + 6 is right.
        let ballots = BallotCounts(issued: 16, collected: 16, valid: 15, invalid: 1)
        #expect(SecretVoteRules.problems(ballots: ballots, inFavour: 9, against: 7) == [.votesExceedBallotCapacity(total: 16, valid: 15, seats: 1)])
        #expect(SecretVoteRules.problems(ballots: ballots, inFavour: 9, against: 6).isEmpty)
    }
}
