/// Vietnamese date lines of Party papers.
///
/// Rule (HD 36-HD/VPTW 2018, NĐ 30/2020 Phụ lục I): the day and month are written in Arabic digits,
/// with a leading zero for a day below 10 and for the months 1 and 2 — "ngày 05 tháng 02 năm 2026",
/// "ngày 19 tháng 5 năm 2020". This file is the one place that rule lives.
public enum VietnameseDate {
    /// The day as written in a date line: "05", "19".
    public static func dayText(_ day: Int) -> String { VietnameseNumber.padded2(day) }

    /// The month as written in a date line: "01", "02", then "3" … "12".
    public static func monthText(_ month: Int) -> String { month <= 2 ? VietnameseNumber.padded2(month) : String(month) }

    /// "ngày 19 tháng 5 năm 2020".
    public static func long(_ date: CalendarDate) -> String {
        "ngày \(dayText(date.day)) tháng \(monthText(date.month)) năm \(date.year)"
    }

    /// The place-and-date line under "ĐẢNG CỘNG SẢN VIỆT NAM": "Hưng Hà, ngày 19 tháng 5 năm 2020".
    public static func placeAndDate(place: String, _ date: CalendarDate) -> String {
        "\(place), \(long(date))"
    }

    /// The short form used when citing a paper: "19/5/2020", "05/02/2026".
    public static func numeric(_ date: CalendarDate) -> String {
        "\(dayText(date.day))/\(monthText(date.month))/\(date.year)"
    }

    /// Thứ — the weekday: "Thứ Hai" … "Thứ Bảy", "Chủ nhật".
    public static func weekday(_ date: CalendarDate) -> String {
        ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"][date.isoWeekday - 1]
    }
}

/// Vietnamese clock times: "14 giờ 30", "7 giờ 00".
public enum VietnameseTime {
    /// The hour without a leading zero, the minutes always in two digits: "7 giờ 05", "14 giờ 30".
    public static func spoken(_ time: ClockTime) -> String {
        "\(time.hour) giờ \(VietnameseNumber.padded2(time.minute))"
    }
}
