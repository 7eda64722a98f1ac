import CongressModel
import Template
import Vietnamese

/// How the papers state a target — the one place its figures become words, so the report and the
/// resolution print the same target identically (a test compares them).
public struct TargetWording: Sendable {
    let figures: Figures

    public init(percentDecimals: Int) {
        figures = Figures(percentDecimals: percentDecimals)
    }

    /// "Tốc độ tăng trưởng giá trị sản xuất bình quân: thực hiện 10,82%/năm, bằng 103,05% kế hoạch (kế hoạch
    /// 10,5%/năm trở lên) — vượt." For a target without plan or result, its name alone.
    public func result(_ t: TargetFigures) -> String {
        guard let planned = t.target.planned, let achieved = t.target.achieved, let status = t.status else {
            return t.target.name
        }
        return "\(t.target.name): thực hiện \(Self.withUnit(achieved, t.target.unit)), bằng "
            + "\(t.rateText(decimals: figures.percentDecimals)) kế hoạch (kế hoạch \(Self.withUnit(planned, t.target.unit)) "
            + "\(t.directionWords)) — \(status.label.lowercased())."
    }

    /// "Tốc độ tăng trưởng giá trị sản xuất bình quân đạt 10,66%/năm trở lên."
    public func newTarget(_ t: TargetFigures) -> String {
        guard let value = t.target.newTarget else { return t.target.name }
        return "\(t.target.name) đạt \(Self.withUnit(value, t.target.unit)) \(t.directionWords)."
    }

    /// "Trong 17 chỉ tiêu chủ yếu, có 15 chỉ tiêu đạt và vượt kế hoạch (11 chỉ tiêu vượt), 2 chỉ tiêu không đạt."
    public func summary(_ s: TargetSummary) -> String {
        let pad = VietnameseNumber.padded2
        return "Trong \(pad(s.assessed)) chỉ tiêu chủ yếu Nghị quyết đề ra, có \(pad(s.achieved)) chỉ tiêu đạt và vượt "
            + "kế hoạch (\(pad(s.exceeded)) chỉ tiêu vượt), \(pad(s.missed)) chỉ tiêu không đạt."
    }

    /// "10,66%/năm" (a unit starting with % follows the number), "78 triệu đồng/người/năm", "10".
    static func withUnit(_ value: ExactDecimal, _ unit: String) -> String {
        if unit.isEmpty { return value.vietnamese }
        return value.vietnamese + (unit.hasPrefix("%") ? "" : " ") + unit
    }
}

/// How the report and the resolution name the terms and the committees (DOMAIN.md §2 c, f).
struct TermNaming {
    /// "nhiệm kỳ 2015 - 2020" — the term that ends at this congress.
    let pastTerm: String
    /// "nhiệm kỳ 2020 - 2025".
    let newTerm: String
    /// "Đại hội lần thứ XV" — the congress whose resolution is being reviewed.
    let pastCongress: String
    /// "Ban Chấp hành Đảng bộ huyện Hưng Hà khóa XV", "Chi ủy Chi bộ Khu phố 3 nhiệm kỳ 2020 - 2025".
    let outgoingCommittee: String
    /// "Ban Chấp hành Đảng bộ khóa XVI" / "Chi ủy nhiệm kỳ 2025 - 2030" — the committee that carries it out.
    let incomingCommittee: String

    init(_ congress: Congress) {
        let term = congress.details.term
        let length = term.to - term.from
        pastTerm = "nhiệm kỳ \(term.from - length) - \(term.from)"
        newTerm = "nhiệm kỳ \(term.from) - \(term.to)"
        let number = congress.details.number
        pastCongress = number > 1 ? "Đại hội lần thứ \(RomanNumeral.string(number - 1))" : "Đại hội"
        let org = congress.organisation.name
        if congress.organisation.level == .chiBo {
            outgoingCommittee = "Chi ủy \(org) \(pastTerm)"
            incomingCommittee = "Chi ủy \(org) \(newTerm)"
        } else {
            outgoingCommittee = "Ban Chấp hành \(org)" + (number > 1 ? " khóa \(RomanNumeral.string(number - 1))" : "")
            incomingCommittee = "Ban Chấp hành \(org) khóa \(RomanNumeral.string(number))"
        }
    }
}
