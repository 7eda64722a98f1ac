/// Khoảng năm — a span of years as Party papers write it: "2025 - 2030" (nhiệm kỳ 2025 - 2030).
///
/// The span is one unit and never breaks across lines (issue 15: "nhiệm kỳ 2025 -" ending a line with "2030"
/// on the next is what a typographer refuses). The spaces are no-break spaces (U+00A0), and a word joiner
/// (U+2060) follows the hyphen: UAX #14 allows a break after a hyphen before a no-break space (LB12a), and
/// the joiner forbids it (LB11). Both LibreOffice and Chromium break lines by UAX #14 (ICU); the text reads
/// and copies as "2025 - 2030".
public enum YearRange {
    /// "2025 - 2030", unbreakable.
    public static func text(from: Int, to: Int) -> String {
        "\(from)\u{00A0}-\u{2060}\u{00A0}\(to)"
    }
}
