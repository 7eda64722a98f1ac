import Tally
import CongressModel
import Template
import Vietnamese

/// Biên bản Hội nghị lần thứ nhất Ban Chấp hành (Chi ủy) khóa mới — the short minutes of the new committee's
/// first meeting (DOMAIN.md "Who elects what"; reviews/papers.md §5, the baohagiang account): who was convened
/// (the committee the congress elected) and who was present or absent (`first_meeting.absent`), who chaired, the counting board, and the result of each election the
/// meeting held, read from `ElectionList` as every paper; its secretary (`first_meeting.secretary`), the show of
/// hands electing the board (`board_vote`) and approving these minutes (`minutes_vote`) when the data records them. Headed and numbered as the committee's papers
/// (`ElectionHolding`): the last of the "…-BB/HN" series, after the meeting's vote-count minutes.
public struct FirstMeetingMinutesViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    public init(_ congress: Congress, elections: ElectionList? = nil) {
        let f = Figures(percentDecimals: congress.settings.percentDecimals)
        let naming = FirstMeetingNaming(congress)
        let holding = ElectionHolding(atFirstMeeting: true, congress: congress)
        let entries = (elections ?? ElectionList(congress)).heldAtFirstMeeting
        let people = { (ids: [PersonID]) in ids.compactMap { congress.person($0) }.map { PersonViewModel($0).templateValue } }
        let members = congress.committeeElection.map { ElectionOutcome($0, congress: congress).elected.count } ?? 0
        // Có mặt, vắng mặt — of the committee's members (`Congress.firstMeetingPresent`).
        let absent = congress.firstMeetingPresent?.absent ?? []
        let present = max(0, members - absent.count)
        // The same result as the congress minutes print (`ElectionResultsViewModel`): every round's ballots
        // (phát ra, thu về, hợp lệ, không hợp lệ), the elected with the round that elected them.
        let elections = entries.map { TemplateValue.object(TemplateFields(ElectionResultsViewModel.values(of: $0, in: congress))) }
        let chair = (congress.firstMeeting?.chair.first).flatMap { congress.person($0) }
        let secretary = (congress.firstMeeting?.secretary.first).flatMap { congress.person($0) }
        // Thư ký Hội nghị signs on the left, the chair on the right, as the congress minutes' secretary and presidium.
        let signatures = [secretary.map { SignatureViewModel(authority: "THƯ KÝ HỘI NGHỊ", title: "", name: $0.name) },
                          chair.map { SignatureViewModel(authority: "T/M \(VietnameseText.uppercased(naming.committeeBody))",
                                                         title: "CHỦ TRÌ HỘI NGHỊ", name: $0.name) }].compactMap { $0 }
        templateValue = .object([
            "header": HeaderViewModel(congress, holding: holding,
                                      number: DocumentNumbering.number(of: .document(.firstMeeting), in: congress)).templateValue,
            "meeting": .string(naming.meeting),
            "committee": .string(naming.committee),
            "member": .string(naming.member),
            "date": .string(VietnameseDate.long(holding.date)),
            "venue": .string(congress.details.venue),
            "members": .string(f.count(members)),
            "present": .string(f.count(present)),
            "present_percent": .string(f.percent(present, of: members)),
            "has_absent": .bool(!absent.isEmpty),
            "absent_count": .string(f.count(absent.count)),
            "absent": .list(people(absent)),
            "chair": .list(people(congress.firstMeeting?.chair ?? [])),
            "secretary": .list(people(congress.firstMeeting?.secretary ?? [])),
            "board_vote": Self.showOfHands(congress.firstMeeting?.boardVote, present: present, f),
            "approval": Self.showOfHands(congress.firstMeeting?.minutesVote, present: present, f),
            "board": .list(CountingBoard.members(people(holding.board))),
            "board_count": .string(f.count(holding.board.count)),
            "elections": .list(elections),
            "signatures": .list(signatures.map(\.templateValue)),
        ])
    }

    /// A show of hands of the members present (`first_meeting.board_vote`, `minutes_vote`): the hands for, with
    /// their share of those present, against and abstaining, and whether it was unanimous; false when not recorded.
    static func showOfHands(_ vote: ShowOfHands?, present: Int, _ f: Figures) -> TemplateValue {
        guard let vote else { return .bool(false) }
        return .object([
            "for": .string(f.count(vote.inFavour)),
            "present": .string(f.count(present)),
            "for_percent": .string(f.percent(vote.inFavour, of: present)),
            "against": vote.against > 0 ? .string(f.count(vote.against)) : .bool(false),
            "abstain": vote.abstained > 0 ? .string(f.count(vote.abstained)) : .bool(false),
            "unanimous": .bool(vote.against == 0 && vote.abstained == 0 && vote.inFavour == present),
        ])
    }
}
