import CongressModel
import Vietnamese

/// How the papers name an elected body: "Ban Chấp hành Đảng bộ huyện Hưng Hà nhiệm kỳ 2020 - 2025".
///
/// The Ban Chấp hành (Chi ủy) is the organisation's; the bodies it elects are its committee's, named by
/// `CommitteeName`: "Ban Thường vụ Huyện ủy Hưng Hà", "Bí thư Đảng ủy xã Tân Lập", "Ủy ban Kiểm tra Huyện ủy
/// Hưng Hà"; at a chi bộ the secretary is the chi bộ's ("Bí thư Chi bộ Khu phố 3").
public enum ElectedBodyNaming {
    /// The body with the organisation it belongs to.
    public static func name(_ body: ElectedBody, congress: Congress) -> String {
        let org = congress.organisation.name
        // The committee of a đảng bộ ("Huyện ủy Hưng Hà"); a chi bộ's officers are named after the chi bộ.
        let committee = congress.organisation.level.isChiBo ? org : CommitteeName(congress).committee
        switch body {
        case .banChapHanh: return "Ban Chấp hành \(org)"
        case .banThuongVu: return "Ban Thường vụ \(committee)"
        case .biThu: return "Bí thư \(committee)"
        case .phoBiThu: return "Phó Bí thư \(committee)"
        case .uyBanKiemTra: return "Ủy ban Kiểm tra \(committee)"
        case .chuNhiemUyBanKiemTra: return "Chủ nhiệm Ủy ban Kiểm tra \(committee)"
        case .chiUy: return "Chi ủy \(org)"
        case .daiBieuCapTren: return "Đại biểu chính thức đi dự Đại hội \(congress.organisation.superior)"
        case .daiBieuDuKhuyet: return "Đại biểu dự khuyết đi dự Đại hội \(congress.organisation.superior)"
        }
    }

    /// The name with the term: "Ban Chấp hành Đảng bộ huyện Hưng Hà nhiệm kỳ 2020 - 2025".
    /// Delegates to the upper congress hold no term of this organisation: their name stands alone.
    public static func nameWithTerm(_ body: ElectedBody, congress: Congress) -> String {
        if body.isDelegation { return name(body, congress: congress) }
        let term = congress.details.term
        return "\(name(body, congress: congress)) nhiệm kỳ \(YearRange.text(from: term.from, to: term.to))"
    }
}
