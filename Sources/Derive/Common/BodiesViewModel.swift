import CongressModel
import Template

/// One working body of the congress with its members, e.g. "Đoàn Chủ tịch gồm 7 đồng chí".
public struct BodiesViewModel: Sendable, Equatable, TemplateValueConvertible {
    /// "Đoàn Chủ tịch", or "Chủ tịch Đại hội" for one person (`WorkingBody`).
    public let label: String
    public let members: [PersonViewModel]

    public var templateValue: TemplateValue {
        .object([
            "label": .string(label),
            "is_single": .bool(members.count == 1),
            "count": .string(String(members.count)),
            "members": .list(members.map(\.templateValue)),
        ])
    }

    /// The bodies in the order the congress elects them; an empty body is left out.
    /// (A Ban thẩm tra declared at a đại hội đảng viên is still listed: `check` refuses that file, DH260.)
    public static func bodies(_ congress: Congress) -> [BodiesViewModel] {
        bodies(congress, only: WorkingBodyKind.allCases)
    }

    /// The bodies of `kinds` (those an `elect-bodies` item elects), in the order the congress elects them.
    public static func bodies(_ congress: Congress, only kinds: [WorkingBodyKind]) -> [BodiesViewModel] {
        WorkingBody.allCases.filter { kinds.contains($0) }.compactMap { body in
            let ids = body.members(of: congress)
            guard !ids.isEmpty else { return nil }
            let members = ids.compactMap { congress.person($0) }.map(PersonViewModel.init)
            return BodiesViewModel(label: body.label(count: members.count), members: members)
        }
    }
}
