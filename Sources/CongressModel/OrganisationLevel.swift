/// Cấp tổ chức đảng — the level of the organisation holding the congress (`organisation.level`).
///
/// The level decides how often the organisation meets (its term) and which committee convenes it; the kind of
/// congress (`CongressKind`) is stated separately, since an đảng bộ cơ sở may hold either kind.
public enum OrganisationLevel: String, Sendable, Equatable, CaseIterable {
    /// Chi bộ — a chi bộ whose place in the Party is not stated (files written before the level was
    /// split): the papers treat it as a chi bộ, and its term is not judged.
    case chiBo = "chi-bo"
    /// Chi bộ trực thuộc đảng ủy cơ sở — a chi bộ under a grassroots committee (or one of its đảng bộ bộ phận),
    /// e.g. the chi bộ of a khu phố under Đảng bộ phường. Meets "năm năm hai lần".
    case chiBoTrucThuoc = "chi-bo-truc-thuoc"
    /// Chi bộ cơ sở — a chi bộ that is itself a grassroots organisation, directly under a cấp trên cơ sở.
    case chiBoCoSo = "chi-bo-co-so"
    /// Đảng bộ cơ sở — a grassroots Party committee (xã, phường, agency, enterprise).
    case dangBoCoSo = "dang-bo-co-so"
    /// Cấp trên cơ sở — any level above the grassroots when the exact one does not matter.
    case capTrenCoSo = "cap-tren-co-so"
    /// Cấp huyện (historical after 01/7/2025) or equivalent.
    case capHuyen = "cap-huyen"
    /// Cấp tỉnh.
    case capTinh = "cap-tinh"

    /// Whether the organisation is a chi bộ (its committee is the Chi ủy, its papers are signed T/M CHI ỦY).
    public var isChiBo: Bool {
        switch self {
        case .chiBo, .chiBoTrucThuoc, .chiBoCoSo: true
        case .dangBoCoSo, .capTrenCoSo, .capHuyen, .capTinh: false
        }
    }

    /// Nhiệm kỳ — the term length in years (`to − from`) the level allows; `nil` when the level does not say
    /// (a `chi-bo` whose place is not stated), so no term is judged.
    ///
    /// Source: Điều lệ Đảng — a chi bộ trực thuộc đảng ủy cơ sở holds its congress "năm năm hai lần" (the 2025
    /// templates write "nhiệm kỳ 2025 – 2027", the next one 2027 – 2030: two or three years); every other
    /// organisation, "năm năm một lần" (DOMAIN.md, "Chi bộ term"; reviews/papers.md §2.10).
    public var termYears: ClosedRange<Int>? {
        switch self {
        case .chiBo: nil
        case .chiBoTrucThuoc: 2...3
        case .chiBoCoSo, .dangBoCoSo, .capTrenCoSo, .capHuyen, .capTinh: 5...5
        }
    }

    /// The length of the term before one of `years` years: the same, except at a chi bộ trực thuộc, whose two
    /// terms share five years (2022 – 2025 before 2025 – 2027; same source as `termYears`).
    public func previousTermYears(before years: Int) -> Int {
        self == .chiBoTrucThuoc && (2...3).contains(years) ? 5 - years : years
    }
}
