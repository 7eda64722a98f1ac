import CongressModel
import Template
import Vietnamese

/// The results of every election as the minutes state them: the body, the number to elect, the rounds held
/// with their ballots (`BallotFigures`, as the vote-count minutes print them), and the elected by votes with
/// their percentage of the base — one elected in a further round says which; an election of the new
/// committee's first meeting says so (`held_at_first_meeting`, `first_meeting`), its result announced to the
/// congress. Read from `ElectionList`, as every paper naming the elections.
public struct ElectionResultsViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    public init(_ congress: Congress, elections: ElectionList? = nil) {
        templateValue = .list((elections ?? ElectionList(congress)).entries.map { .object(TemplateFields(Self.values(of: $0, in: congress))) })
    }

    /// One election's result, as the congress minutes and the first meeting's minutes print it.
    static func values(of entry: ElectionList.Entry, in congress: Congress) -> [String: TemplateValue] {
        let f = Figures(percentDecimals: congress.settings.percentDecimals)
        let meeting = FirstMeetingNaming(congress).meeting
        let (election, outcome) = (entry.election, entry.outcome)
        let base = outcome.base.value
        let severalRounds = outcome.rounds.count > 1
        let elected = outcome.elected.enumerated().map { index, c -> TemplateValue in
            .object([
                "number": .string(String(index + 1)),
                "name": .string(congress.person(c.person)?.name ?? c.person.rawValue),
                "votes": .string(f.count(c.votes)),
                "percent": .string(f.percent(c.votes, of: base)),
                // "(lần bầu thứ 2)": the votes of a further round are not those of the first.
                "round": severalRounds ? .string(String(c.round)) : .bool(false),
            ])
        }
        let rounds = outcome.rounds.map { counted -> TemplateValue in
            .object(TemplateFields(BallotFigures.values(counted, f).merging([
                "number": severalRounds ? .string(String(counted.number)) : .bool(false),
            ]) { figure, _ in figure }))
        }
        let open = election.seats - outcome.elected.count
        return [
            "body": .string(entry.name),
            "body_in_text": .string(entry.nameInText),
            "held_at_first_meeting": .bool(entry.holding.atFirstMeeting),
            "first_meeting": .string(meeting),
            "seats": .string(f.count(election.seats)),
            "candidate_count": .string(f.count(election.candidates.count)),
            "base": .string(f.count(base)),
            "rounds": .string(f.count(outcome.rounds.count)),
            "ballots": .list(rounds),
            "elected": .list(elected),
            "elected_count": .string(f.count(outcome.elected.count)),
            // One elected is "Đồng chí trúng cử", not "Các đồng chí … (1 đồng chí, xếp theo số phiếu …)".
            "one_elected": .bool(outcome.elected.count == 1),
            "several_elected": .bool(outcome.elected.count > 1),
            "complete": .bool(open <= 0),
            "open": .string(f.count(max(0, open))),
            "floor_opinion": election.floorOpinion.map {
                .string(Self.opinionSentence(FloorOpinionCount(entry, opinion: $0, congress: congress), f))
            } ?? .bool(false),
        ]
    }

    /// The opinion on the list before it was voted, as its count's minutes decided it (`FloorOpinionCount`): "Trước
    /// khi biểu quyết danh sách bầu cử, Đại hội xin ý kiến bằng phiếu kín (…): đồng chí … được 9 phiếu đồng ý, đạt
    /// 60,00%, được đưa vào danh sách bầu cử; …". Shares of the voters present, as there.
    static func opinionSentence(_ count: FloorOpinionCount, _ f: Figures) -> String {
        let assembly = count.entry.holding.assembly
        let nominees = count.nominated.map { row in
            "đồng chí \(row.name) (ứng cử, được đề cử tại \(assembly)) được \(f.count(row.agree)) phiếu đồng ý, đạt "
                + "\(f.percent(row.agree, of: count.voters)), "
                + (row.granted ? "được đưa vào danh sách bầu cử" : "không được đưa vào danh sách bầu cử")
        }
        let withdrawals = count.withdrawing.map { row in
            "đồng chí \(row.name) xin rút được \(f.count(row.agree)) phiếu đồng ý cho rút, đạt "
                + "\(f.percent(row.agree, of: count.voters)), "
                + (row.granted ? "được rút khỏi danh sách bầu cử" : "không được rút")
        }
        // "phát ra 16 phiếu, hợp lệ 15 phiếu": worded apart from the rounds' "Số phiếu phát ra …", which it is not.
        return "Trước khi biểu quyết danh sách bầu cử, \(assembly) xin ý kiến bằng phiếu kín (phát ra "
            + "\(f.count(count.ballots.issued)) phiếu, hợp lệ \(f.count(count.ballots.valid)) phiếu; tỷ lệ so với "
            + "\(f.count(count.voters)) người có quyền biểu quyết có mặt): "
            + (nominees + withdrawals).joined(separator: "; ") + "."
    }
}
