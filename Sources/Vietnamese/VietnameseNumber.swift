/// Numbers written the Vietnamese way: a dot between thousands, a decimal comma, "26%" with no space.
///
/// Source: CLDR `vi` (decimal ",", group "."); the decimal comma is mandatory in state papers
/// (NĐ 86/2012); DOMAIN.md §4. Percentages are rounded half up, computed exactly in integers.
public enum VietnameseNumber {
    /// "1.234.567", "-12", "0".
    public static func integer(_ value: Int) -> String {
        value < 0 ? "-" + grouped(String(value.magnitude)) : grouped(String(value.magnitude))
    }

    /// An exact ratio `numerator / denominator` with `decimals` digits after the comma, rounded half up:
    /// `decimal(ExactRatio(12345, 10), decimals: 1)` is "1.234,5". `nil` when the denominator is 0.
    public static func decimal(_ ratio: ExactRatio, decimals: Int) -> String? {
        guard let rounded = ratio.roundedHalfUp(decimals: decimals) else { return nil }
        return written(negative: rounded.negative, wholeDigits: String(rounded.whole), fraction: rounded.fraction,
                       decimals: rounded.decimals)
    }

    /// `part` of `whole` as a percentage: `percent(part: 287, of: 300, decimals: 2)` is "95,67%".
    /// `nil` when `whole` is 0 (there is no percentage of nothing).
    ///
    /// `part × 100` is never formed: the ratio is rounded with two more decimals and the comma moves two places
    /// on the digits, so any two `Int`s give the exact percentage (a part of `Int.max` cannot trap).
    public static func percent(part: Int, of whole: Int, decimals: Int) -> String? {
        let places = min(max(0, decimals), maximumDecimals - 2)
        guard let rounded = ExactRatio(part, whole).roundedHalfUp(decimals: places + 2) else { return nil }
        let shift = power10(places)
        let hundredths = rounded.fraction / shift                       // the two digits that become whole percent
        let wholeDigits = rounded.whole == 0 ? String(hundredths) : String(rounded.whole) + padded2(Int(hundredths))
        return written(negative: rounded.negative, wholeDigits: wholeDigits, fraction: rounded.fraction % shift,
                       decimals: places) + "%"
    }

    /// The digits of a whole number with a dot between thousands: "1234567" → "1.234.567".
    static func grouped(_ digits: String) -> String {
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(".") }
            grouped.append(digit)
        }
        return grouped
    }

    /// "-1.234,05" from a sign, the whole part's digits and `decimals` digits of fraction.
    static func written(negative: Bool, wholeDigits: String, fraction: UInt, decimals: Int) -> String {
        let sign = negative ? "-" : ""
        guard decimals > 0 else { return sign + grouped(wholeDigits) }
        let digits = String(fraction)
        return sign + grouped(wholeDigits) + "," + String(repeating: "0", count: decimals - digits.count) + digits
    }

    /// Two digits with a leading zero: "05", "19".
    public static func padded2(_ value: Int) -> String { value >= 0 && value < 10 ? "0\(value)" : String(value) }

    /// The most decimals a figure is written with: 10^19 is the largest power of ten a `UInt` holds.
    static let maximumDecimals = 19

    /// 10^n for 0 ≤ n ≤ 19 (n is clamped to that range).
    static func power10(_ n: Int) -> UInt {
        var result: UInt = 1
        for _ in 0..<min(max(0, n), maximumDecimals) { result *= 10 }
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

    /// The ratio rounded half away from zero to `decimals` digits (clamped to 0…19): its sign, whole part and
    /// fraction digits (`fraction` < 10^decimals). `nil` when the denominator is 0.
    ///
    /// The whole part is an integer division and only the remainder (smaller than the denominator) is scaled,
    /// in double width, so no pair of `Int`s overflows.
    func roundedHalfUp(decimals: Int) -> (negative: Bool, whole: UInt, fraction: UInt, decimals: Int)? {
        guard denominator != 0 else { return nil }
        let places = min(max(0, decimals), VietnameseNumber.maximumDecimals)
        let scale = VietnameseNumber.power10(places)
        let n = numerator.magnitude, d = denominator.magnitude
        var whole = n / d
        // remainder × scale < d × scale, so the quotient is below `scale` and fits.
        var (fraction, rest) = d.dividingFullWidth((n % d).multipliedFullWidth(by: scale))
        if rest >= d - rest {                                   // rest × 2 ≥ d: round half up
            fraction += 1
            if fraction == scale { (whole, fraction) = (whole + 1, 0) }
        }
        let negative = (numerator < 0) != (denominator < 0) && (whole != 0 || fraction != 0)
        return (negative, whole, fraction, places)
    }

    /// Whether the ratio is strictly greater than one half (quá bán).
    /// `n / d > 1/2` ⇔ `2n > d` ⇔ `n > ⌊d / 2⌋` for `d > 0` (integers; `2n` is never formed, so it cannot overflow).
    public var isMoreThanHalf: Bool {
        guard denominator > 0 else { return false }
        return numerator > denominator / 2
    }

    /// Whether the ratio is strictly greater than `percent` % ("hơn 30%"): `n / d > p / 100` ⇔ `100·n > p·d` for
    /// `d > 0`, compared in double width so no product overflows; `false` for a denominator of 0 or less.
    /// At 50 it is ``isMoreThanHalf`` (ElectionRulesTests compare the two).
    public func isAbove(percent: Int) -> Bool {
        guard denominator > 0 else { return false }
        guard numerator > 0 else { return percent < 0 }
        guard percent >= 0 else { return true }
        let left = numerator.multipliedFullWidth(by: 100), right = percent.multipliedFullWidth(by: denominator)
        return left.high != right.high ? left.high > right.high : left.low > right.low
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
