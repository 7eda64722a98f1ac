import CongressModel
import Elections
import Template
import Vietnamese

/// Quy chế làm việc của Đại hội — the congress's working rules, put to the vote at the opening with the programme
/// (DOMAIN.md "Phiên trù bị" 5: "Adopt the chương trình, quy chế làm việc and quy chế bầu cử"; reviews/papers.md §5:
/// "every congress (short at CB)").
///
/// Sections as the quy chế of public congress files: I. general rules (the Party's Statute, the election regulation
/// in force, the sessions, the quorum), II. the working bodies and their duties (each body the data elects, named
/// by its size: `WorkingBody`), III. the rights and duties of those attending, IV. voting and elections, V. entry
/// into force. Short at a đại hội đảng viên; a đại hội đại biểu adds its preparatory session, the Ban Thẩm tra tư
/// cách, discussion in groups and the first meeting's elections.
///
/// The voting rules are read from the sources the election papers use, never restated: the secret ballot covers
/// `ElectionList.heldByCongress`, the threshold is `ElectionRulesViewModel.thresholdLeadIn` with the exclusions of
/// `BaseExclusionReason.standard(for:)` (as the thể lệ bầu cử prints them), the quorum `QuorumFigures`, the vote
/// by card `CongressKind.cardPhrase`. The motion marked `working_rules: true` dates the paper and gives its figures
/// (`MinutesViewModel.showOfHands`, as the minutes print them); without it the paper is the draft put to the vote.
public struct WorkingRulesViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    /// `elections`: the congress's elections as every paper of the run reads them (nil derives them here).
    public init(_ congress: Congress, elections: ElectionList? = nil) {
        let naming = CongressNaming(congress)
        let kind = congress.details.kind
        let f = Figures(percentDecimals: congress.settings.percentDecimals)
        let attendance = AttendanceFigures(congress)
        let adoption = congress.motions.first(where: \.adoptsWorkingRules)
        // Dated the day it is adopted: the session of its vote, else the congress's first session.
        let adoptedIn = adoption.flatMap { vote in congress.sessions.first { $0.kind == vote.session } }
        let date = (adoptedIn ?? congress.sessions.first ?? congress.officialSession).date
        let presidium = WorkingBody.presidium.label(count: congress.bodies.presidium.count)
        let secretariat = WorkingBody.secretariat.label(count: congress.bodies.secretariat.count)
        let held = elections ?? ElectionList(congress)
        let bodies = WorkingBody.allCases.filter { !$0.members(of: congress).isEmpty }
        let sessions: [TemplateValue] = congress.sessions.enumerated().map { index, session in
            .object([
                // Items of a list a lead-in announces: ";" between them, "." after the last.
                "end": .string(index == congress.sessions.count - 1 ? "." : ";"),
                "label": .string(Labels.session(session.kind)),
                "date": .string(VietnameseDate.long(session.date)),
                "start": .string(VietnameseTime.spoken(session.start)),
            ])
        }
        let bodyValues: [TemplateValue] = bodies.enumerated().map { index, body in
            let count = body.members(of: congress).count
            return .object([
                "number": .string(String(index + 1)),
                "label": .string(body.label(count: count)),
                "count": .string(f.count(count)),
                // One person is no body: "Thư ký Đại hội do Đại hội bầu", not "gồm 1 đồng chí".
                "single": .bool(count == 1),
                "is_presidium": .bool(body == .presidium),
                "is_secretariat": .bool(body == .secretariat),
                "is_credentials": .bool(body == .credentials),
                "is_vote_counting": .bool(body == .voteCounting),
            ])
        }
        let firstMeeting: TemplateValue = held.heldAtFirstMeeting.isEmpty ? .bool(false) : .object([
            "meeting": .string(FirstMeetingNaming(congress).meeting),
            "elections": .string(VietnameseText.listed(held.heldAtFirstMeeting.map(\.nameInText))),
        ])
        var adopted: TemplateValue = .bool(false)
        if let adoption {
            let vote: TemplateValue = MinutesViewModel.showOfHands(adoption, congress: congress, voters: congress.votersPresent,
                                                                   attendance: attendance, figures: f)
            adopted = .object(["date": .string(VietnameseDate.long(date)), "vote": vote])
        }
        let exclusions: [String] = BaseExclusionReason.standard(for: kind).compactMap(\.words)
        let signatures: [TemplateValue] = [SignatureViewModel.presidium(congress)].compactMap { $0?.templateValue }
        templateValue = .object([
            "header": HeaderViewModel(congress, naming: naming, date: date).templateValue,
            "congress_name_term": .string(naming.nameWithTerm),
            "is_delegates_congress": .bool(kind == .daiBieu),
            "regulation": .string(ElectionRegulation.citation(for: date)),
            "venue": .string(congress.details.venue),
            "one_session": .bool(sessions.count == 1),
            "sessions": .list(sessions),
            "quorum_share": .string(QuorumFigures.requiredShareWords),
            "participant": .string(kind.participantNoun),
            "participant_capital": .string(kind.participantNoun.prefix(1).uppercased() + kind.participantNoun.dropFirst()),
            "participant_upper": .string(VietnameseText.uppercased(kind.participantNoun)),
            "official_noun": .string(kind.officialNoun),
            "official_noun_capital": .string(kind.officialNoun.prefix(1).uppercased() + kind.officialNoun.dropFirst()),
            "card": .string("thẻ " + kind.participantNoun),
            "card_phrase": .string(kind.cardPhrase),
            "presidium": .string(presidium),
            "secretariat": .string(secretariat),
            // Probationary members attend but neither vote, stand nor nominate (Điều lệ Đảng, Điều 3).
            "has_probationary": .bool(attendance.probationary > 0),
            "has_guests": .bool(!congress.guests.isEmpty),
            "bodies": .list(bodyValues),
            "has_elections": .bool(!held.heldByCongress.isEmpty),
            "elections": .string(VietnameseText.listed(held.heldByCongress.map(\.nameInText))),
            "threshold_lead_in": .string(ElectionRulesViewModel.thresholdLeadIn(kind)),
            "base_exclusions": .list(ElectionRulesViewModel.listed(exclusions)),
            "first_meeting": firstMeeting,
            "adoption": adopted,
            "signatures": .list(signatures),
        ])
    }
}
