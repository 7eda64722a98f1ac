/// Numbers written the Vietnamese way: a dot between thousands, a decimal comma, "26%" with no space.
///
/// Source: CLDR `vi` (decimal ",", group "."); the decimal comma is mandatory in state papers
/// (NĐ 86/2012); DOMAIN.md §4. Percentages are rounded half up, computed exactly in integers.
public enum VietnameseNumber {
    /// "1.234.567", "-12", "0".
    public static func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(".") }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// An exact ratio `numerator / denominator` with `decimals` digits after the comma, rounded half up:
    /// `decimal(ExactRatio(12345, 10), decimals: 1)` is "1.234,5". `nil` when the denominator is 0.
    public static func decimal(_ ratio: ExactRatio, decimals: Int) -> String? {
        guard let scaled = ratio.scaledRoundedHalfUp(decimals: decimals) else { return nil }
        let scale = power10(decimals)
        let whole = integer(Int(scaled.magnitude / scale))
        let sign = scaled < 0 ? "-" : ""
        guard decimals > 0 else { return sign + whole }
        let fraction = String(scaled.magnitude % scale)
        return sign + whole + "," + String(repeating: "0", count: decimals - fraction.count) + fraction
    }

    /// `part` of `whole` as a percentage: `percent(part: 287, of: 300, decimals: 2)` is "95,67%".
    /// `nil` when `whole` is 0 (there is no percentage of nothing).
    public static func percent(part: Int, of whole: Int, decimals: Int) -> String? {
        guard whole != 0 else { return nil }
        return decimal(ExactRatio(part * 100, whole), decimals: decimals).map { $0 + "%" }
    }

    /// Two digits with a leading zero: "05", "19".
    public static func padded2(_ value: Int) -> String { value >= 0 && value < 10 ? "0\(value)" : String(value) }

    static func power10(_ n: Int) -> UInt {
        var result: UInt = 1
        for _ in 0..<max(0, n) { result *= 10 }
        return result
    }
}

/// A ratio of two integers, kept exact until it is written.
public struct ExactRatio: Sendable, Hashable {
    public var numerator: Int
    public var denominator: Int

    public init(_ numerator: Int, _ denominator: Int) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// The ratio × 10^decimals, rounded half away from zero; `nil` when the denominator is 0.
    func scaledRoundedHalfUp(decimals: Int) -> Int? {
        guard denominator != 0 else { return nil }
        let negative = (numerator < 0) != (denominator < 0)
        let n = UInt(numerator.magnitude) * VietnameseNumber.power10(decimals)
        let d = UInt(denominator.magnitude)
        let rounded = Int((n * 2 + d) / (d * 2))
        return negative ? -rounded : rounded
    }

    /// Whether the ratio is strictly greater than one half (quá bán).
    public var isMoreThanHalf: Bool {
        guard denominator > 0 else { return false }
        return numerator * 2 > denominator
    }
}

/// Roman numerals for congress numbers and terms: "lần thứ XVI", "khóa XII" (DOMAIN.md §4).
public enum RomanNumeral {
    /// "XVI" for 16; the decimal digits for 0, negatives or numbers of 4000 and above, which have no Roman form.
    public static func string(_ number: Int) -> String {
        guard number > 0, number < 4000 else { return String(number) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = number
        var result = ""
        for (value, symbol) in table {
            while rest >= value {
                result += symbol
                rest -= value
            }
        }
        return result
    }
}
