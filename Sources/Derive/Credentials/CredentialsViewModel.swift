import CongressModel
import Template
import Vietnamese

/// The report on those attending, by kind of congress (QĐ 29-QĐ/TW mục 12.2; DOMAIN.md "Kind of congress"):
/// - đại hội đại biểu: Báo cáo thẩm tra tư cách đại biểu — the Ban thẩm tra's report: how the delegates were
///   elected at the lower congresses, complaints and how they were settled, alternates who replaced absent
///   delegates (`credentials_review:`, a line to fill in when the data is silent), then attendance, every
///   breakdown of those summoned, ages, and the board's conclusion;
/// - đại hội đảng viên: Báo cáo tình hình đảng viên dự đại hội — no Ban thẩm tra is elected; the convening
///   committee (Chi ủy / Ban Chấp hành) reports attendance and breakdowns, under its own header, signed T/M CHI ỦY
///   (T/M BAN CHẤP HÀNH), outside the congress's number series.
/// Both state the quorum in official members (`QuorumFigures`).
///
/// The figures only, formatted, and the decisions as flags (`is_members_congress`, `quorum_met`, `is_single` …);
/// the sentences are in `Templates/documents/credentials.xhtml`.
public struct CredentialsViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    public init(_ congress: Congress) {
        let naming = CongressNaming(congress)
        let f = Figures(percentDecimals: congress.settings.percentDecimals)
        let c = CredentialsFigures(congress)
        let a = c.attendance
        let kind = congress.details.kind
        let attendee = kind.participantNoun
        let board = congress.bodies.credentials
        let members = kind == .dangVien
        let committee = ConveningCommittee(congress)
        // Without a board the presidium (or the one chair) reports on the credentials.
        let presidium = WorkingBody.presidium.label(count: congress.bodies.presidium.count)
        let header = members
            ? committee.header(congress, date: c.date, number: congress.documentNumbers[DocumentKind.credentials.rawValue])
            : HeaderViewModel(congress, naming: naming,
                              body: DocumentKind.credentials.headerBody(in: congress),
                              date: c.date, number: DocumentNumbering.number(of: .credentials, in: congress))
        let absentees = congress.delegates.compactMap { d -> TemplateValue? in
            guard let absence = d.absence, let person = congress.person(d.person) else { return nil }
            return .object(["name": .string(person.name), "reason": .string(absence.reason)])
        }
        let quorum = c.quorum
        let signature = members ? committee.signature : Self.signature(congress)
        templateValue = .object(TemplateFields(f.attendance(a).merging([
            "header": header.templateValue,
            "congress_name_term": .string(naming.nameWithTerm),
            "is_members_congress": .bool(members),
            "committee": .string(committee.name),
            "has_board": .bool(!board.isEmpty),
            "presidium": .string(presidium),
            "board_count": .string(VietnameseNumber.padded2(board.count)),
            "review": members ? .bool(false) : Self.review(congress.credentialsReview),
            "attendee": .string(attendee),
            "attendee_upper": .string(VietnameseText.uppercased(attendee)),
            "official_noun": .string(kind.officialNoun),
            "official": .string(f.count(a.summoned - a.probationary)),
            "probationary": .string(f.count(a.probationary)),
            "has_probationary": .bool(a.probationary > 0),
            "probationary_present": .string(f.count(a.probationaryPresent)),
            "exempt": .string(f.count(a.exempt)),
            "exempt_present": .string(f.count(a.exemptPresent)),
            "has_exempt": .bool(a.exempt > 0),
            "absentees": .list(absentees),
            "has_absentees": .bool(!absentees.isEmpty),
            "breakdowns": .list(c.breakdowns.enumerated().map { index, b in
                Self.breakdown(b, number: index + 1, figures: f, ages: b.title == "Về độ tuổi" ? c.ages : nil)
            }),
            "quorum_present": .string(f.count(quorum.present)),
            "quorum_summoned": .string(f.count(quorum.summoned)),
            "quorum_percent": .string(f.percent(quorum.present, of: quorum.summoned)),
            "quorum_met": .bool(quorum.isMet),
            "signatures": .list([signature].compactMap { $0?.templateValue }),
        ]) { own, _ in own }))
    }
}

private extension CredentialsViewModel {
    /// One breakdown: its rows with someone in them (label with a capital, count, share of the whole) and, for the age breakdown,
    /// the average, the oldest and the youngest (`ages` is `false` for the others).
    static func breakdown(_ b: Breakdown, number: Int, figures f: Figures, ages: AgeFigures?) -> TemplateValue {
        .object([
            "number": .string(String(number)),
            "title": .string(b.title),
            // A row nobody falls in is left out ("Tiến sĩ: 0 đồng chí, chiếm 0,00%" says nothing; reviews/papers.md §2.7).
            "rows": .list(b.rows.filter { $0.count > 0 }.map { row in
                .object([
                    "label": .string(row.label.prefix(1).uppercased() + row.label.dropFirst()),
                    "count": .string(f.count(row.count)),
                    "percent": .string(f.percent(row.count, of: b.whole)),
                ])
            }),
            "ages": ages.map { Self.ages($0, whole: b.whole, figures: f) } ?? .bool(false),
        ])
    }

    /// The average age (one decimal) over the known ages, whether some are unknown, and the oldest and the
    /// youngest with the names of those who have that age (`false` when no age is known).
    static func ages(_ ages: AgeFigures, whole: Int, figures f: Figures) -> TemplateValue {
        func extreme(_ e: (age: Int, names: [String])?) -> TemplateValue {
            guard let e else { return .bool(false) }
            return .object([
                "is_single": .bool(e.names.count == 1),
                "names": .string(e.names.joined(separator: ", ")),
                "age": .string(String(e.age)),
            ])
        }
        return .object([
            "has_known_ages": .bool(ages.average != nil),
            "average": .string(ages.average.flatMap { VietnameseNumber.decimal($0, decimals: 1) } ?? "—"),
            "some_unknown": .bool(ages.known < whole),
            "known": .string(f.count(ages.known)),
            "oldest": extreme(ages.oldest),
            "youngest": extreme(ages.youngest),
        ])
    }

    /// The board's head signs for it; without a board, the presidium.
    static func signature(_ congress: Congress) -> SignatureViewModel? {
        WorkingBody.credentials.signature(congress) ?? SignatureViewModel.presidium(congress)
    }

    /// The board's statutory content (QĐ 29-QĐ/TW mục 12.2), each part the data's prose or `false` (the template
    /// then prints a line to fill in: nothing is asserted that the data does not say).
    static func review(_ review: CredentialsReview?) -> TemplateValue {
        func part(_ text: String?) -> TemplateValue { text.map { .string($0) } ?? .bool(false) }
        return .object([
            "delegate_elections": part(review?.delegateElections),
            "complaints": part(review?.complaints),
            "replacements": part(review?.replacements),
        ])
    }
}
