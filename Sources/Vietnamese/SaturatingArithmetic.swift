/// Sums and products of figures typed by people (số liệu), that never trap on overflow.
///
/// Loading caps every count (Sources/Load/IntegerBounds.swift: 10.000.000 people, ballots or votes), so on a
/// loaded file nothing here ever saturates; this is the defence in depth for values that reach the rules by
/// another way (the public API, tests). A result that does not fit an `Int` stays at `Int.max` (or `Int.min`),
/// which still reads as "too many" (or "too few") in every comparison the rules make.
///
/// It lives beside `ExactRatio`, in the one module every stage imports.
extension Int {
    /// `self + other`, held at `Int.max` / `Int.min` instead of trapping.
    public func saturatingAdding(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? .max : .min) : sum
    }

    /// `self - other`, held at `Int.max` / `Int.min` instead of trapping.
    public func saturatingSubtracting(_ other: Int) -> Int {
        let (difference, overflow) = subtractingReportingOverflow(other)
        return overflow ? (other < 0 ? .max : .min) : difference
    }

    /// `self × other`, held at `Int.max` / `Int.min` instead of trapping.
    public func saturatingMultiplied(by other: Int) -> Int {
        let (product, overflow) = multipliedReportingOverflow(by: other)
        return overflow ? ((self < 0) != (other < 0) ? .min : .max) : product
    }
}

extension Sequence where Element == Int {
    /// The sum of the counts, held at `Int.max` / `Int.min` instead of trapping.
    public func saturatingSum() -> Int {
        reduce(0) { $0.saturatingAdding($1) }
    }
}
