import CongressModel
import Template
import Vietnamese

/// One target's figures as the papers print them, computed once: the report's table and its new-term
/// sentence, the resolution's result and new-term sentences all read this value (the sentences are the
/// shared partials `partials/target-*.xhtml`), so the report and the resolution state a target identically.
struct TargetViewModel: TemplateValueConvertible {
    let templateValue: TemplateValue

    /// Number, name and unit; plan, achieved and new target as the table states them ("≥ 10,5", "10,82"; a value at
    /// its ceiling without the sign, "100") and with their unit for running text ("10,82%/năm"); the plan and the
    /// new target worded by direction (`TargetWording`, over the past and the new term's years); the rate — only
    /// where more is better: where less is better the table shows none and the text the difference
    /// (`TargetDifference`); the status and the direction as flags.
    init(_ t: TargetFigures, number: Int, figures: Figures, terms: TermNaming) {
        let target = t.target
        let plannedWording = TargetWording(target.planned, of: target, years: terms.pastYears)
        let newWording = TargetWording(target.newTarget, of: target, years: terms.newYears)
        let atLeast = target.direction == .atLeast
        templateValue = .object([
            "number": .string(String(number)),
            "name": .string(target.name),
            "unit": .string(target.unit),
            "planned": .string(Self.stated(t, target.planned, plannedWording)),
            "achieved": .string(target.achieved?.vietnamese ?? ""),
            "new_target": .string(Self.stated(t, target.newTarget, newWording)),
            "planned_wording": plannedWording?.templateValue ?? .bool(false),
            "new_wording": newWording?.templateValue ?? .bool(false),
            "difference": atLeast ? .bool(false) : (TargetDifference(target)?.templateValue ?? .bool(false)),
            "planned_with_unit": .string(Self.withUnit(target.planned, target.unit)),
            "achieved_with_unit": .string(Self.withUnit(target.achieved, target.unit)),
            "new_target_with_unit": .string(Self.withUnit(target.newTarget, target.unit)),
            "rate": .string(atLeast ? t.rateText(decimals: figures.percentDecimals) : "—"),
            "is_exceeded": .bool(t.status == .exceeded),
            "is_met": .bool(t.status == .met),
            "is_missed": .bool(t.status == .missed),
            "at_least": .bool(target.direction == .atLeast),
        ])
    }

    /// "≥ 10,5" in the table; a value at its ceiling ("100" of a rate, every year of the term) stands alone.
    static func stated(_ t: TargetFigures, _ value: ExactDecimal?, _ wording: TargetWording?) -> String {
        guard let value else { return "" }
        switch wording?.kind {
        case .all, .exactly, .wholeTerm: return value.vietnamese
        default: return t.stated(value)
        }
    }

    /// The count of targets met, for "Trong 17 chỉ tiêu chủ yếu …" (two digits: "02").
    static func summary(_ s: TargetSummary) -> TemplateValue {
        let pad = VietnameseNumber.padded2
        return .object([
            "assessed": .string(pad(s.assessed)),
            "achieved": .string(pad(s.achieved)),
            "exceeded": .string(pad(s.exceeded)),
            "missed": .string(pad(s.missed)),
        ])
    }

    /// "10,66%/năm" (a unit starting with % follows the number), "78 triệu đồng/người/năm", "10"; "" for no value.
    static func withUnit(_ value: ExactDecimal?, _ unit: String) -> String {
        guard let value else { return "" }
        if unit.isEmpty { return value.vietnamese }
        return value.vietnamese + (unit.hasPrefix("%") ? "" : " ") + unit
    }
}
