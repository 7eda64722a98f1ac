import CongressModel
import Diagnostics

/// The kind of congress against the data that depends on it.
///
/// - DH260 (error): a đại hội đảng viên elects no Ban thẩm tra tư cách đại biểu; the convening committee reports on
///   the members attending instead (QĐ 29-QĐ/TW mục 12.2; DOMAIN.md "Kind of congress"). A board declared there
///   contradicts the kind: the papers could not say who reports, so the file is refused.
/// - DH261 (warning): a chi bộ holds a đại hội đảng viên — every member attends (Điều lệ Đảng; DOMAIN.md "Kind
///   of congress": "đại hội đảng viên (all members; every chi bộ …)").
/// - DH265 (warning): a script item's lines call the vote with the other kind's card ("giơ thẻ đại biểu" at a đại
///   hội đảng viên): the papers word it from `congress.kind` (`CongressKind.cardPhrase`), the typed lines must agree.
struct CongressKindRules {
    func check(_ congress: Congress) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let kind = congress.details.kind
        if kind == .dangVien, !congress.bodies.credentials.isEmpty {
            found.append(Diagnostic(severity: .error,
                                    message: .credentialsBoardAtMembersCongress(count: congress.bodies.credentials.count),
                                    location: congress.position("bodies.credentials", or: congress.bodies.location)))
        }
        if kind == .daiBieu, congress.organisation.level.isChiBo {
            found.append(Diagnostic(severity: .warning,
                                    message: .chiBoDelegatesCongress(level: congress.organisation.level.rawValue),
                                    location: congress.position("congress.kind", or: nil)))
        }
        let wrong = kind.other.cardPhrase, right = kind.cardPhrase
        for session in congress.sessions {
            for (index, item) in session.items.enumerated() where (item.lines ?? "").lowercased().contains(wrong) {
                found.append(Diagnostic(severity: .warning,
                                        message: .scriptCardOfOtherKind(item: item.title, found: wrong, expected: right),
                                        location: congress.position("\(Paths.item(session.kind, index)).lines", or: item.location)))
            }
        }
        return found
    }
}
