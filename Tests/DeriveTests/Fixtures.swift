import CongressModel
import Template
import Vietnamese

/// A small chi bộ congress built by hand: 19 members (17 official, 2 probationary), one absent, one exempt.
enum Fixtures {
    static func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate {
        CalendarDate(year: y, month: m, day: d) ?? CalendarDate(year: 2000, month: 1, day: 1)!
    }

    static func time(_ h: Int, _ m: Int) -> ClockTime {
        ClockTime(hour: h, minute: m) ?? ClockTime(hour: 0, minute: 0)!
    }

    static let names = [
        "Trần Thị Hòa", "Lê Văn Nam", "Nguyễn Văn An", "Phạm Thị Ánh", "Vũ Đức Bình", "Đỗ Văn Cường",
        "Bùi Thị Dung", "Đặng Văn Đức", "Ngô Thị Hà", "Hoàng Văn Hải", "Nguyễn Thị Hạnh", "Trần Văn Khánh",
        "Lê Thị Lan", "Phạm Văn Long", "Vũ Thị Mai", "Đỗ Minh Ngọc", "Bùi Văn Phúc", "Nguyễn Thị Thủy", "Trần Văn Ân",
    ]

    static func chiBo() -> Congress {
        let people = names.enumerated().map { i, name in
            Person(id: PersonID("p\(i + 1)"), name: name, gender: i % 3 == 0 ? .nu : .nam, birthYear: 1960 + i,
                   ethnicity: "Kinh", education: .daiHoc, politicalTheory: .trungCap,
                   membership: i >= 17 ? .duBi : .chinhThuc, position: i == 0 ? "Bí thư Chi bộ" : nil)
        }
        var delegates = people.map { Delegate(person: $0.id) }
        delegates[5].absence = Absence(reason: "Ốm, có đơn xin phép")
        delegates[6].exempt = true
        let items = [
            ProgrammeItem(title: "Chào cờ", minutes: 5, performer: PersonID("p1"), kind: .flag),
            ProgrammeItem(title: "Báo cáo tình hình đảng viên dự đại hội", minutes: 10, performer: PersonID("p2"),
                          kind: .attendance, lines: "Kính thưa Đại hội!"),
            ProgrammeItem(title: "Báo cáo tổng kết nhiệm kỳ", minutes: 45, performer: PersonID("p1"), kind: .report,
                          document: "Báo cáo tổng kết nhiệm kỳ 2020 - 2025"),
            ProgrammeItem(title: "Thảo luận", minutes: 30, kind: .discussion),
        ]
        return Congress(
            file: "congress.yaml",
            organisation: Organisation(name: "Chi bộ Khu phố 3", level: .chiBo, superior: "Đảng bộ phường Quang Trung",
                                       place: "Thái Bình"),
            details: CongressDetails(kind: .dangVien, number: 5, term: Term(from: 2025, to: 2030),
                                     venue: "Nhà văn hóa Khu phố 3"),
            people: people, delegates: delegates,
            bodies: CongressBodies(presidium: [PersonID("p1")], secretariat: [PersonID("p2")]),
            officialSession: Session(kind: .official, date: date(2025, 4, 5), start: time(7, 30),
                                     plannedEnd: time(8, 30), items: items),
            discussions: [Discussion(speaker: PersonID("p3"), topic: "Công tác phát triển đảng viên")],
            motions: [Motion(subject: "Thông qua chương trình đại hội", session: .official, inFavour: 15, against: 1)])
    }
}

extension TemplateValue {
    /// The value named `key` of an object; `nil` for anything else.
    subscript(_ key: String) -> TemplateValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    /// The element at `index` of a list; `nil` for anything else or out of range.
    subscript(_ index: Int) -> TemplateValue? {
        if case .list(let list) = self, list.indices.contains(index) { return list[index] }
        return nil
    }

    /// The elements of a list; empty for anything else.
    var elements: [TemplateValue] {
        if case .list(let list) = self { return list }
        return []
    }
}
