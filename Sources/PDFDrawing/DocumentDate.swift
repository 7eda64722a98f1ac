import CivilCalendar
import Foundation

/// The one date a drawn PDF carries (creation = modification), in UTC: the paper's own date at midnight,
/// unless `SOURCE_DATE_EPOCH` (reproducible-builds.org) is set, which wins, as in the Typst engine. Never the clock.
struct DocumentDate: Equatable {
    var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int

    /// The date to write, or nil for none: `sourceDateEpoch` when given, else the paper's date when it is a
    /// real day of years 1…9999, else (PDF/A needs one) the epoch, 1970-01-01.
    static func resolve(paper: (year: Int, month: Int, day: Int)?, sourceDateEpoch: Int?, pdfA: Bool) -> DocumentDate? {
        if let sourceDateEpoch, sourceDateEpoch >= 0, sourceDateEpoch < 253_402_300_800 { return DocumentDate(epochSeconds: sourceDateEpoch) }
        if let paper, (1...9999).contains(paper.year), (1...12).contains(paper.month),
           (1...daysIn(month: paper.month, year: paper.year)).contains(paper.day) {
            return DocumentDate(year: paper.year, month: paper.month, day: paper.day, hour: 0, minute: 0, second: 0)
        }
        return pdfA ? DocumentDate(epochSeconds: 0) : nil
    }

    /// `SOURCE_DATE_EPOCH` from the environment when it is a whole number of seconds.
    static func environmentEpoch(_ environment: [String: String]) -> Int? {
        environment["SOURCE_DATE_EPOCH"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        (self.year, self.month, self.day, self.hour, self.minute, self.second) = (year, month, day, hour, minute, second)
    }

    /// Seconds since 1970-01-01T00:00:00Z (not negative) as a civil date and time of day (``CivilDays``).
    init(epochSeconds: Int) {
        let date = CivilDays.date(days: epochSeconds / 86_400), rest = epochSeconds % 86_400
        self.init(year: date.year, month: date.month, day: date.day, hour: rest / 3600, minute: rest % 3600 / 60, second: rest % 60)
    }

    static func daysIn(month: Int, year: Int) -> Int { CivilDays.daysIn(month: month, year: year) }

    private func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// `D:20251020000000Z` (ISO 32000-1 §7.9.4).
    var pdf: String {
        "D:" + padded(year, 4) + padded(month, 2) + padded(day, 2) + padded(hour, 2) + padded(minute, 2) + padded(second, 2) + "Z"
    }

    /// `2025-10-20T00:00:00Z` (XMP).
    var xmp: String {
        padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2) + "T" + padded(hour, 2) + ":" + padded(minute, 2) + ":" + padded(second, 2) + "Z"
    }
}
