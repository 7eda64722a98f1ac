import CongressModel
import Vietnamese

/// How the papers name an elected body: "Ban Chấp hành Đảng bộ huyện Hưng Hà nhiệm kỳ 2020 - 2025".
public enum ElectedBodyNaming {
    /// The body with the organisation it belongs to.
    public static func name(_ body: ElectedBody, congress: Congress) -> String {
        let org = congress.organisation.name
        switch body {
        case .banChapHanh: return "Ban Chấp hành \(org)"
        case .banThuongVu: return "Ban Thường vụ \(org)"
        case .biThu: return "Bí thư \(org)"
        case .phoBiThu: return "Phó Bí thư \(org)"
        case .uyBanKiemTra: return "Ủy ban Kiểm tra \(org)"
        case .chuNhiemUyBanKiemTra: return "Chủ nhiệm Ủy ban Kiểm tra \(org)"
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
