import CongressModel
import Template
import Vietnamese

/// Biên bản đại hội — the congress minutes (DOMAIN.md §2 b): bodies elected, attendance,
/// reports heard, discussion, the superior's speech, every show-of-hands vote, closing, signatures.
public struct MinutesViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    public init(_ congress: Congress) {
        let naming = CongressNaming(congress)
        let figures = Figures(percentDecimals: congress.settings.percentDecimals)
        let attendance = AttendanceFigures(congress)
        let voters = congress.votersPresent
        // Kept by the Đoàn Thư ký; one secretary is no body (`WorkingBody`), the minutes are then the congress's.
        let keeper = congress.bodies.secretariat.count > 1 ? "ĐOÀN THƯ KÝ" : nil
        let header = HeaderViewModel(congress, naming: naming, body: keeper, date: congress.officialSession.date,
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
            "bodies": .list(BodiesViewModel.bodies(congress).map(\.templateValue)),
            "reports": .list(Self.items(congress, kind: .report)),
            "superior_speeches": .list(Self.items(congress, kind: .superiorSpeech)),
            "discussions": Self.discussions(congress, figures),
            "motions": .list(Self.motions(congress, voters: voters, figures: figures)),
            "motion_voters": Self.motionVoters(voters, attendance, figures, kind: congress.details.kind),
            "elections": ElectionResultsViewModel(congress).templateValue,
            "has_elections": .bool(!congress.elections.isEmpty),
            // Sections are numbered in order; the election section exists only when there were elections.
            "motions_number": .string(RomanNumeral.string(congress.elections.isEmpty ? 5 : 6)),
            "closing_time": closing.map { .string(VietnameseTime.spoken($0)) } ?? .bool(false),
            "closing_date": .string(VietnameseDate.long(congress.officialSession.date)),
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
        return .object(f.attendance(a).merging([
            "attendee": .string(Labels.attendee(congress.details.kind)),
            "absentees": .list(absentees),
            "official_present": .string(f.count(a.officialPresent)),
            "probationary_present": .string(f.count(a.probationaryPresent)),
            "has_probationary": .bool(a.probationary > 0),
            "exempt": .string(f.count(a.exempt)),
            "has_exempt": .bool(a.exempt > 0),
        ]) { own, _ in own })
    }

    /// The items of a kind across both sessions, with their performer: reports heard, the superior's speech (given
    /// by the guest invited to it, `invited:`, when the item names one; the performer is then the chair who invites).
    static func items(_ congress: Congress, kind: ItemKind) -> [TemplateValue] {
        // Read session by session in place: no joined list of every item, no filtered copy.
        var values: [TemplateValue] = []
        for session in congress.sessions {
            for item in session.items where item.kind == kind {
                let performer = (item.invited ?? item.performer).flatMap { congress.person($0) }.map { PersonViewModel($0).nameAndPosition }
                values.append(.object([
                    "document": .string(item.document ?? item.title),
                    "performer": .string(performer ?? "chưa phân công"),
                ]))
            }
        }
        return values
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

    /// Every show-of-hands vote; percentages against the voters present (probationary members have no vote).
    static func motions(_ congress: Congress, voters: Int, figures f: Figures) -> [TemplateValue] {
        congress.motions.enumerated().map { index, m in
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
