import CivilCalendar
import Testing

@Suite("Civil calendar")
struct CivilDaysTests {
    @Test("leap years: 2024 and 2000 are, 2025 and 1900 are not; February's days follow")
    func leapYears() {
        #expect(CivilDays.isLeap(2024) && CivilDays.isLeap(2000) && CivilDays.isLeap(1600))
        #expect(!CivilDays.isLeap(2025) && !CivilDays.isLeap(1900) && !CivilDays.isLeap(2100))
        #expect(CivilDays.daysIn(month: 2, year: 2024) == 29 && CivilDays.daysIn(month: 2, year: 1900) == 28)
        #expect((1...12).map { CivilDays.daysIn(month: $0, year: 2025) } == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
    }

    @Test("days since 1970-01-01, worked by hand: 2000-03-01 is 11,017 (30 years of 365 days, 7 leap days, Jan and Feb of 2000: 31 + 29); 1969-12-31 is −1; 0001-01-01 is −719,162")
    func daysFromDates() {
        #expect(CivilDays.days(year: 1970, month: 1, day: 1) == 0)
        #expect(CivilDays.days(year: 2000, month: 3, day: 1) == 30 * 365 + 7 + 31 + 29)
        #expect(CivilDays.days(year: 1969, month: 12, day: 31) == -1)
        #expect(CivilDays.days(year: 1, month: 1, day: 1) == -719_162)
    }

    @Test("date(days:) inverts days(year:month:day:) on every day of years −400…2800, which walk one after the other")
    func roundTrip() {
        var expected = CivilDays.days(year: -400, month: 1, day: 1)
        for year in -400...2800 {
            for month in 1...12 {
                for day in 1...CivilDays.daysIn(month: month, year: year) {
                    let days = CivilDays.days(year: year, month: month, day: day)
                    #expect(days == expected)
                    expected += 1
                    let back = CivilDays.date(days: days)
                    if back != (year, month, day) { Issue.record("\(year)-\(month)-\(day) → \(days) → \(back)") }
                }
            }
        }
    }
}
