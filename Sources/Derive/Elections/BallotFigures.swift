import Tally
import Template

/// Số phiếu phát ra, thu về, hợp lệ, không hợp lệ — the ballots of one counted round, formatted once for every
/// paper that prints them (the vote-count minutes and the congress minutes), read from the round as
/// `ElectionOutcome` counted it: no paper recomputes them, so none can differ (issue 13 §4).
enum BallotFigures {
    static func values(_ round: ElectionOutcome.CountedRound, _ f: Figures) -> [String: TemplateValue] {
        [
            "issued": .string(f.count(round.data.issued)),
            "collected": .string(f.count(round.data.collected)),
            "valid": .string(f.count(round.data.valid)),
            "invalid": .string(f.count(round.data.invalid)),
        ]
    }
}
