import CongressModel
import Template
import Vietnamese

/// Báo cáo thẩm tra tư cách đại biểu — the credentials board's report (DOMAIN.md §2 e): attendance, every
/// breakdown of those summoned (count and percentage, adding up to the whole), ages, and the board's conclusion.
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
        templateValue = .object([
            "document_title": .string("Báo cáo thẩm tra tư cách \(attendee) — \(naming.nameWithTerm)"),
            "header": header.templateValue,
            "subject": .string("Thẩm tra tư cách \(attendee) dự \(naming.nameWithTerm)"),
            "intro": .string(Self.intro(congress, attendee: attendee)),
            "attendee": .string(attendee),
            "attendee_upper": .string(VietnameseText.uppercased(attendee)),
            "summoned": .string(f.count(a.summoned)),
            "present": .string(f.count(a.present)),
            "present_percent": .string(f.percent(a.present, of: a.summoned)),
            "absent": .string(f.count(a.absent)),
            "absent_percent": .string(f.percent(a.absent, of: a.summoned)),
            "absentees": .list(absentees),
            "has_absentees": .bool(!absentees.isEmpty),
            "breakdowns": .list(c.breakdowns.enumerated().map { index, b in
                Self.breakdown(b, number: index + 1, figures: f, ages: b.title == "Về độ tuổi" ? c.ages : nil)
            }),
            "conclusion": .list(Self.conclusion(c, attendee: attendee, figures: f).map { .string($0) }),
            "signatures": .list([Self.signature(congress)].compactMap { $0?.templateValue }),
        ])
    }
}

private extension CredentialsViewModel {
    static func intro(_ congress: Congress, attendee: String) -> String {
        let board = congress.bodies.credentials.count
        let who = board > 0 ? "Ban Thẩm tra tư cách đại biểu gồm \(VietnameseNumber.padded2(board)) đồng chí do Đại hội bầu"
            : "Đoàn Chủ tịch Đại hội"
        return "Căn cứ Điều lệ Đảng Cộng sản Việt Nam và các quy định, hướng dẫn của Trung ương về đại hội đảng bộ các "
            + "cấp, \(who) đã thẩm tra tư cách \(attendee) dự Đại hội. Kết quả như sau:"
    }

    static func breakdown(_ b: Breakdown, number: Int, figures f: Figures, ages: AgeFigures?) -> TemplateValue {
        var lines = b.rows.map { row in
            "– \(row.label.prefix(1).uppercased() + row.label.dropFirst()): \(f.count(row.count)) đồng chí, chiếm \(f.percent(row.count, of: b.whole))."
        }
        if let ages {
            if let average = ages.average {
                lines.append("– Tuổi bình quân: \(VietnameseNumber.decimal(average, decimals: 1) ?? "—") tuổi"
                    + (ages.known < b.whole ? " (tính trên \(f.count(ages.known)) đồng chí có năm sinh)." : "."))
            }
            if let oldest = ages.oldest {
                lines.append("– \(oldest.names.count == 1 ? "Đồng chí" : "Các đồng chí") cao tuổi nhất: "
                    + "\(oldest.names.joined(separator: ", ")), \(oldest.age) tuổi.")
            }
            if let youngest = ages.youngest {
                lines.append("– \(youngest.names.count == 1 ? "Đồng chí" : "Các đồng chí") trẻ tuổi nhất: "
                    + "\(youngest.names.joined(separator: ", ")), \(youngest.age) tuổi.")
            }
        }
        return .object(["heading": .string("\(number). \(b.title)"), "lines": .list(lines.map { .string($0) })])
    }

    static func conclusion(_ c: CredentialsFigures, attendee: String, figures f: Figures) -> [String] {
        let a = c.attendance
        let present = "\(f.count(a.present))/\(f.count(a.summoned)) \(attendee) được triệu tập có mặt, đạt \(f.percent(a.present, of: a.summoned))"
        guard c.isQuorate else {
            return ["Có \(present), chưa bảo đảm ít nhất hai phần ba số \(attendee) chính thức được triệu tập theo quy định "
                    + "của Điều lệ Đảng. Ban đề nghị Đại hội xem xét, quyết định."]
        }
        return [
            "Qua thẩm tra, Ban xác nhận: \(f.count(a.present)) \(attendee) có mặt tại Đại hội đều đủ tư cách \(attendee) "
                + "theo quy định của Điều lệ Đảng; không có trường hợp nào bị bác bỏ tư cách.",
            "Có \(present), bảo đảm ít nhất hai phần ba số \(attendee) chính thức được triệu tập; Đại hội đủ điều kiện "
                + "để tiến hành theo quy định của Điều lệ Đảng.",
            "Đề nghị Đại hội biểu quyết thông qua báo cáo thẩm tra tư cách \(attendee).",
        ]
    }

    static func signature(_ congress: Congress) -> SignatureViewModel? {
        guard let id = congress.bodies.credentials.first, let person = congress.person(id) else {
            return SignatureViewModel.presidium(congress)
        }
        return SignatureViewModel(authority: "T/M BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU", title: "TRƯỞNG BAN", name: person.name)
    }
}
