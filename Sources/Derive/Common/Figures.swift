import Template
import Vietnamese

/// Formatting of figures for the papers: one entry point so every document prints counts and shares alike.
struct Figures: Sendable {
    /// Decimals of a percentage (setting; default 2, DOMAIN.md §2 d).
    let percentDecimals: Int

    /// "1.234".
    func count(_ n: Int) -> String { VietnameseNumber.integer(n) }

    /// "98,99%" of `whole`; "—" when the whole is 0.
    func percent(_ part: Int, of whole: Int) -> String {
        VietnameseNumber.percent(part: part, of: whole, decimals: percentDecimals) ?? "—"
    }

    /// Summoned, present and absent with their shares of the summoned, as every paper that states the
    /// attendance prints them (the minutes, the credentials report): one place, so they never differ.
    func attendance(_ a: AttendanceFigures) -> [String: TemplateValue] {
        [
            "summoned": .string(count(a.summoned)),
            "present": .string(count(a.present)),
            "present_percent": .string(percent(a.present, of: a.summoned)),
            "absent": .string(count(a.absent)),
            "absent_percent": .string(percent(a.absent, of: a.summoned)),
        ]
    }
}
