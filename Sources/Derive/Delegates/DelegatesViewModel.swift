import CongressModel
import Template
import Vietnamese

/// Danh sách đại biểu (đảng viên) dự đại hội — the delegates in Vietnamese alphabetical order ("vần A, B, C"),
/// with their details. The list of those summoned is the convening committee's paper (`ConveningCommittee`), at
/// either kind of congress: never a Ban thẩm tra's, which at a đại hội đảng viên does not exist (QĐ 29-QĐ/TW
/// mục 12.2; reviews/papers.md §2.4). Where the data gives delegations (`delegates[].delegation`), the list is
/// grouped by them (district lists usually are: reviews/papers.md §2.4), each with its count, the numbers
/// running on through the groups.
public struct DelegatesViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    public init(_ congress: Congress) {
        let naming = CongressNaming(congress)
        let attendee = Labels.attendee(congress.details.kind)
        // The delegates whose person is known, as positions in `congress.delegates` beside their persons, and
        // each one's name read once. Not an array of (delegate, person) pairs: a pair is two large structs, and
        // growing, filtering and sorting such an array, and reading a name through it, copied them over and over
        // (0.9 M of a 300-delegate list's 32 M instructions, callgrind); positions are filtered and sorted instead.
        let all = congress.delegates
        var present: [Int] = []
        var persons: [Person] = []
        present.reserveCapacity(all.count)
        persons.reserveCapacity(all.count)
        for (position, delegate) in all.enumerated() {
            guard let person = congress.person(delegate.person) else { continue }
            present.append(position)
            persons.append(person)
        }
        let names = persons.map(\.name)
        var number = 0
        let delegations = DelegationGroups(present.count == all.count ? all : present.map { all[$0] })
        let grouped = delegations.groups.contains { $0.name != nil }
        let single = delegations.groups.count == 1
        let groups = delegations.groups.map { group -> TemplateValue in
            let sorted: [Int]
            if single {
                sorted = VietnameseCollation.order(names, tieBreak: .codePoints)
            } else {
                let members = present.indices.filter { all[present[$0]].delegation == group.name }
                sorted = VietnameseCollation.order(members.map { names[$0] }, tieBreak: .codePoints).map { members[$0] }
            }
            let rows = sorted.map { index -> TemplateValue in
                number += 1
                return Self.row(number: number, delegate: all[present[index]], person: persons[index])
            }
            return .object([
                // A heading per delegation only where the data has delegations.
                "heading": grouped ? .string(group.name ?? "\(attendee.prefix(1).uppercased() + attendee.dropFirst()) chưa xếp đoàn") : .bool(false),
                "count": .string(VietnameseNumber.integer(rows.count)),
                "rows": .list(rows),
            ])
        }
        let header = ConveningCommittee(congress).header(congress, date: congress.sessions.first?.date ?? congress.officialSession.date)
        templateValue = .object([
            "header": header.templateValue,
            "is_delegates": .bool(congress.details.kind == .daiBieu),
            "congress_name_term": .string(naming.nameWithTerm),
            "count": .string(VietnameseNumber.integer(number)),
            "grouped": .bool(grouped),
            "group_count": .string(VietnameseNumber.integer(groups.count)),
            "attendee": .string(attendee),
            "attendee_capital": .string(attendee.prefix(1).uppercased() + attendee.dropFirst()),
            "groups": .list(groups),
        ])
    }
}

extension DelegatesViewModel {
    /// A name longer than this many characters may wrap between its words: no column holds it on one line.
    static let longestUnbrokenName = 32

    /// The delegate's name on one line: its words joined by no-break spaces (U+00A0), so the list never
    /// breaks "Nguyễn Văn / Huy" (issue 15: the delegate list readable); a name too long for any column
    /// (over `longestUnbrokenName` characters) keeps its spaces and wraps between words.
    /// Read on the UTF-8 bytes in place (a scalar is a byte that does not continue a sequence; a space is one
    /// byte, a no-break space the two C2 A0), counted in one pass and written straight into the new string:
    /// 5,650 instructions a name by scalars, 2,700 through an array of bytes, about 1,100 so (callgrind).
    static func unbrokenName(_ name: String) -> String {
        var name = name
        let unbroken = name.withUTF8 { utf8 -> String? in
            var spaces = 0
            var scalars = 0
            for byte in utf8 {
                if byte == 0x20 { spaces += 1 }
                if byte & 0xC0 != 0x80 { scalars += 1 }
            }
            guard spaces > 0, scalars <= longestUnbrokenName else { return nil }
            return String(unsafeUninitializedCapacity: utf8.count + spaces) { out in
                var at = 0
                for byte in utf8 {
                    if byte == 0x20 {
                        out[at] = 0xC2
                        out[at + 1] = 0xA0
                        at += 2
                    } else {
                        out[at] = byte
                        at += 1
                    }
                }
                return at
            }
        }
        return unbroken ?? name
    }

    fileprivate static func row(number: Int, delegate: Delegate, person: Person) -> TemplateValue {
        var notes: [String] = []
        if person.membership == .duBi { notes.append("Dự bị") }
        if delegate.exempt { notes.append("Miễn sinh hoạt") }
        if let absence = delegate.absence { notes.append("Vắng: \(absence.reason)") }
        let position = Self.positionAndUnit(person)
        return .object([
            "number": .string(String(number)),
            "name": .string(Self.unbrokenName(person.name)),
            "birth_year": .string(person.birthYear.map(String.init) ?? "không rõ"),
            "gender": .string(Labels.gender(person.gender)),
            "ethnicity": .string(person.ethnicity ?? "không rõ"),
            "position": .string(position),
            "has_position": .bool(!position.isEmpty),
            "education": .string(Labels.education(person.education)),
            "theory": .string(Labels.theory(person.politicalTheory)),
            // Ghi chú: the last line of the delegate's own "Chức vụ, đơn vị" cell (the widest column), so that no
            // printer can set it on another page than the delegate: a table row is never split (a note row of its
            // own was, by LibreOffice, which keeps no row with the next).
            "notes": .string(notes.joined(separator: "; ")),
            "has_notes": .bool(!notes.isEmpty),
        ])
    }

}

extension DelegatesViewModel {
    /// "Chủ tịch UBND, xã Tân Lễ"; the unit is left out when the position already names it.
    static func positionAndUnit(_ person: Person) -> String {
        guard let unit = person.unit, !unit.isEmpty else { return person.position ?? "" }
        guard let position = person.position, !position.isEmpty else { return unit }
        return position.localizedCaseInsensitiveContains(unit) ? position : "\(position), \(unit)"
    }
}
