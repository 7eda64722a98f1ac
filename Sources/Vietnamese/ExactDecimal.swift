/// A decimal number kept exactly as written: `10,66` is 1066 × 10⁻², never a binary floating-point value.
///
/// Targets (chỉ tiêu) are stated with decimals ("10,66%/năm"); they are read from the YAML text and
/// compared and divided in integers, so a rate cannot drift by a rounding surprise.
public struct ExactDecimal: Sendable, Hashable, CustomStringConvertible {
    /// The digits without the decimal point: 1066 for 10,66.
    public let units: Int
    /// Digits after the decimal point: 2 for 10,66.
    public let scale: Int

    /// `units` × 10^-`scale`.
    public init(units: Int, scale: Int) {
        self.units = units
        self.scale = max(0, scale)
    }

    /// A whole number.
    public init(_ integer: Int) {
        self.init(units: integer, scale: 0)
    }

    /// Reads "10.66", "10,66", "-3", "78" (at most 12 digits before the point and 6 after, so any two values
    /// compare and divide within 64-bit integers); `nil` for anything else ("1e3", "10.", ".5", "1.234,5").
    public init?(parsing text: String) {
        var body = Substring(text)
        let negative = body.hasPrefix("-")
        if negative || body.hasPrefix("+") { body = body.dropFirst() }
        let parts = body.split(separator: body.contains(",") ? "," : ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts[0].count <= 12, parts.count == 1 || parts[1].count <= 6,
              let value = Int(parts.joined()) else { return nil }
        self.init(units: negative ? -value : value, scale: parts.count == 2 ? parts[1].count : 0)
    }

    /// The value with the decimals it was written with, the Vietnamese way: "10,66", "1.250", "0,5".
    public var vietnamese: String {
        let scaleFactor = Int(VietnameseNumber.power10(scale))
        let whole = VietnameseNumber.integer(Int(units.magnitude) / scaleFactor)
        let sign = units < 0 ? "-" : ""
        guard scale > 0 else { return sign + whole }
        let fraction = String(Int(units.magnitude) % scaleFactor)
        return sign + whole + "," + String(repeating: "0", count: scale - fraction.count) + fraction
    }

    /// The same value at a larger scale (for comparing and dividing two decimals).
    public func units(atScale target: Int) -> Int {
        units * Int(VietnameseNumber.power10(max(0, target - scale)))
    }

    /// -1, 0 or 1 as `self` is below, equal to or above `other`.
    public func compare(_ other: ExactDecimal) -> Int {
        let common = max(scale, other.scale)
        let (a, b) = (units(atScale: common), other.units(atScale: common))
        return a < b ? -1 : (a == b ? 0 : 1)
    }

    /// `self / other` as an exact ratio; the denominator is 0 when `other` is 0.
    public func ratio(to other: ExactDecimal) -> ExactRatio {
        let common = max(scale, other.scale)
        return ExactRatio(units(atScale: common), other.units(atScale: common))
    }

    /// The plain form with a decimal point, as it could be written back in YAML: "10.66".
    public var description: String {
        let digits = String(units.magnitude)
        guard scale > 0 else { return (units < 0 ? "-" : "") + digits }
        let padded = String(repeating: "0", count: max(0, scale + 1 - digits.count)) + digits
        return (units < 0 ? "-" : "") + padded.dropLast(scale) + "." + padded.suffix(scale)
    }
}
