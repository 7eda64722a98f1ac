import CongressModel
import Diagnostics

/// Báo cáo chính trị — is the political report short enough for the time the script gives it?
///
/// Seed 000: the Hưng Hà report "còn hơi dài" (a bit long). The reading time is the report's words
/// (Vietnamese words are syllables, separated by spaces) at a speaking rate; the rate is a setting
/// (`settings.speaking_rate`, words per minute, default 130 — UNCONFIRMED, a measured pace of formal reading).
/// The report's item is the first `report` item of the official session.
struct ReportReadingTime {
    func check(_ congress: Congress) -> [Diagnostic] {
        guard let report = congress.politicalReport,
              let item = congress.officialSession.items.first(where: { $0.kind == .report }) else { return [] }
        let words = Self.words(in: report)
        let rate = max(1, congress.settings.speakingRate)
        let minutes = (words + rate - 1) / rate
        guard minutes > item.minutes else { return [] }
        return [Diagnostic(severity: .warning,
                           message: .reportTooLong(words: words, minutes: minutes, allotted: item.minutes, rate: rate),
                           location: item.location)]
    }

    /// Every word of the report's prose (Markdown marks are not words).
    static func words(in report: PoliticalReport) -> Int {
        let texts = [report.title] + report.results.map(\.text)
            + [report.limitations, report.lessons, report.directions, report.generalGoal, report.tasks, report.breakthroughs]
                .compactMap { $0 }
        return texts.reduce(0) { total, text in
            total + text.split(whereSeparator: { $0.isWhitespace }).filter { $0.contains(where: \.isLetter) || $0.contains(where: \.isNumber) }.count
        }
    }
}
