import CongressModel
import Template

/// One working body of the congress with its members, e.g. "Đoàn Chủ tịch gồm 7 đồng chí".
public struct BodiesViewModel: Sendable, Equatable, TemplateValueConvertible {
    /// "Đoàn Chủ tịch".
    public let label: String
    public let members: [PersonViewModel]

    public var templateValue: TemplateValue {
        .object([
            "label": .string(label),
            "count": .string(String(members.count)),
            "members": .list(members.map(\.templateValue)),
        ])
    }

    /// The bodies in the order the congress elects them; an empty body is left out.
    public static func bodies(_ congress: Congress) -> [BodiesViewModel] {
        let b = congress.bodies
        let all: [(String, [PersonID])] = [
            ("Đoàn Chủ tịch", b.presidium),
            ("Đoàn Thư ký", b.secretariat),
            ("Ban Thẩm tra tư cách đại biểu", b.credentials),
            ("Ban Kiểm phiếu", b.voteCounting),
        ]
        return all.filter { !$0.1.isEmpty }.map { label, ids in
            BodiesViewModel(label: label, members: ids.compactMap { congress.person($0) }.map(PersonViewModel.init))
        }
    }
}
