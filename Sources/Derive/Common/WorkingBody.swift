import CongressModel

/// Cơ quan làm việc của đại hội — the congress's working bodies, named and signed by their size.
///
/// One person is not a body: one secretary is "Thư ký Đại hội" and signs THƯ KÝ ĐẠI HỘI, one chair is
/// "Chủ tịch Đại hội" and signs CHỦ TỊCH ĐẠI HỘI (QĐ 29-QĐ/TW lets a chi bộ elect "đoàn chủ tịch hoặc chủ tịch
/// đại hội"; real chi bộ minutes; DOMAIN.md "One person", reviews/papers.md §2.1). Two or more are the Đoàn
/// Chủ tịch / Đoàn Thư ký, signing T/M ĐOÀN … The one place the papers take these names from.
typealias WorkingBody = WorkingBodyKind

extension WorkingBodyKind {
    /// The members the data gives the body.
    func members(of congress: Congress) -> [PersonID] { members(of: congress.bodies) }

    /// "Đoàn Chủ tịch" or, for one person, "Chủ tịch Đại hội".
    func label(count: Int) -> String {
        switch self {
        case .presidium: count == 1 ? "Chủ tịch Đại hội" : "Đoàn Chủ tịch"
        case .secretariat: count == 1 ? "Thư ký Đại hội" : "Đoàn Thư ký"
        case .credentials: "Ban Thẩm tra tư cách đại biểu"
        case .voteCounting: "Ban Kiểm phiếu"
        }
    }

    /// The signature of the body's first member: "T/M ĐOÀN THƯ KÝ / TRƯỞNG ĐOÀN", or "THƯ KÝ ĐẠI HỘI" alone.
    func signature(_ congress: Congress) -> SignatureViewModel? {
        let ids = members(of: congress)
        guard let id = ids.first, let person = congress.person(id) else { return nil }
        let single = ids.count == 1
        switch self {
        case .presidium:
            return SignatureViewModel(authority: single ? "CHỦ TỊCH ĐẠI HỘI" : "T/M ĐOÀN CHỦ TỊCH", title: "", name: person.name)
        case .secretariat:
            return single ? SignatureViewModel(authority: "THƯ KÝ ĐẠI HỘI", title: "", name: person.name)
                : SignatureViewModel(authority: "T/M ĐOÀN THƯ KÝ", title: "TRƯỞNG ĐOÀN", name: person.name)
        case .credentials:
            return SignatureViewModel(authority: "T/M BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU", title: "TRƯỞNG BAN", name: person.name)
        case .voteCounting:
            return SignatureViewModel(authority: "T/M BAN KIỂM PHIẾU", title: "TRƯỞNG BAN", name: person.name)
        }
    }
}
