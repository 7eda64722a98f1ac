/// Nhật ký nhập phiếu — the canonical text of one round's log: every figure the head recorded, every ballot as each
/// clerk entered it (corrections included), every pile closing and every decision, in log order, one line each.
/// The check code printed on the vote-count minutes and the entry log is its SHA-256 (`CheckCode`), so anyone with
/// the database can recompute it (`daihoi count --verify`) and compare it with the paper.
///
/// Format (docs/count.md), fields separated by one tab, lines ended by LF:
/// ```
/// daihoi-count-log 1
/// round <election> <round> seats <n>
/// candidate <position> <person id>          (ballot order)
/// member <id> <head|clerk> <name>
/// handed-out <id> <issued> <collected> <head id> <at>
/// entry <id> <pile> <position> <clerk id> <revision> <reading> <at>
/// closing <id> <pile> <clerk id> <ballots> <at>
/// decision <id> <pile> <position> <head id> <reading> <at>
/// tally <id> <group> <clerk id> <revision> <sheet> <at>            (tally mode: a group's sheet as entered)
/// tally-decision <id> <group> <field> <head id> <value> <at>       (tally mode: the head's decision on a figure)
/// ```
/// A round counted ballot by ballot has no tally lines (its code is what it was before tally mode existed).
public enum EntryLog {
    public static func canonical(ballot: CountedBallot, log: CountStore.RoundLog, members: [Member]) -> String {
        var lines = ["daihoi-count-log\t1", "round\t\(ballot.election)\t\(ballot.round)\tseats\t\(ballot.seats)"]
        lines += ballot.candidates.enumerated().map { "candidate\t\($0.offset + 1)\t\($0.element.rawValue)" }
        lines += members.map { "member\t\($0.id)\t\($0.role.rawValue)\t\(clean($0.name))" }
        lines += log.handedOut.map { "handed-out\t\($0.id)\t\($0.figures.issued)\t\($0.figures.collected)\t\($0.head)\t\($0.at)" }
        lines += log.entries.map { "entry\t\($0.id)\t\($0.pile)\t\($0.position)\t\($0.clerk)\t\($0.revision)\t\($0.reading)\t\($0.at)" }
        lines += log.closings.map { "closing\t\($0.id)\t\($0.pile)\t\($0.clerk)\t\($0.ballots)\t\($0.at)" }
        lines += log.decisions.map { "decision\t\($0.id)\t\($0.pile)\t\($0.position)\t\($0.head)\t\($0.reading)\t\($0.at)" }
        lines += log.tallyEntries.map { "tally\t\($0.id)\t\($0.group)\t\($0.clerk)\t\($0.revision)\t\($0.sheet)\t\($0.at)" }
        lines += log.tallyDecisions.map { "tally-decision\t\($0.id)\t\($0.group)\t\($0.field)\t\($0.head)\t\($0.value)\t\($0.at)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A name on one line: tabs and line breaks (which the loader refuses anyway) become spaces.
    static func clean(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }

    public static func checkCode(ballot: CountedBallot, log: CountStore.RoundLog, members: [Member]) -> String {
        CheckCode.of(canonical(ballot: ballot, log: log, members: members))
    }
}
