import CongressModel
import Elections
import Template
import Vietnamese

/// Biên bản kiểm phiếu — one sheet per election and round (DOMAIN.md §2 (d); QĐ 190-QĐ/TW Điều 30).
///
/// Candidates in Vietnamese alphabetical order with their votes and the percentage against the base
/// ("so với đảng viên chính thức"); then the elected by votes from high to low; then what the congress
/// must do next when the round did not fill every place. The figures and names only, formatted, with the
/// decisions as flags (`is_further_round`, `voters`, `next`); the sentences are in `documents/vote-count.xhtml`.
public struct VoteCountViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    public init(_ congress: Congress, elections: ElectionList? = nil) {
        let naming = CongressNaming(congress)
        let f = Figures(percentDecimals: congress.settings.percentDecimals)
        var sheets: [TemplateValue] = []
        var congressSheets = 0, meetingSheets = 0
        for entry in (elections ?? ElectionList(congress)).entries {
            let (election, outcome, holding, bodyName) = (entry.election, entry.outcome, entry.holding, entry.name)
            let board = holding.board.compactMap { congress.person($0) }.map(PersonViewModel.init)
            for counted in outcome.rounds {
                let paper: DocumentNumbering.Paper
                if holding.atFirstMeeting {
                    meetingSheets += 1
                    paper = .firstMeetingVoteCount(sheet: meetingSheets)
                } else {
                    congressSheets += 1
                    paper = .voteCount(sheet: congressSheets)
                }
                let header = HeaderViewModel(congress, holding: holding, body: DocumentKind.voteCount.headerBody(in: congress),
                                             number: DocumentNumbering.number(of: paper, in: congress))
                let base = outcome.base.value
                let rows = VietnameseCollation.sorted(counted.data.votes, byName: { congress.person($0.candidate)?.name ?? "" })
                    .enumerated().map { index, entry -> TemplateValue in
                        .object([
                            "number": .string(String(index + 1)),
                            "name": .string(congress.person(entry.candidate)?.name ?? entry.candidate.rawValue),
                            "votes": .string(f.count(entry.votes)),
                            "percent": .string(f.percent(entry.votes, of: base)),
                        ])
                    }
                let elected = counted.result.elected.enumerated().map { index, c -> TemplateValue in
                    .object([
                        "number": .string(String(index + 1)),
                        "name": .string(congress.person(PersonID(c.candidate))?.name ?? c.candidate),
                        "votes": .string(f.count(c.votes)),
                        "percent": .string(f.percent(c.votes, of: base)),
                    ])
                }
                sheets.append(.object(TemplateFields(BallotFigures.values(counted, f).merging([
                    "header": header.templateValue,
                    "body": .string(bodyName),
                    "body_in_text": .string(entry.nameInText),
                    "regulation": .string(ElectionRegulation.citation(for: congress.officialSession.date)),
                    "round": .string(String(counted.number)),
                    "is_further_round": .bool(counted.number > 1),
                    "board": .list(CountingBoard.members(board.map(\.templateValue))),
                    "board_count": .string(f.count(board.count)),
                    "seats": .string(f.count(counted.round.seats)),
                    "candidate_count": .string(f.count(counted.data.votes.count)),
                    "voters": Self.voters(holding, congress: congress),
                    "assembly": .string(holding.assembly),
                    "held_at_first_meeting": .bool(holding.atFirstMeeting),
                    "first_meeting": .string(FirstMeetingNaming(congress).meeting),
                    "summoned": .string(f.count(outcome.base.summoned)),
                    // "Trừ 1 (đảng viên được miễn …)": the reason runs on in the sentence, in lower case.
                    "exclusions": .list(outcome.base.exclusions.map {
                        .object(["reason": .string($0.reason.lowercasedFirst), "count": .string(f.count($0.count))])
                    }),
                    "base": .string(f.count(base)),
                    "invalid_reasons": .list(counted.data.invalidReasons.map {
                        .object(["reason": .string($0.reason), "count": .string(f.count($0.count))])
                    }),
                    "rows": .list(rows),
                    "elected": .list(elected),
                    "elected_count": .string(f.count(elected.count)),
                    // One elected is "Đồng chí trúng cử", with no order to state.
                    "one_elected": .bool(elected.count == 1),
                    "several_elected": .bool(elected.count > 1),
                    // Mã kiểm tra: the round was counted by `daihoi count`; anyone can recompute it (`--verify`).
                    "check_code": counted.data.checkCode.map { .object(["code": .string($0)]) } ?? .bool(false),
                    "next": Self.next(counted.result, congress: congress, assembly: holding.assembly),
                    "signatures": .list(Self.signature(holding, congress: congress).map { [$0.templateValue] } ?? []),
                ]) { figure, _ in figure })))
            }
        }
        templateValue = .object([
            "congress_name": .string(naming.name),
            "attendee": .string(Labels.attendee(congress.details.kind)),
            "sheets": .list(sheets),
        ])
    }

    /// Who the base counts: the official delegates (members) summoned to the congress (`official_attendees`),
    /// or, at the first meeting of the new committee, its members (`committee_members`, named by `committee_member`:
    /// "ủy viên Ban Chấp hành", "chi ủy viên"). `official_members` is kept for templates that still read it.
    static func voters(_ holding: ElectionHolding, congress: Congress) -> TemplateValue {
        .object([
            "official_attendees": .bool(!holding.atFirstMeeting),
            "official_members": .bool(false),
            "committee_members": .bool(holding.atFirstMeeting),
            "committee_member": .string(FirstMeetingNaming(congress).member),
        ])
    }

    /// What the round leaves the congress to do, one flag set: every place filled (`is_complete`); a tie at the
    /// last place (`is_tied`: the tied names, in list order, their votes, the places to fill among them;
    /// `congress_decides` when `election_tie_rule: congress-decides`); too few elected (`is_short`: the places
    /// still open). `sentence` is the minutes' line for it, worded here so the rule and its wording stay together.
    static func next(_ result: RoundResult, congress: Congress, assembly: String = "Đại hội") -> TemplateValue {
        var tied = false, decides = false, short = false, open = 0
        switch result.next {
        case .complete: break
        case .furtherRoundAmongTied(let seats): (tied, open) = (true, seats)
        case .congressDecidesAmongTied(let seats): (tied, decides, open) = (true, true, seats)
        case .tooFewElected(let seats): (short, open) = (true, seats)
        }
        let names = tied ? result.tiedAtCutoff.compactMap { congress.person(PersonID($0.candidate))?.name } : []
        let tiedNames = names.joined(separator: ", ")
        let tiedVotes = result.tiedAtCutoff.first.map { VietnameseNumber.integer($0.votes) } ?? ""
        return .object([
            "is_complete": .bool(!tied && !short),
            "is_tied": .bool(tied),
            "congress_decides": .bool(decides),
            "is_short": .bool(short),
            "tied_names": .string(tiedNames),
            "tied_votes": .string(tiedVotes),
            "open_seats": .string(String(open)),
            "sentence": .string(sentence(result.next, tiedNames: tiedNames, tiedVotes: tiedVotes, assembly: assembly)),
        ])
    }

    /// The vote-count minutes' line on what happens next (DOMAIN.md §3: a tie at the cutoff is UNCONFIRMED,
    /// so `election_tie_rule` decides it; 244 Điều 20 khoản 2: too few elected, the congress votes again or stops).
    /// `assembly` is who decides: "Đại hội", or "Hội nghị" at the first meeting of the new committee.
    static func sentence(_ next: RoundResult.Next, tiedNames: String, tiedVotes: String,
                         assembly: String = "Đại hội") -> String {
        switch next {
        case .complete:
            return "Đã bầu đủ số lượng."
        case .furtherRoundAmongTied(let seats):
            return "Các đồng chí \(tiedNames) có số phiếu bằng nhau (\(tiedVotes) phiếu) tại vị trí cuối; "
                + "\(assembly) bầu tiếp trong số các đồng chí này để chọn \(seats) đồng chí."
        case .congressDecidesAmongTied(let seats):
            return "Các đồng chí \(tiedNames) có số phiếu bằng nhau (\(tiedVotes) phiếu) tại vị trí cuối, nhiều hơn "
                + "số lượng còn lại (\(seats) đồng chí), nên chưa đồng chí nào trong số này trúng cử; "
                + "\(assembly) xem xét, quyết định việc bầu \(seats) đồng chí còn thiếu."
        case .tooFewElected(let seats):
            return "Số người trúng cử chưa đủ số lượng, còn thiếu \(seats) đồng chí; \(assembly) xem xét, quyết định bầu tiếp."
        }
    }

    /// "T/M BAN KIỂM PHIẾU / TRƯỞNG BAN" signed by the head of the vote-counting board.
    static func signature(_ holding: ElectionHolding, congress: Congress) -> SignatureViewModel? {
        guard let id = holding.board.first, let person = congress.person(id) else { return nil }
        return SignatureViewModel(authority: "T/M BAN KIỂM PHIẾU", title: "TRƯỞNG BAN", name: person.name)
    }
}
