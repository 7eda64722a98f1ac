import CongressModel
import Template
import Vietnamese

/// Báo cáo thẩm tra tư cách đại biểu — the credentials board's report (DOMAIN.md §2 e): attendance, every
/// breakdown of those summoned (count and percentage, adding up to the whole), ages, and the board's conclusion.
///
/// The figures only, formatted, and the decisions as flags (`has_board`, `quorum_met`, `is_single` …);
/// the sentences are in `Templates/documents/credentials.xhtml`.
public struct CredentialsViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    public init(_ congress: Congress) {
        let naming = CongressNaming(congress)
        let f = Figures(percentDecimals: congress.settings.percentDecimals)
        let c = CredentialsFigures(congress)
        let a = c.attendance
        let attendee = Labels.attendee(congress.details.kind)
        let board = congress.bodies.credentials
        let header = HeaderViewModel(congress, naming: naming, body: board.isEmpty ? "ĐOÀN CHỦ TỊCH" : "BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU",
                                     date: c.date, number: DocumentNumbering.number(of: .credentials, in: congress))
        let absentees = congress.delegates.compactMap { d -> TemplateValue? in
            guard let absence = d.absence, let person = congress.person(d.person) else { return nil }
            return .object(["name": .string(person.name), "reason": .string(absence.reason)])
        }
        templateValue = .object(f.attendance(a).merging([
            "header": header.templateValue,
            "congress_name_term": .string(naming.nameWithTerm),
            "has_board": .bool(!board.isEmpty),
            "board_count": .string(VietnameseNumber.padded2(board.count)),
            "attendee": .string(attendee),
            "attendee_upper": .string(VietnameseText.uppercased(attendee)),
            "absentees": .list(absentees),
            "has_absentees": .bool(!absentees.isEmpty),
            "breakdowns": .list(c.breakdowns.enumerated().map { index, b in
                Self.breakdown(b, number: index + 1, figures: f, ages: b.title == "Về độ tuổi" ? c.ages : nil)
            }),
            "quorum_met": .bool(c.isQuorate),
            "signatures": .list([Self.signature(congress)].compactMap { $0?.templateValue }),
        ]) { own, _ in own })
    }
}

private extension CredentialsViewModel {
    /// One breakdown: its rows (label with a capital, count, share of the whole) and, for the age breakdown,
    /// the average, the oldest and the youngest (`ages` is `false` for the others).
    static func breakdown(_ b: Breakdown, number: Int, figures f: Figures, ages: AgeFigures?) -> TemplateValue {
        .object([
            "number": .string(String(number)),
            "title": .string(b.title),
            "rows": .list(b.rows.map { row in
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

    static func signature(_ congress: Congress) -> SignatureViewModel? {
        guard let id = congress.bodies.credentials.first, let person = congress.person(id) else {
            return SignatureViewModel.presidium(congress)
        }
        return SignatureViewModel(authority: "T/M BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU", title: "TRƯỞNG BAN", name: person.name)
    }
}
