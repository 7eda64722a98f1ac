import Foundation
import Vietnamese

/// Where one branch stands for the superior committee on a day, in the order the dashboard lists them:
/// what needs acting on first.
///
/// - `invalid` (có lỗi): its file has errors; nothing can be printed.
/// - `late` (trễ hạn kịch bản): the script deadline (settings.script_deadline_days before the congress,
///   Seed 004) has passed, the script is not final (items without performer or with placeholder lines,
///   DH201/DH202), and the congress is not yet held. A congress already held is never late.
/// - `thisWeek` (đại hội trong 7 ngày tới): the congress is within the next 7 days.
/// - `upcoming` (chưa đến ngày đại hội), `held` (đã đại hội), `undated` (no congress date read).
enum BranchState: String, CaseIterable, Sendable {
    case invalid, late, thisWeek = "this-week", upcoming, held, undated

    /// The days ahead that count as "this week".
    static let weekDays = 7

    init(_ result: BranchResult, on day: CalendarDate) {
        let date = result.date.flatMap(CalendarDate.init(iso:))
        if result.errors > 0 {
            self = .invalid
        } else if let date, date <= day {
            self = .held
        } else if let deadline = result.scriptDeadline.flatMap(CalendarDate.init(iso:)), deadline < day,
                  (result.scriptUnfinished ?? 0) > 0 {
            self = .late
        } else if let date, CalendarDate.days(from: day, to: date) <= Self.weekDays {
            self = .thisWeek
        } else if date != nil {
            self = .upcoming
        } else {
            self = .undated
        }
    }

    /// The dashboard's order: errors, late, this week, then the rest by date.
    var rank: Int {
        switch self {
        case .invalid: 0
        case .late: 1
        case .thisWeek: 2
        case .upcoming, .held, .undated: 3
        }
    }

    /// The label of the state (dashboard filter, CSV).
    var label: String {
        switch self {
        case .invalid: "Có lỗi"
        case .late: "Trễ hạn kịch bản"
        case .thisWeek: "Đại hội trong 7 ngày tới"
        case .upcoming: "Chưa đến ngày đại hội"
        case .held: "Đã đại hội"
        case .undated: "Chưa rõ ngày"
        }
    }
}

extension CalendarDate {
    /// Today on this machine's calendar: the day of a dashboard made without `--as-of`.
    static func today(_ now: Date = Date()) -> CalendarDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: now)
        return CalendarDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1) ?? CalendarDate(year: 2000, month: 1, day: 1)!
    }
}
