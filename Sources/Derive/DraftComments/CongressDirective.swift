import Vietnamese

/// Chỉ thị của Bộ Chính trị về đại hội đảng bộ các cấp — which directive governs the congresses of a round, for the
/// papers that cite it (the summary of the comments on the drafts: task 2 of every congress).
///
/// DOMAIN.md §0: Chỉ thị 35-CT/TW of 30/5/2019 governed the 2020–2025 round; Chỉ thị 35-CT/TW of 14/6/2024 the
/// 2025–2030 round until Chỉ thị 45-CT/TW of 14/4/2025 replaced it [S25, S26]. A congress before the first is cited
/// without a number.
public enum CongressDirective {
    static let ct35of2019 = CalendarDate(year: 2019, month: 5, day: 30)!
    static let ct35of2024 = CalendarDate(year: 2024, month: 6, day: 14)!
    static let ct45of2025 = CalendarDate(year: 2025, month: 4, day: 14)!

    /// "Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị" for a congress held on `date`; "chỉ thị của Bộ Chính trị"
    /// before 30/5/2019.
    public static func citation(for date: CalendarDate) -> String {
        let issued: (String, CalendarDate)?
        if date >= ct45of2025 { issued = ("45-CT/TW", ct45of2025) }
        else if date >= ct35of2024 { issued = ("35-CT/TW", ct35of2024) }
        else if date >= ct35of2019 { issued = ("35-CT/TW", ct35of2019) }
        else { issued = nil }
        guard let (number, day) = issued else { return "chỉ thị của Bộ Chính trị" }
        return "Chỉ thị số \(number) ngày \(VietnameseDate.numeric(day)) của Bộ Chính trị"
    }
}
