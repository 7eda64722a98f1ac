import CongressModel
import Count
import Derive
import Elections
import Tally
import Vietnamese

/// What the hall view (màn hình hội trường) shows, readable without a token: per round, the progress (ballots
/// entered per pile, per clerk by name) and, once published, the results and the elected in the order the rules
/// give (`ElectionOutcome`). Never a single ballot's reading.
struct HallState: Encodable, Sendable {
    struct Pile: Encodable, Sendable {
        var number: Int
        var entered: [Int]
        var closed: Bool
    }

    /// Tally mode: a counting group's sheet, how many clerks entered it, whether every figure stands.
    struct Group: Encodable, Sendable {
        var number: Int
        var entered: Int
        var settled: Bool
    }

    struct Candidate: Encodable, Sendable {
        var name: String
        var votes: Int
        var percent: String
        var elected: Bool
    }

    struct Round: Encodable, Sendable {
        var election: String
        var round: Int
        var body: String
        var seats: Int
        var form: String
        var names: [String]
        var published: Bool
        var issued: Int?
        var collected: Int?
        var counted: Int
        var piles: [Pile]
        var groups: [Group] = []
        var open_mismatches: Int
        var valid: Int?
        var invalid: Int?
        var base: Int?
        var results: [Candidate]?
        var elected: [String]?
        var check_code: String?
    }

    var congress: String
    var version: Int64
    var rounds: [Round]

    init(_ session: CountSession) throws {
        let congress = session.congress
        self.congress = CongressNaming(congress).nameWithTerm
        let counted = try session.countedCongress()
        let names = Dictionary(ElectionList(congress).entries.map { ($0.election.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var rounds: [Round] = []
        for (ballot, published) in try session.rounds() {
            let log = try session.store.log(election: ballot.election, round: ballot.round)
            let reconciliation = Reconciliation(entries: log.entries, decisions: log.decisions, closings: log.closings,
                                                entriesPerPile: session.entriesPerPile)
            var round = Round(
                election: ballot.election, round: ballot.round, body: names[ballot.election] ?? ballot.election,
                seats: ballot.seats, form: ballot.form == .strikeNames ? "strike" : "approval", names: ballot.names,
                published: published, issued: log.latestHandedOut?.issued, collected: log.latestHandedOut?.collected,
                counted: log.isTallyMode
                    ? RoundTally.of(ballot, log: log, entriesPerPile: session.entriesPerPile, voters: congress.votersPresent).ballotsCounted
                    : reconciliation.final.count,
                piles: reconciliation.piles.map { p in
                    Pile(number: p.number, entered: p.clerks.map { p.entered[$0, default: 0] }, closed: p.isComparable)
                },
                open_mismatches: reconciliation.open.count)
            if log.isTallyMode {
                let tally = TallyReconciliation(entries: log.tallyEntries, decisions: log.tallyDecisions,
                                                entriesPerGroup: session.entriesPerPile, ballot: ballot)
                round.groups = tally.groups.map { Group(number: $0.number, entered: $0.clerks.count, settled: tally.final[$0.number] != nil) }
            }
            if published, let election = counted.elections.first(where: { $0.id == ballot.election }),
               let outcome = Optional(ElectionOutcome(election, congress: counted)),
               let countedRound = outcome.rounds.first(where: { $0.number == ballot.round }) {
                let base = outcome.base.value
                let elected = Set(countedRound.result.elected.map(\.candidate))
                round.valid = countedRound.data.valid
                round.invalid = countedRound.data.invalid
                round.base = base
                round.results = countedRound.data.votes.map { v in
                    Candidate(name: congress.person(v.candidate)?.name ?? v.candidate.rawValue, votes: v.votes,
                              percent: ElectionRules.percentOfBase(votes: v.votes, base: base,
                                                                   decimals: congress.settings.percentDecimals),
                              elected: elected.contains(v.candidate.rawValue))
                }
                round.elected = countedRound.result.elected.map { congress.person(PersonID($0.candidate))?.name ?? $0.candidate }
                round.check_code = log.publication?.checkCode
            }
            rounds.append(round)
        }
        self.rounds = rounds
        version = try session.store.version()
    }
}
