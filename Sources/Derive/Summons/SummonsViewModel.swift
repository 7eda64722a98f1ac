import CongressModel
import Template
import Vietnamese

/// Giấy triệu tập / giấy mời — one sheet per member or delegate summoned and one per guest (reviews/papers.md §5:
/// every congress), printed many per run as the ballots are: each sheet a paper of its own, on one page, its page
/// numbering restarting (`div.sheet`, as `ODFPageStart.sheet` and the print stylesheet do for the ballots).
///
/// Issued by the committee that convenes the congress (`ConveningCommittee`; DOMAIN.md "Kind of congress": the
/// list of those summoned is its paper), signed T/M the committee. The day of issue is no fact of the file: the
/// place-and-date line leaves the day and month dotted for the office ("ngày ... tháng ... năm 2020"), as the
/// committee's report leaves its number.
/// Each summons names the person (name, post), every session with its start and day (`Labels.session`, the
/// schedule's start), the venue, and what to bring: the card the congress votes with (`CongressKind.cardPhrase`:
/// "thẻ đảng viên" / "thẻ đại biểu") and the congress's papers sent with it. A guest's invitation names the official
/// session only (guests are invited to it, not to the preparatory one) and asks for nothing to bring.
public struct SummonsViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    /// `limit`: at most that many sheets of those summoned and of the guests (a proof, `--summons-proof`); nil for all.
    public init(_ congress: Congress, limit: Int? = nil) {
        let committee = ConveningCommittee(congress)
        let terms = TermNaming(congress)
        let naming = CongressNaming(congress)
        let kind = congress.details.kind
        let date = congress.sessions.first?.date ?? congress.officialSession.date
        // Dots, not spaces: a run of blanks reads as two lines (and prints as a gap) where the date is filled in.
        let blank = " ..."
        let header = HeaderViewModel(superior: VietnameseText.uppercased(congress.organisation.superior),
                                     issuerLines: HeaderLineBreaking.lines(committee.issuerPhrases),
                                     placeAndDate: "\(congress.organisation.place), ngày\(blank) tháng\(blank) năm \(date.year)",
                                     number: nil).templateValue
        let sessions: [TemplateValue] = congress.sessions.enumerated().map { index, session in
            .object([
                "label": .string(Labels.session(session.kind)),
                "start": .string(VietnameseTime.spoken(session.start)),
                "date": .string(VietnameseDate.long(session.date)),
                "end": .string(index == congress.sessions.count - 1 ? "." : ";"),
            ])
        }
        let official = congress.officialSession
        let summoned = congress.delegates.prefix(limit ?? Int.max).compactMap { congress.person($0.person) }
        let guests = congress.guests.prefix(limit ?? Int.max).compactMap { congress.person($0.person) }
        let sheet = { (person: Person, isGuest: Bool) -> TemplateValue in
            .object([
                "header": header,
                "is_guest": .bool(isGuest),
                "name": .string(person.name),
                "position": person.position.map { .string($0) } ?? .bool(false),
            ])
        }
        templateValue = .object([
            "committee": .string(terms.outgoingCommittee),
            "congress_name_term": .string(naming.nameWithTerm),
            "venue": .string(congress.details.venue),
            "sessions": .list(sessions),
            "official_start": .string(VietnameseTime.spoken(official.start)),
            "official_date": .string(VietnameseDate.long(official.date)),
            "card": .string("thẻ " + kind.participantNoun),
            "sheets": .list(summoned.map { sheet($0, false) } + guests.map { sheet($0, true) }),
            "signatures": .list([committee.signature.templateValue]),
        ])
    }
}
