import CongressModel
import Tally
import Template
import Vietnamese

/// Tờ trình đề nghị chuẩn y kết quả bầu cử — the new committee's request to the superior committee to approve the
/// elections of the congress and of its first meeting: the committee (cấp ủy), its standing committee, secretary
/// and deputies, the inspection committee and its chairman, each with the elected, their votes and the share of
/// the election's base, read from `ElectionList` (the vote-count arithmetic, never retyped).
///
/// "Kết quả bầu cử phải được chuẩn y của cấp ủy có thẩm quyền" (Quy chế bầu cử trong Đảng, 32-HD/TW mục 2;
/// QĐ 190-QĐ/TW); the delegation to the upper congress is not approved and is left out. The paper is the new
/// committee's own (issue 14 §11): header of the committee (`CommitteeName`: "HUYỆN ỦY HƯNG HÀ", at a chi bộ the
/// chi bộ, as the convening committee's papers), number in its series "01-TTr/HU" (`ResultsNumbering`), to the
/// superior's standing committee (`CommitteeName(of: superior).actingBody`), signed T/M BAN CHẤP HÀNH (CHI ỦY) by
/// the new Bí thư. Follows the public form "Tờ trình đề nghị chuẩn y kết quả bầu cử Ban Chấp hành, Bí thư, Phó Bí
/// thư" (hoatieu.vn 140197).
public struct ApprovalRequestViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    public init(_ congress: Congress, elections: ElectionList? = nil) {
        let f = Figures(percentDecimals: congress.settings.percentDecimals)
        let issuer = ResultsIssuer(congress)
        let naming = CongressNaming(congress)
        let entries = ResultsIssuer.approved((elections ?? ElectionList(congress)))
        let elections: [TemplateValue] = entries.enumerated().map { index, entry in
            let base = entry.outcome.base.value
            return .object([
                "number": .string(String(index + 1)),
                "name": .string(entry.name),
                "seats": .string(f.count(entry.election.seats)),
                "elected_count": .string(f.count(entry.outcome.elected.count)),
                "complete": .bool(entry.outcome.isComplete),
                "at_first_meeting": .bool(entry.holding.atFirstMeeting),
                "base": .string(f.count(base)),
                "elected": .list(entry.outcome.elected.enumerated().map { number, c in
                    .object([
                        "number": .string(String(number + 1)),
                        "name": .string(DelegatesViewModel.unbrokenName(congress.person(c.person)?.name ?? c.person.rawValue)),
                        "votes": .string(f.count(c.votes)),
                        "percent": .string(f.percent(c.votes, of: base)),
                    ])
                }),
            ])
        }
        let heldAtFirstMeeting = entries.contains { $0.holding.atFirstMeeting }
        templateValue = .object([
            "header": issuer.header(congress, number: ResultsNumbering.number(of: .approvalRequest, in: congress)).templateValue,
            "recipient": .string(issuer.recipient),
            "congress_name_term": .string(naming.nameWithTerm),
            "congress_date": .string(VietnameseDate.numeric(congress.officialSession.date)),
            "has_first_meeting": .bool(heldAtFirstMeeting),
            "first_meeting": .string(FirstMeetingNaming(congress).meeting),
            "first_meeting_date": .string(VietnameseDate.numeric(congress.firstMeetingDate)),
            "regulation": .string(ElectionRegulation.citation(for: congress.officialSession.date)),
            "committee": .string(issuer.committee),
            "elections": .list(elections),
            "signatures": .list([issuer.signature.templateValue]),
        ])
    }
}
