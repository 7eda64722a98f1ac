/// Cơ quan làm việc — the working bodies a show-of-hands vote elects, by their keys under `bodies:`.
public enum WorkingBodyKind: String, Sendable, Equatable, CaseIterable {
    /// Đoàn Chủ tịch (Chủ tịch Đại hội).
    case presidium
    /// Đoàn Thư ký (Thư ký Đại hội).
    case secretariat
    /// Ban Thẩm tra tư cách đại biểu.
    case credentials
    /// Ban Kiểm phiếu.
    case voteCounting = "vote_counting"
}

extension CongressBodies {
    /// The members of one working body.
    public func members(_ body: WorkingBodyKind) -> [PersonID] {
        switch body {
        case .presidium: presidium
        case .secretariat: secretariat
        case .credentials: credentials
        case .voteCounting: voteCounting
        }
    }
}
