import CongressModel
import Template
import Vietnamese

/// How the papers word a target's value by its direction, as real political reports write it
/// (reviews/papers.md §2.8): never "đạt 100% trở lên" nor "5 năm trở lên" in a five-year term.
///
/// - More is better: "đạt 10,66%/năm trở lên"; at the ceiling — 100 of a share ("%", "% số xã"; a growth rate
///   "%/năm" has none), or every year of the term ("năm" unit) — nothing can be above it, so no "trở lên": "100% dân số sử dụng nước sạch" (a name "Tỷ lệ …" is
///   turned round), "đạt 100%", "cả 5 năm của nhiệm kỳ".
/// - Less is better: a rate "giảm xuống dưới 1%", anything else "không quá 1 vụ/năm".
///
/// The view model gives the kind as flags and the figures; the words are in `partials/target-new.xhtml` and
/// `partials/target-result.xhtml`.
struct TargetWording: TemplateValueConvertible {
    enum Kind: Equatable {
        /// "đạt 10,66%/năm trở lên".
        case atLeast
        /// "100% dân số …" — a rate "Tỷ lệ …" at 100%.
        case all(subject: String)
        /// "đạt 100%" — at the ceiling, with a name that cannot be turned round.
        case exactly
        /// "cả 5 năm của nhiệm kỳ" — every year of the term.
        case wholeTerm
        /// "giảm xuống dưới 1%" — a rate where less is better.
        case reduceBelow
        /// "không quá 1 vụ/năm" — a count where less is better.
        case atMost
    }

    let kind: Kind
    /// The value with its unit: "10,66%/năm", "1 vụ/năm".
    let value: String
    /// The years of the term the value is stated for.
    let years: Int

    /// The wording of `value` of `target` over a term of `years` years; `nil` when there is no value.
    init?(_ value: ExactDecimal?, of target: Target, years: Int) {
        guard let value else { return nil }
        self.value = TargetViewModel.withUnit(value, target.unit)
        self.years = years
        // A share of a whole ("%", "% số xã") has 100 as its ceiling; a growth rate ("%/năm") has none.
        let isShare = target.unit == "%" || target.unit.hasPrefix("% ")
        switch target.direction {
        case .atMost:
            kind = target.unit.hasPrefix("%") ? .reduceBelow : .atMost
        case .atLeast where isShare && value.compare(ExactDecimal(100)) == 0:
            let rate = "Tỷ lệ "
            let subject = target.name.hasPrefix(rate) ? String(target.name.dropFirst(rate.count)) : ""
            kind = target.unit == "%" && !subject.isEmpty ? .all(subject: subject) : .exactly
        case .atLeast where target.unit == "năm" && value.compare(ExactDecimal(years)) == 0:
            kind = .wholeTerm
        case .atLeast:
            kind = .atLeast
        }
    }

    var templateValue: TemplateValue {
        var subject = ""
        if case .all(let s) = kind { subject = s }
        return .object([
            "value": .string(value),
            "years": .string(String(years)),
            "subject": .string(subject),
            "is_at_least": .bool(kind == .atLeast),
            "is_all": .bool(!subject.isEmpty),
            "is_exactly": .bool(kind == .exactly),
            "is_whole_term": .bool(kind == .wholeTerm),
            "is_reduce_below": .bool(kind == .reduceBelow),
            "is_at_most": .bool(kind == .atMost),
        ])
    }
}

/// How the achieved value of a target where less is better compares with its plan, for the running text: the
/// difference, never a "% so với kế hoạch" (1,48 of a plan of 2 is not "74% of the plan"; reviews/papers.md §2.8).
/// A rate's difference is in percentage points ("0,52 điểm phần trăm"), any other in its unit ("1 vụ/năm").
struct TargetDifference {
    /// "thấp hơn" / "cao hơn"; empty when equal.
    let comparison: String
    /// "0,52 điểm phần trăm", "1 vụ/năm".
    let amount: String

    init?(_ target: Target) {
        guard let planned = target.planned, let achieved = target.achieved else { return nil }
        let scale = max(planned.scale, achieved.scale)
        let delta = achieved.units(atScale: scale) - planned.units(atScale: scale)
        comparison = delta < 0 ? "thấp hơn" : (delta > 0 ? "cao hơn" : "")
        let magnitude = ExactDecimal(units: Int(delta.magnitude), scale: scale)
        amount = target.unit.hasPrefix("%")
            ? magnitude.vietnamese + " điểm phần trăm"
            : TargetViewModel.withUnit(magnitude, target.unit)
    }

    var templateValue: TemplateValue {
        .object(["is_equal": .bool(comparison.isEmpty), "comparison": .string(comparison), "amount": .string(amount)])
    }
}
