import CongressModel
import Template
import Vietnamese

/// Biên bản đại hội — the congress minutes (DOMAIN.md §2 b): bodies elected, attendance,
/// reports heard, discussion, the superior's speech, every show-of-hands vote, closing, signatures.
public struct MinutesViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    public init(_ congress: Congress, elections: ElectionList? = nil) {
        let naming = CongressNaming(congress)
        let figures = Figures(percentDecimals: congress.settings.percentDecimals)
        let attendance = AttendanceFigures(congress)
        let voters = congress.votersPresent
        // The minutes are the congress's paper, whoever keeps them (`IssuingBody`).
        let header = HeaderViewModel(congress, naming: naming, body: DocumentKind.minutes.headerBody(in: congress),
                                     date: congress.officialSession.date,
                                     number: DocumentNumbering.number(of: .minutes, in: congress))
        // The actual closing time only, never the planned or computed end: without it the pipeline refuses the
        // minutes (`DocumentKind.applies`), and a view model built in code leaves the time blank to be filled in.
        let closing = congress.officialSession.closedAt
        let signatures = [SignatureViewModel.secretariat(congress), SignatureViewModel.presidium(congress)].compactMap { $0 }
        templateValue = .object([
            "header": header.templateValue,
            "congress_name": .string(naming.name),
            "congress_name_term": .string(naming.nameWithTerm),
            "organisation": .string(congress.organisation.name),
            "venue": .string(congress.details.venue),
            "preparatory": congress.preparatorySession.map { Self.session($0) } ?? .bool(false),
            "official": Self.session(congress.officialSession),
            "attendance": Self.attendance(congress, attendance, figures),
            "guests": .list(congress.guests.compactMap { congress.person($0.person) }.map { PersonViewModel($0).templateValue }),
            "bodies": .list(Self.bodies(congress, voters: voters, attendance: attendance, figures: figures)),
            "reports": .list(Self.items(congress, kinds: [.attendance, .report])),
            "superior_speeches": .list(Self.items(congress, kinds: [.superiorSpeech])),
            "discussions": Self.discussions(congress, figures),
            "draft_comments": .list(congress.draftComments.map { Self.draftComment($0, figures) }),
            "motions": .list(Self.motions(congress, voters: voters, figures: figures)),
            "motion_voters": Self.motionVoters(voters, attendance, figures, kind: congress.details.kind),
            "secret_motions": .list(Self.secretMotions(congress, figures)),
            "elections": ElectionResultsViewModel(congress, elections: elections).templateValue,
            "has_elections": .bool(!congress.elections.isEmpty),
            // Sections are numbered in order; the election section exists only when there were elections.
            "motions_number": .string(RomanNumeral.string(congress.elections.isEmpty ? 5 : 6)),
            "closing_time": closing.map { .string(VietnameseTime.spoken($0)) } ?? .bool(false),
            "closing_date": .string(VietnameseDate.long(congress.officialSession.date)),
            "approval": Self.approval(congress, voters: voters, attendance: attendance, figures: figures),
            "signatures": .list(signatures.map(\.templateValue)),
        ])
    }
}

private extension MinutesViewModel {
    static func session(_ session: Session) -> TemplateValue {
        .object([
            "date": .string(VietnameseDate.long(session.date)),
            "start": .string(VietnameseTime.spoken(session.start)),
        ])
    }

    static func attendance(_ congress: Congress, _ a: AttendanceFigures, _ f: Figures) -> TemplateValue {
        let absentees = congress.delegates.compactMap { d -> TemplateValue? in
            guard let absence = d.absence, let person = congress.person(d.person) else { return nil }
            return .object([
                "name_position": .string(PersonViewModel(person).nameAndPosition),
                "reason": .string(absence.reason),
            ])
        }
        return .object(TemplateFields(f.attendance(a).merging([
            "attendee": .string(Labels.attendee(congress.details.kind)),
            "absentees": .list(absentees),
            "official_present": .string(f.count(a.officialPresent)),
            "probationary_present": .string(f.count(a.probationaryPresent)),
            "has_probationary": .bool(a.probationary > 0),
            "exempt": .string(f.count(a.exempt)),
            "has_exempt": .bool(a.exempt > 0),
        ]) { own, _ in own }))
    }

    /// The items of the given kinds across both sessions, in programme order, with their performer: the
    /// attendance report and the reports heard, the superior's speech (given by the guest invited to it,
    /// `invited:`, when the item names one; the performer is then the chair who invites). An item the data gives no performer
    /// names none (the minutes say only what was presented; `check` warns of the missing performer, DH201).
    static func items(_ congress: Congress, kinds: Set<ItemKind>) -> [TemplateValue] {
        // Read session by session in place: no joined list of every item, no filtered copy.
        var values: [TemplateValue] = []
        for session in congress.sessions {
            for item in session.items where kinds.contains(item.kind) {
                let performer = (item.invited ?? item.performer).flatMap { congress.person($0) }.map { PersonViewModel($0).nameAndPosition }
                values.append(.object([
                    "document": .string(item.document ?? item.title),
                    "performer": performer.map { .string($0) } ?? .bool(false),
                ]))
            }
        }
        return values
    }

    /// The working bodies in the order they are elected, each with its members; the show-of-hands vote that
    /// elected them (a motion's `elects`) follows the last body it names, with its figures against the voters
    /// present as every motion. A body no motion names is listed without figures: none is invented.
    static func bodies(_ congress: Congress, voters: Int, attendance a: AttendanceFigures, figures f: Figures) -> [TemplateValue] {
        let bodies = BodiesViewModel.bodies(congress)
        let present = WorkingBody.allCases.filter { !$0.members(of: congress).isEmpty }
        let motion = present.map { body in congress.motions.firstIndex { $0.elects.contains(body) } }
        return bodies.enumerated().map { index, body in
            // Printed once, after the last body the vote elected.
            let vote: TemplateValue
            if let m = motion[index], motion.lastIndex(of: m) == index {
                vote = Self.showOfHands(congress.motions[m], congress: congress, voters: voters, attendance: a, figures: f)
            } else {
                vote = .bool(false)
            }
            return .object(["body": body.templateValue, "vote": vote])
        }
    }

    /// Biên bản được đọc và thông qua — the vote marked `minutes: true`: the share of the voters present who
    /// approved, "nhất trí" when nobody was against or abstained; `false` without one (the minutes then do not
    /// say they were approved).
    static func approval(_ congress: Congress, voters: Int, attendance a: AttendanceFigures, figures f: Figures) -> TemplateValue {
        guard let vote = congress.motions.first(where: \.approvesMinutes) else { return .bool(false) }
        let kind = congress.details.kind
        return .object([
            "for_percent": .string(f.percent(vote.inFavour, of: voters)),
            "voters_noun": .string(a.probationaryPresent > 0 ? kind.officialNoun : kind.participantNoun),
            "unanimous": .bool(vote.against == 0 && vote.abstained == 0),
        ])
    }

    /// Góp ý vào dự thảo văn kiện — the documents, how many comments when counted, and their summary.
    static func draftComment(_ d: DraftComments, _ f: Figures) -> TemplateValue {
        .object([
            "documents": .string(d.documents),
            "count": d.count.map { .string(f.count($0)) } ?? .bool(false),
            "summary": d.summary.map { .object(["blocks": ProseViewModel.blocks($0)]) } ?? .bool(false),
        ])
    }

    static func discussions(_ congress: Congress, _ f: Figures) -> TemplateValue {
        let list = congress.discussions.compactMap { d -> TemplateValue? in
            guard let person = congress.person(d.speaker) else { return nil }
            return .object([
                "speaker": .string(PersonViewModel(person).nameAndPosition),
                "topic": .string(d.topic),
            ])
        }
        return .object(["count": .string(f.count(list.count)), "items": .list(list), "any": .bool(!list.isEmpty)])
    }

    /// Who votes on the motions: the voters present (`Congress.votersPresent`), and whether probationary
    /// members present were left out (the minutes then say so).
    static func motionVoters(_ voters: Int, _ a: AttendanceFigures, _ f: Figures, kind: CongressKind) -> TemplateValue {
        .object([
            "card_phrase": .string(kind.cardPhrase),
            "official_noun": .string(kind.officialNoun),
            "attendee": .string(kind.participantNoun),
            "count": .string(f.count(voters)),
            "without_probationary": .bool(a.probationaryPresent > 0),
        ])
    }

    /// The motions voted by secret ballot, as their count's minutes state them (`SecretVoteCount`): ballots "tán
    /// thành" with their share of the base, and whether adopted (more than half of it).
    static func secretMotions(_ congress: Congress, _ f: Figures) -> [TemplateValue] {
        SecretVoteCount.all(congress).map { count in
            .object([
                "subject": .string(count.motion.subject),
                "valid": .string(f.count(count.ballots.valid)),
                "for": .string(f.count(count.motion.inFavour)),
                "for_percent": .string(f.percent(count.motion.inFavour, of: count.base.value)),
                "against": .string(f.count(count.motion.against)),
                "attendee": .string(Labels.attendee(congress.details.kind)),
                "adopted": .bool(count.adopted),
            ])
        }
    }

    /// Every other show-of-hands vote (a motion voted by secret ballot is stated after them); percentages against the voters present (probationary members have no
    /// vote). The votes electing the working bodies and approving the minutes are stated where they belong
    /// (section I, the closing lines), not twice.
    static func motions(_ congress: Congress, voters: Int, figures f: Figures) -> [TemplateValue] {
        congress.motions.filter { $0.elects.isEmpty && !$0.approvesMinutes && $0.secret == nil }.enumerated().map { index, m in
            .object([
                "number": .string(String(index + 1)),
                "subject": .string(m.subject),
                "for": .string(f.count(m.inFavour)),
                "for_percent": .string(f.percent(m.inFavour, of: voters)),
                "against": .string(f.count(m.against)),
                "against_percent": .string(f.percent(m.against, of: voters)),
                "abstain": .string(f.count(m.abstained)),
                "abstain_percent": .string(f.percent(m.abstained, of: voters)),
            ])
        }
    }
}

extension MinutesViewModel {
    /// One show-of-hands vote as a sentence's figures: in favour of the voters present, with its share, and
    /// those against or abstaining when there were any.
    static func showOfHands(_ m: Motion, congress: Congress, voters: Int, attendance a: AttendanceFigures,
                            figures f: Figures) -> TemplateValue {
        let kind = congress.details.kind
        return .object([
            "card_phrase": .string(kind.cardPhrase),
            "voters_noun": .string(a.probationaryPresent > 0 ? kind.officialNoun : kind.participantNoun),
            "for": .string(f.count(m.inFavour)),
            "voters": .string(f.count(voters)),
            "for_percent": .string(f.percent(m.inFavour, of: voters)),
            "against": m.against > 0 ? .string(f.count(m.against)) : .bool(false),
            "abstain": m.abstained > 0 ? .string(f.count(m.abstained)) : .bool(false),
        ])
    }
}
