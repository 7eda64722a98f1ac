import CivilCalendar

/// A calendar date without a time zone, as a congress file states it.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// A date, or `nil` when the day does not exist (30 February, month 13 …).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// ISO 8601 `YYYY-MM-DD`.
    public var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Days in a month of the proleptic Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int { CivilDays.daysIn(month: month, year: year) }
}

/// A time of day to the minute.
public struct ClockTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int

    /// A time, or `nil` outside 00:00–23:59.
    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Minutes since midnight.
    public var minutesSinceMidnight: Int { hour * 60 + minute }

    /// `HH:MM`.
    public var description: String {
        (hour < 10 ? "0\(hour)" : "\(hour)") + ":" + (minute < 10 ? "0\(minute)" : "\(minute)")
    }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool { lhs.minutesSinceMidnight < rhs.minutesSinceMidnight }
}

extension CalendarDate {
    /// Days since 1970-01-01 (negative before), by the proleptic Gregorian calendar (``CivilDays``).
    public var daysSinceEpoch: Int { CivilDays.days(year: year, month: month, day: day) }

    /// The date `days` after this one (before it when negative).
    public func adding(days: Int) -> CalendarDate {
        // Every value computed here is a real day, so no check is needed.
        let date = CivilDays.date(days: daysSinceEpoch + days)
        var result = self
        (result.year, result.month, result.day) = (date.year, date.month, date.day)
        return result
    }

    /// Whole days from `start` to `end` (negative when `end` is earlier).
    public static func days(from start: CalendarDate, to end: CalendarDate) -> Int {
        end.daysSinceEpoch - start.daysSinceEpoch
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).
    public var isoWeekday: Int {
        let r = (daysSinceEpoch + 3) % 7
        return (r < 0 ? r + 7 : r) + 1
    }
}

extension ClockTime {
    /// The time `minutes` later on a 24-hour clock, and how many midnights were crossed.
    /// Whole days are split off `minutes` first, so any `Int` of minutes is added without overflow.
    public func adding(minutes: Int) -> (time: ClockTime, dayOffset: Int) {
        let total = minutesSinceMidnight + minutes % 1440             // within -1439…2878
        let carry = total >= 0 ? total / 1440 : (total - 1439) / 1440   // -1, 0 or 1
        let dayOffset = minutes / 1440 + carry
        let within = total - carry * 1440
        var time = self
        time.hour = within / 60
        time.minute = within % 60
        return (time, dayOffset)
    }
}

extension CalendarDate {
    /// Parses ISO 8601 `YYYY-MM-DD` (exactly that shape); `nil` for anything else or a day that does not exist.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }
}
