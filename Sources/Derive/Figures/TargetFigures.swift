import CongressModel
import Vietnamese

/// Đánh giá chỉ tiêu — the status of a target against its plan (the papers word it: "Vượt", "Đạt", "Không đạt").
public enum TargetStatus: String, Sendable, Equatable, CaseIterable {
    /// Vượt — better than planned (above for "≥", below for "≤").
    case exceeded
    /// Đạt — exactly as planned.
    case met
    /// Không đạt — worse than planned.
    case missed

    /// Whether the target counts as achieved (đạt và vượt).
    public var isAchieved: Bool { self != .missed }
}

/// One target's figures, computed once: the report's table and the resolution read the same value.
public struct TargetFigures: Sendable, Equatable {
    public let target: Target
    /// Tỷ lệ hoàn thành = achieved ÷ planned, exact; `nil` when either is missing or the plan is 0.
    public let rate: ExactRatio?
    /// `nil` when the target has no plan or no achieved value.
    public let status: TargetStatus?

    public init(_ target: Target) {
        self.target = target
        guard let planned = target.planned, let achieved = target.achieved else {
            rate = nil
            status = nil
            return
        }
        let ratio = achieved.ratio(to: planned)
        rate = ratio.denominator == 0 ? nil : ratio
        let comparison = achieved.compare(planned) * (target.direction == .atLeast ? 1 : -1)
        status = comparison > 0 ? .exceeded : (comparison == 0 ? .met : .missed)
    }

    /// "103,05%" (achieved ÷ planned × 100, rounded half up); "—" when there is no rate.
    /// Ratios of very large values are reduced first (at most 12 digits each), so the arithmetic never overflows;
    /// a rate too large to hold that way (a plan of 0,000001 achieved a trillion times over) is "—".
    public func rateText(decimals: Int) -> String {
        guard let rate else { return "—" }
        var (n, d) = (rate.numerator, rate.denominator)
        let divisor = Self.gcd(n.magnitude, d.magnitude)
        if divisor > 1 { (n, d) = (n / Int(divisor), d / Int(divisor)) }
        while n.magnitude > 1_000_000_000_000 || d.magnitude > 1_000_000_000_000 { (n, d) = (n / 10, d / 10) }
        guard d != 0 else { return "—" }
        return VietnameseNumber.decimal(ExactRatio(n * 100, d), decimals: min(decimals, 4)).map { $0 + "%" } ?? "—"
    }

    static func gcd(_ a: UInt, _ b: UInt) -> UInt {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }

    /// "≥ 10,66", "≤ 1,5" — a value with the target's direction; "" when `nil`.
    /// An ordinary space: a narrow table cell may wrap after the sign, never inside the number.
    public func stated(_ value: ExactDecimal?) -> String {
        guard let value else { return "" }
        return (target.direction == .atLeast ? "≥ " : "≤ ") + value.vietnamese
    }
}

/// The targets of the congress with the count met, computed once.
public struct TargetSummary: Sendable, Equatable {
    public let targets: [TargetFigures]

    public init(_ congress: Congress) {
        targets = congress.targets.map(TargetFigures.init)
    }

    /// Targets with a status (plan and achieved both given).
    public var assessed: Int { targets.filter { $0.status != nil }.count }
    /// Đạt và vượt.
    public var achieved: Int { targets.filter { $0.status?.isAchieved == true }.count }
    /// Vượt.
    public var exceeded: Int { targets.filter { $0.status == .exceeded }.count }
    /// Không đạt.
    public var missed: Int { targets.filter { $0.status == .missed }.count }
    /// Targets with a value for the new term.
    public var newTerm: [TargetFigures] { targets.filter { $0.target.newTarget != nil } }
}
