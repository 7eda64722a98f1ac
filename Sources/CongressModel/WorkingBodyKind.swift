/// Cơ quan làm việc của đại hội — the working bodies, by their keys under `bodies:`: what an `elect-bodies`
/// item names in `bodies:` and a show-of-hands vote in `elects:`.
///
/// Each body is read out in the item that elects it and in no other (reviews/papers.md §2.2 defect 1).
public enum WorkingBodyKind: String, Sendable, Equatable, CaseIterable {
    /// Đoàn Chủ tịch (Chủ tịch Đại hội).
    case presidium
    /// Đoàn Thư ký (Thư ký Đại hội).
    case secretariat
    /// Ban Thẩm tra tư cách đại biểu.
    case credentials
    /// Ban Kiểm phiếu.
    case voteCounting = "vote_counting"

    /// What an `elect-bodies` item without `bodies:` elects: every body but the Ban Kiểm phiếu, which real
    /// scripts elect inside the election block, just before the ballot (123doc 10133752; reviews/papers.md §2.2).
    public static let electedAtOpening: [WorkingBodyKind] = [.presidium, .secretariat, .credentials]

    /// The members the data gives the body.
    public func members(of bodies: CongressBodies) -> [PersonID] {
        switch self {
        case .presidium: bodies.presidium
        case .secretariat: bodies.secretariat
        case .credentials: bodies.credentials
        case .voteCounting: bodies.voteCounting
        }
    }
}

extension CongressBodies {
    /// The members of one working body.
    public func members(_ body: WorkingBodyKind) -> [PersonID] { body.members(of: self) }
}

extension ProgrammeItem {
    /// The working bodies this item elects: those named in `bodies:`, or by default those of
    /// `WorkingBodyKind.electedAtOpening`; none for an item that is not `elect-bodies`.
    public var electedBodies: [WorkingBodyKind] {
        kind == .electBodies ? (bodies ?? WorkingBodyKind.electedAtOpening) : []
    }
}

extension Congress {
    /// Whether an `elect-bodies` item elects the Ban Kiểm phiếu; otherwise the first election block does.
    public var voteCountingElectedByItem: Bool {
        sessions.contains { $0.items.contains { $0.electedBodies.contains(.voteCounting) } }
    }
}
