import CongressModel
import Elections
import Tally
import Template

/// Số phiếu phát ra, thu về, hợp lệ, không hợp lệ — the ballots of one counted round, formatted once for every
/// paper that prints them (the vote-count minutes and the congress minutes), read from the round as
/// `ElectionOutcome` counted it: no paper recomputes them, so none can differ (issue 13 §4).
enum BallotFigures {
    static func values(_ round: ElectionOutcome.CountedRound, _ f: Figures) -> [String: TemplateValue] {
        values(issued: round.data.issued, collected: round.data.collected, valid: round.data.valid,
               invalid: round.data.invalid, f)
    }

    /// The same four figures of a secret vote that is not an election round (the opinion on the nominees from the
    /// floor, a motion voted by secret ballot).
    static func values(_ ballots: BallotCounts, _ f: Figures) -> [String: TemplateValue] {
        values(issued: ballots.issued, collected: ballots.collected, valid: ballots.valid, invalid: ballots.invalid, f)
    }

    private static func values(issued: Int, collected: Int, valid: Int, invalid: Int, _ f: Figures) -> [String: TemplateValue] {
        [
            "issued": .string(f.count(issued)),
            "collected": .string(f.count(collected)),
            "valid": .string(f.count(valid)),
            "invalid": .string(f.count(invalid)),
        ]
    }
}
