import Diagnostics
import Vietnamese

/// Chỉ tiêu — one main target of the term: what was planned, what was achieved, what the new term aims at.
public struct Target: Sendable, Equatable {
    /// Tên chỉ tiêu, e.g. "Tốc độ tăng trưởng giá trị sản xuất bình quân".
    public var name: String
    /// Đơn vị tính, e.g. "%/năm", "triệu đồng/người/năm".
    public var unit: String
    /// Whether more is better (≥, the default) or less is better (≤, e.g. the poverty rate).
    public var direction: TargetDirection
    /// Kế hoạch — the past term's planned value; `nil` for a target new in this term.
    public var planned: ExactDecimal?
    /// Thực hiện — the value achieved over the past term.
    public var achieved: ExactDecimal?
    /// Chỉ tiêu nhiệm kỳ mới — the new term's target.
    public var newTarget: ExactDecimal?
    public var location: SourceLocation?

    public init(name: String, unit: String, direction: TargetDirection = .atLeast, planned: ExactDecimal? = nil,
                achieved: ExactDecimal? = nil, newTarget: ExactDecimal? = nil, location: SourceLocation? = nil) {
        self.name = name
        self.unit = unit
        self.direction = direction
        self.planned = planned
        self.achieved = achieved
        self.newTarget = newTarget
        self.location = location
    }
}

/// "≥" (trở lên — more is better) or "≤" (trở xuống — less is better).
public enum TargetDirection: String, Sendable, Equatable, CaseIterable {
    case atLeast = ">="
    case atMost = "<="
}
