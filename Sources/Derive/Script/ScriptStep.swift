import CongressModel
import Template

/// One step of a generated block of the script (the election block, the election of working bodies): what
/// happens, who says it, and the lines in the order they are spoken — the lines before the names, the names
/// read out, then the lines after them (the vote is called after the names are read, never before:
/// reviews/papers.md §2.2 defect 2).
struct ScriptStep: Sendable, Equatable {
    /// "Biểu quyết số lượng", "Phát phiếu bầu" …
    let title: String
    /// Who speaks: "Đồng chí Trần Thị Hòa (Chủ tịch Đại hội)", "Đồng chí Đặng Quốc Khánh, Trưởng Ban Kiểm phiếu".
    let performer: String
    /// The person who performs it, for the phân công sheets; `nil` for a step of every voter.
    let performerID: PersonID?
    let before: [String]
    /// The names read out, in A, B, C order where they are a candidate list.
    let names: [String]
    let after: [String]
    /// The heading of the election the step opens ("Bầu Chi ủy Chi bộ Khu phố 3 nhiệm kỳ 2025 - 2027"), on the
    /// first step of each election of a block.
    let heading: String?

    init(_ title: String, by performer: ScriptStep.Performer, before: [String], names: [String] = [], after: [String] = [],
         heading: String? = nil) {
        self.heading = heading
        self.title = title
        self.performer = performer.label
        performerID = performer.id
        self.before = before
        self.names = names
        self.after = after
    }

    var templateValue: TemplateValue {
        .object([
            "heading": heading.map { .string($0) } ?? .bool(false),
            "title": .string(title),
            "performer": .string(performer),
            "before": .list(before.map { .string($0) }),
            "has_names": .bool(!names.isEmpty),
            "names": .list(names.map { .string($0) }),
            "after": .list(after.map { .string($0) }),
        ])
    }

    /// Who performs a step, as the script names them.
    struct Performer: Sendable, Equatable {
        let id: PersonID?
        let label: String

        /// A person in a role: "Đồng chí Trần Thị Hòa (Chủ tịch Đại hội)"; without a known person, the role alone.
        static func person(_ id: PersonID?, role: String, in congress: Congress) -> Performer {
            guard let id, let person = congress.person(id) else { return Performer(id: nil, label: role) }
            return Performer(id: id, label: "Đồng chí \(person.name) (\(role))")
        }
    }
}
