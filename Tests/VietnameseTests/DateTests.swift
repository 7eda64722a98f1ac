import Testing
import Vietnamese

struct DateTests {
    private func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    /// HD 36-HD/VPTW: a leading zero for days below 10 and for months 1 and 2 only.
    @Test func longDatesFollowThePartyRule() {
        #expect(VietnameseDate.long(date(2020, 5, 19)) == "ngày 19 tháng 5 năm 2020")
        #expect(VietnameseDate.long(date(2026, 2, 5)) == "ngày 05 tháng 02 năm 2026")
        #expect(VietnameseDate.long(date(2018, 4, 3)) == "ngày 03 tháng 4 năm 2018")
        #expect(VietnameseDate.long(date(2018, 1, 20)) == "ngày 20 tháng 01 năm 2018")
        #expect(VietnameseDate.long(date(2025, 12, 1)) == "ngày 01 tháng 12 năm 2025")
    }

    @Test func placeAndDateLine() {
        #expect(VietnameseDate.placeAndDate(place: "Hưng Hà", date(2020, 5, 19)) == "Hưng Hà, ngày 19 tháng 5 năm 2020")
    }

    @Test func numericCitationForm() {
        #expect(VietnameseDate.numeric(date(2026, 9, 5)) == "05/9/2026")
        #expect(VietnameseDate.numeric(date(2026, 2, 14)) == "14/02/2026")
    }

    /// 19 May 2020 was a Tuesday; 1 January 2000 a Saturday; 29 February 2024 a Thursday.
    @Test func weekdays() {
        #expect(VietnameseDate.weekday(date(2020, 5, 19)) == "Thứ Ba")
        #expect(VietnameseDate.weekday(date(2000, 1, 1)) == "Thứ Bảy")
        #expect(VietnameseDate.weekday(date(2024, 2, 29)) == "Thứ Năm")
        #expect(VietnameseDate.weekday(date(2026, 11, 29)) == "Chủ nhật")
    }

    @Test func impossibleDatesAreRefused() {
        #expect(CalendarDate(year: 2020, month: 2, day: 30) == nil)
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2020, month: 13, day: 1) == nil)
        #expect(CalendarDate(year: 2020, month: 4, day: 31) == nil)
    }

    @Test func dayArithmeticCrossesMonthsAndLeapDays() {
        #expect(date(2020, 5, 19).adding(days: -5) == date(2020, 5, 14))
        #expect(date(2024, 2, 28).adding(days: 1) == date(2024, 2, 29))
        #expect(date(2023, 12, 31).adding(days: 1) == date(2024, 1, 1))
        #expect(date(2020, 3, 1).adding(days: -1) == date(2020, 2, 29))
        #expect(CalendarDate.days(from: date(2020, 1, 1), to: date(2021, 1, 1)) == 366)
        #expect(date(1970, 1, 1).daysSinceEpoch == 0)
        // Round trip over four centuries.
        var d = date(1900, 1, 1)
        for _ in 0..<146_097 { let next = d.adding(days: 1); #expect(CalendarDate.days(from: d, to: next) == 1); d = next }
        #expect(d == date(2300, 1, 1))
    }
}

struct TimeTests {
    @Test func spokenTimes() {
        #expect(VietnameseTime.spoken(ClockTime(hour: 14, minute: 30)!) == "14 giờ 30")
        #expect(VietnameseTime.spoken(ClockTime(hour: 7, minute: 5)!) == "7 giờ 05")
        #expect(VietnameseTime.spoken(ClockTime(hour: 8, minute: 0)!) == "8 giờ 00")
    }

    @Test func addingMinutesWrapsAtMidnight() {
        let t = ClockTime(hour: 23, minute: 50)!
        #expect(t.adding(minutes: 15).time == ClockTime(hour: 0, minute: 5)!)
        #expect(t.adding(minutes: 15).dayOffset == 1)
        #expect(ClockTime(hour: 7, minute: 30)!.adding(minutes: 95).time == ClockTime(hour: 9, minute: 5)!)
        #expect(ClockTime(hour: 7, minute: 30)!.adding(minutes: 95).dayOffset == 0)
        #expect(ClockTime(hour: 0, minute: 10)!.adding(minutes: -20).dayOffset == -1)
        #expect(ClockTime(hour: 0, minute: 10)!.adding(minutes: -20).time == ClockTime(hour: 23, minute: 50)!)
        #expect(ClockTime(hour: 24, minute: 0) == nil)
    }

    /// Whole days are split off first: `Int.max` minutes from 07:30 is 01:37, 6.405.119.470.038.039 days on.
    @Test func addingAnyNumberOfMinutesNeverTraps() {
        let start = ClockTime(hour: 7, minute: 30)!
        #expect(start.adding(minutes: Int.max).time == ClockTime(hour: 1, minute: 37)!)
        #expect(start.adding(minutes: Int.max).dayOffset == 6_405_119_470_038_039)
        #expect(start.adding(minutes: Int.min).dayOffset == Int.min / 1440 - 1)
        #expect(start.adding(minutes: -1440 * 3).time == start)
        #expect(start.adding(minutes: -1440 * 3).dayOffset == -3)
    }
}

struct ISODateTests {
    @Test func parsesOnlyRealISODates() {
        #expect(CalendarDate(iso: "2020-05-19") == CalendarDate(year: 2020, month: 5, day: 19))
        #expect(CalendarDate(iso: "2020-02-30") == nil)
        #expect(CalendarDate(iso: "2020-5-19") == nil)
        #expect(CalendarDate(iso: "19/05/2020") == nil)
        #expect(CalendarDate(iso: "2020-05-19x") == nil)
        #expect(CalendarDate(iso: "") == nil)
    }
}
