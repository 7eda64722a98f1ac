/// Lý do trừ khỏi cơ sở tính kết quả bầu cử — the standard reasons the election rules allow for leaving someone
/// out of the threshold base, by kind of congress; anything else is `khac` (other), kept as typed.
///
/// Source: Quy chế bầu cử trong Đảng (QĐ 190-QĐ/TW, 2024, Điều 30; wording as quoted by dangcongsan.vn,
/// "Cách tính kết quả bầu cử ở đại hội các cấp"; DOMAIN.md "Threshold base"):
/// - đại hội đảng viên: the official members summoned, minus those who moved their membership temporarily,
///   exempt members absent, suspended / prosecuted / detained members, and official members absent for the whole
///   congress with a reason the convening committee accepted;
/// - đại hội đại biểu: the official delegates summoned, minus committee members of the convening level absent
///   for the whole congress and official delegates absent for the whole congress with no alternate replacing them.
///
/// In the YAML an exclusion's `reason` is either the code (`mien-sinh-hoat-vang-mat`) or free text, which is
/// read as `khac` (and `check` warns, DH264).
public enum BaseExclusionReason: String, Sendable, Equatable, CaseIterable {
    /// Đảng viên chính thức đã chuyển sinh hoạt đảng tạm thời (đại hội đảng viên).
    case chuyenSinhHoatTamThoi = "chuyen-sinh-hoat-tam-thoi"
    /// Đảng viên được miễn công tác và sinh hoạt đảng không có mặt tại đại hội (đại hội đảng viên).
    case mienSinhHoatVangMat = "mien-sinh-hoat-vang-mat"
    /// Đảng viên bị đình chỉ sinh hoạt đảng, bị khởi tố, truy tố, tạm giam (đại hội đảng viên).
    case dinhChiKhoiToTamGiam = "dinh-chi-khoi-to-tam-giam"
    /// Đảng viên chính thức vắng mặt suốt thời gian đại hội có lý do chính đáng được cấp ủy triệu tập đồng ý.
    case vangMatCoLyDo = "vang-mat-co-ly-do"
    /// Cấp ủy viên cấp triệu tập đại hội vắng mặt suốt thời gian đại hội (đại hội đại biểu).
    case capUyVienVangMat = "cap-uy-vien-vang-mat"
    /// Đại biểu chính thức vắng mặt suốt thời gian đại hội không có đại biểu dự khuyết thay thế (đại hội đại biểu).
    case daiBieuVangKhongThayThe = "dai-bieu-vang-khong-thay-the"
    /// Khác — a reason the rules do not list, kept as typed.
    case khac

    /// The reason a `reason:` value of the data stands for: its code, else `khac`.
    public init(data: String) {
        self = Self(rawValue: data) ?? .khac
    }

    /// The kind of congress whose rule lists the reason; `nil` for `khac`.
    public var kind: CongressKind? {
        switch self {
        case .chuyenSinhHoatTamThoi, .mienSinhHoatVangMat, .dinhChiKhoiToTamGiam, .vangMatCoLyDo: .dangVien
        case .capUyVienVangMat, .daiBieuVangKhongThayThe: .daiBieu
        case .khac: nil
        }
    }

    /// The rule's own words, as the vote-count minutes print them; `nil` for `khac` (the typed text is printed).
    public var words: String? {
        switch self {
        case .chuyenSinhHoatTamThoi: "Đảng viên chính thức đã chuyển sinh hoạt đảng tạm thời"
        case .mienSinhHoatVangMat: "Đảng viên được miễn công tác và sinh hoạt đảng không có mặt tại đại hội"
        case .dinhChiKhoiToTamGiam: "Đảng viên bị đình chỉ sinh hoạt đảng, bị khởi tố, truy tố, tạm giam"
        case .vangMatCoLyDo:
            "Đảng viên chính thức vắng mặt suốt thời gian đại hội có lý do chính đáng được cấp ủy triệu tập đại hội đồng ý"
        case .capUyVienVangMat: "Cấp ủy viên cấp triệu tập đại hội vắng mặt suốt thời gian đại hội"
        case .daiBieuVangKhongThayThe:
            "Đại biểu chính thức vắng mặt suốt thời gian đại hội không có đại biểu dự khuyết thay thế"
        case .khac: nil
        }
    }

    /// The codes the rule lists for a kind of congress, in the rule's order.
    public static func standard(for kind: CongressKind) -> [BaseExclusionReason] {
        allCases.filter { $0.kind == kind }
    }
}

extension BaseExclusion {
    /// The standard reason the data's `reason` names (`khac` for free text).
    public var standardReason: BaseExclusionReason { BaseExclusionReason(data: reason) }

    /// The reason as printed: the rule's words for a code, the typed text otherwise.
    public var printedReason: String { standardReason.words ?? reason }
}

/// How many of those summoned the delegate list puts under a standard reason, when the list can tell.
public struct ListedExclusion: Sendable, Equatable {
    /// People on the list the reason covers (or, when `exact` is false, the most it can cover).
    public var count: Int
    /// Whether the list tells exactly (`true`) or only bounds it (`false`: it cannot say who had an alternate or
    /// sat on the convening committee).
    public var exact: Bool
}

extension Congress {
    /// What the delegate list says of a standard exclusion reason: the official members (delegates) it covers.
    /// `nil` where the list cannot tell (temporary transfer, suspension, other text).
    ///
    /// - `mien-sinh-hoat-vang-mat`: exempt official members absent — exactly;
    /// - `vang-mat-co-ly-do`: official members absent with an accepted reason, not exempt — exactly;
    /// - `dai-bieu-vang-khong-thay-the`, `cap-uy-vien-vang-mat`: at most the official delegates absent.
    public func listed(_ reason: BaseExclusionReason) -> ListedExclusion? {
        var exemptAbsent = 0, excusedAbsent = 0, absent = 0
        for (delegate, membership) in zip(delegates, delegateMemberships) where delegate.absence != nil && membership != .duBi {
            absent += 1
            if delegate.exempt { exemptAbsent += 1 } else if delegate.absence?.excused == true { excusedAbsent += 1 }
        }
        switch reason {
        case .mienSinhHoatVangMat: return ListedExclusion(count: exemptAbsent, exact: true)
        case .vangMatCoLyDo: return ListedExclusion(count: excusedAbsent, exact: true)
        case .daiBieuVangKhongThayThe, .capUyVienVangMat: return ListedExclusion(count: absent, exact: false)
        case .chuyenSinhHoatTamThoi, .dinhChiKhoiToTamGiam, .khac: return nil
        }
    }
}
