import Testing
import Vietnamese

struct NumberTests {
    @Test func integersGroupThousandsWithDots() {
        #expect(VietnameseNumber.integer(0) == "0")
        #expect(VietnameseNumber.integer(999) == "999")
        #expect(VietnameseNumber.integer(1000) == "1.000")
        #expect(VietnameseNumber.integer(1_234_567) == "1.234.567")
        #expect(VietnameseNumber.integer(-45_000) == "-45.000")
    }

    @Test func decimalsUseACommaAndRoundHalfUp() {
        #expect(VietnameseNumber.decimal(ExactRatio(12345, 10), decimals: 1) == "1.234,5")
        #expect(VietnameseNumber.decimal(ExactRatio(1, 8), decimals: 2) == "0,13")   // 0,125 → 0,13
        #expect(VietnameseNumber.decimal(ExactRatio(-1, 8), decimals: 2) == "-0,13")
        #expect(VietnameseNumber.decimal(ExactRatio(2, 3), decimals: 0) == "1")
        #expect(VietnameseNumber.decimal(ExactRatio(1, 0), decimals: 2) == nil)
        #expect(VietnameseNumber.decimal(ExactRatio(1066, 100), decimals: 2) == "10,66")
    }

    /// Figures recomputed by hand: 287/300 = 95,666…%; 2/3 = 66,666…%; 1/200 = 0,5%.
    @Test func percentagesByHand() {
        #expect(VietnameseNumber.percent(part: 287, of: 300, decimals: 2) == "95,67%")
        #expect(VietnameseNumber.percent(part: 2, of: 3, decimals: 2) == "66,67%")
        #expect(VietnameseNumber.percent(part: 1, of: 200, decimals: 2) == "0,50%")
        #expect(VietnameseNumber.percent(part: 19, of: 19, decimals: 2) == "100,00%")
        #expect(VietnameseNumber.percent(part: 17, of: 19, decimals: 1) == "89,5%")   // 89,473…
        #expect(VietnameseNumber.percent(part: 1, of: 8, decimals: 0) == "13%")       // 12,5 → 13
        #expect(VietnameseNumber.percent(part: 0, of: 0, decimals: 2) == nil)
    }

    @Test func moreThanHalfIsStrict() {
        #expect(ExactRatio(51, 100).isMoreThanHalf)
        #expect(!ExactRatio(50, 100).isMoreThanHalf)
        #expect(ExactRatio(10, 19).isMoreThanHalf)
        #expect(!ExactRatio(9, 19).isMoreThanHalf)
        // 2n is never formed, so the largest figures are judged exactly instead of trapping.
        #expect(ExactRatio(Int.max, Int.max).isMoreThanHalf)
        #expect(ExactRatio(Int.max / 2 + 1, Int.max).isMoreThanHalf)
        #expect(!ExactRatio(Int.max / 2, Int.max).isMoreThanHalf)
    }

    /// Any two `Int`s give the exact figure (recomputed with Python's Fraction), never an overflow trap.
    @Test func extremeFiguresAreWrittenExactly() {
        #expect(VietnameseNumber.percent(part: Int.max, of: 1, decimals: 2) == "922.337.203.685.477.580.700,00%")
        #expect(VietnameseNumber.percent(part: Int.min, of: 3, decimals: 2) == "-307.445.734.561.825.860.266,67%")
        #expect(VietnameseNumber.percent(part: Int.max, of: Int.max, decimals: 2) == "100,00%")
        #expect(VietnameseNumber.percent(part: 1, of: Int.max, decimals: 2) == "0,00%")
        #expect(VietnameseNumber.percent(part: 5, of: 1000, decimals: 0) == "1%")     // 0,5 → 1
        #expect(VietnameseNumber.percent(part: 1, of: 3, decimals: Int.max) != nil)   // decimals are clamped
        #expect(VietnameseNumber.decimal(ExactRatio(Int.max, 2), decimals: 1) == "4.611.686.018.427.387.903,5")
        #expect(VietnameseNumber.decimal(ExactRatio(Int.min, -1), decimals: 0) == "9.223.372.036.854.775.808")
        #expect(VietnameseNumber.integer(Int.min) == "-9.223.372.036.854.775.808")
    }

    @Test func saturatingArithmetic() {
        #expect(Int.max.saturatingAdding(1) == Int.max)
        #expect(Int.min.saturatingAdding(-1) == Int.min)
        #expect(Int.min.saturatingSubtracting(1) == Int.min)
        #expect(0.saturatingSubtracting(Int.min) == Int.max)
        #expect(Int.max.saturatingMultiplied(by: 100) == Int.max)
        #expect(Int.max.saturatingMultiplied(by: -2) == Int.min)
        #expect([Int.max, Int.max, 3].saturatingSum() == Int.max)
        #expect([9_000_000, 9_000_000, 9_000_000].saturatingSum() == 27_000_000)
    }

    @Test func romanNumerals() {
        let cases: [(Int, String)] = [(1, "I"), (3, "III"), (4, "IV"), (9, "IX"), (11, "XI"), (14, "XIV"), (16, "XVI"),
                                      (19, "XIX"), (20, "XX"), (40, "XL"), (49, "XLIX"), (90, "XC"), (2026, "MMXXVI")]
        for (n, roman) in cases { #expect(RomanNumeral.string(n) == roman, "\(n)") }
        #expect(RomanNumeral.string(0) == "0")
    }

    @Test func paddedTwoDigits() {
        #expect(VietnameseNumber.padded2(5) == "05")
        #expect(VietnameseNumber.padded2(12) == "12")
    }
}
