import Vietnamese

/// Quy chế bầu cử trong Đảng — which regulation governs an election held on a given date.
///
/// QĐ 190-QĐ/TW of 10/10/2024 replaced QĐ 244-QĐ/TW of 2014 (DOMAIN.md §1 "Elections", S20–S22);
/// a congress held before it (Hưng Hà, 2020) cites 244.
public enum ElectionRegulation {
    /// The date QĐ 190-QĐ/TW was issued.
    public static let qd190Date = CalendarDate(year: 2024, month: 10, day: 10)!
    /// The date QĐ 244-QĐ/TW was issued: 09/6/2014 (reviews/papers.md §2.6: cite it by its date, as 190).
    public static let qd244Date = CalendarDate(year: 2014, month: 6, day: 9)!

    /// "Quyết định số 190-QĐ/TW ngày 10/10/2024" or "Quyết định số 244-QĐ/TW ngày 09/6/2014".
    public static func citation(for date: CalendarDate) -> String {
        date >= qd190Date
            ? "Quyết định số 190-QĐ/TW ngày \(VietnameseDate.numeric(qd190Date))"
            : "Quyết định số 244-QĐ/TW ngày \(VietnameseDate.numeric(qd244Date))"
    }
}
