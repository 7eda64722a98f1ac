import CongressModel
import Elections
import Tally
import Template
import Vietnamese

/// Thể lệ bầu cử — the election rules the counting board reads before the vote: who votes, each election's list,
/// how to mark the ballot, what makes it invalid, how the result is reached (threshold and its base, order of
/// votes, ties, further rounds).
///
/// Every rule is worded from the value the count itself uses, so the paper and the computation cannot disagree:
/// the ballot's form (`BallotForm`, as the ballots lay it out), the invalid ballots (`InvalidBallotReason`), the
/// threshold and its lowest passing count (`ElectionRules.minimumVotesToPass`) on each election's base
/// (`ElectionOutcome.base`), the surplus bounds (`SurplusAssessment`, `settings.maximum_surplus_percent`) and the
/// tie rule (`Congress.electionSettings`). Sections follow the thể lệ of a real chi bộ congress (123docz 4410582:
/// quyền bầu cử; danh sách; phiếu có / không số dư; hợp lệ / không hợp lệ) and QĐ 190-QĐ/TW Điều 14 and 30.
/// Covers the elections the congress holds; the first meeting of the new committee has its own.
public struct ElectionRulesViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    public init(_ congress: Congress, elections: ElectionList? = nil) {
        let naming = CongressNaming(congress)
        let kind = congress.details.kind
        let date = congress.officialSession.date
        let settings = congress.electionSettings
        let f = Figures(percentDecimals: congress.settings.percentDecimals)
        let held = (elections ?? ElectionList(congress)).heldByCongress
        var forms: Set<BallotForm> = []
        let elections: [TemplateValue] = held.enumerated().map { index, entry in
            let election = entry.election
            let form = BallotForm(candidates: election.candidates.count, seats: election.seats)
            forms.insert(form)
            let surplus = SurplusAssessment(seats: election.seats, candidates: election.candidates.count)
            let base = entry.outcome.base.value
            return .object([
                "number": .string(String(index + 1)),
                "name": .string(entry.name),
                "seats": .string(f.count(election.seats)),
                "candidates": .string(f.count(election.candidates.count)),
                "with_surplus": .bool(form == .strikeNames),
                "surplus": .string(f.count(surplus.surplus)),
                "surplus_percent": .string(surplus.percentText(decimals: congress.settings.percentDecimals)),
                "base": .string(f.count(base)),
                "minimum_votes": .string(ElectionRules.minimumVotesToPass(base: base).map { f.count($0) } ?? ""),
                "has_minimum": .bool(ElectionRules.minimumVotesToPass(base: base) != nil),
            ])
        }
        let reasons = InvalidBallotReason.allCases.filter { reason in forms.contains { reason.applies(to: $0) } }
        templateValue = .object([
            "header": HeaderViewModel(congress, naming: naming, date: date).templateValue,
            "congress_name_term": .string(naming.nameWithTerm),
            "regulation": .string(ElectionRegulation.citation(for: date)),
            "voter_noun": .string(kind.officialNoun),
            "voter_noun_capital": .string(kind.officialNoun.prefix(1).uppercased() + kind.officialNoun.dropFirst()),
            "participant_noun": .string(kind.participantNoun),
            "is_members_congress": .bool(kind == .dangVien),
            "elections": .list(elections),
            "strike_names": .bool(forms.contains(.strikeNames)),
            "approval_boxes": .bool(forms.contains(.approvalBoxes)),
            "surplus_sentence": .string(Self.surplusSentence(settings)),
            "invalid_reasons": .list(reasons.map { .string(Self.words($0)) }),
            "threshold_lead_in": .string(Self.thresholdLeadIn(kind)),
            "base_exclusions": .list(Self.listed(BaseExclusionReason.standard(for: kind).compactMap(\.words))),
            "tie_sentence": .string(Self.tieSentence(settings.tieRule,
                presidium: WorkingBody.presidium.label(count: congress.bodies.presidium.count))),
            "signatures": .list([SignatureViewModel.presidium(congress)].compactMap { $0?.templateValue }),
        ])
    }

    /// The threshold `ElectionRules.passesThreshold` applies, on the base `ElectionOutcome.base` counts (QĐ 190-QĐ/TW
    /// Điều 30): the lead-in to the exclusions of `BaseExclusionReason.standard(for:)`. The thể lệ bầu cử and the
    /// quy chế làm việc print this one sentence.
    static func thresholdLeadIn(_ kind: CongressKind) -> String {
        "Người trúng cử phải được số phiếu bầu quá một nửa (không tính bằng một nửa) so với tổng số \(kind.officialNoun) "
            + "được triệu tập, trừ số:"
    }

    /// Items of a list that a lead-in announces: each ends with ";", the last with ".".
    static func listed(_ items: [String]) -> [TemplateValue] {
        items.enumerated().map { index, item in .string(item + (index == items.count - 1 ? "." : ";")) }
    }

    /// The surplus allowed (QĐ 190 Điều 14): at most `maximumSurplusPercent` of the places; a committee of 3–5 at
    /// most one more — the bounds `SurplusAssessment.verdict` judges the list with.
    static func surplusSentence(_ settings: ElectionSettings) -> String {
        let small = SurplusAssessment.smallCommitteeSeats
        return "Danh sách bầu cử có số dư không quá \(settings.maximumSurplusPercent)% so với số lượng cần bầu; "
            + "khi số lượng cần bầu từ \(small.lowerBound) đến \(small.upperBound) người thì số dư không quá "
            + "\(SurplusAssessment.smallCommitteeSurplus) người."
    }

    /// A tie at the last place, as `ElectionRules.count` settles it with `rule`; `presidium` is the chair as
    /// `WorkingBody.label` names it (one person is the "Chủ tịch Đại hội").
    static func tieSentence(_ rule: ElectionSettings.TieRule, presidium: String) -> String {
        switch rule {
        case .furtherRound:
            "Nếu ở vị trí cuối cùng có nhiều người được số phiếu bằng nhau, vượt số lượng cần bầu, thì Đại hội bầu "
                + "tiếp trong số những người bằng phiếu nhau để chọn người có số phiếu cao hơn, vừa đủ số lượng."
        case .congressDecides:
            "Nếu ở vị trí cuối cùng có nhiều người được số phiếu bằng nhau, vượt số lượng cần bầu, thì chưa ai trong "
                + "số họ trúng cử; \(presidium) xin ý kiến Đại hội quyết định cách bầu số lượng còn lại."
        }
    }

    /// The rule's words for an invalid ballot (DOMAIN.md "Ballot validity").
    public static func words(_ reason: InvalidBallotReason) -> String {
        switch reason {
        case .notIssuedByBoard: "Phiếu không do Ban Kiểm phiếu phát ra."
        case .moreNamesThanSeats: "Phiếu bầu nhiều hơn số lượng cần bầu (để lại hoặc đồng ý nhiều tên hơn số lượng)."
        case .noNameKept: "Phiếu gạch tên tất cả những người trong danh sách có số dư (không bầu ai)."
        case .nameAdded: "Phiếu ghi thêm tên người ngoài danh sách bầu cử."
        case .identifiesVoter: "Phiếu có ký tên, viết thêm hoặc đánh dấu để nhận biết người bầu."
        }
    }
}
