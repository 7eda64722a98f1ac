import CongressModel
import Diagnostics
import Vietnamese

/// Kịch bản điều hành — is the script ready to send to every performer?
///
/// Seed 004 (and DOMAIN.md §2): the script is final at least 5 days before the congress
/// (UNCONFIRMED as a regulation: `settings.script_deadline_days`, default 5) and every step is scripted:
/// each item but a break has a performer and real lines to read, not a placeholder ("…", "TODO", "....đ/c").
struct ScriptReadiness {
    let asOf: CalendarDate?

    /// Text that marks a line as not yet written.
    static let placeholders = ["…", "...", "TODO", "TBD", "XXX", "đ/c ...", "đ/c…"]

    func check(_ congress: Congress) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var unfinished = 0
        for item in congress.sessions.flatMap(\.items) {
            // A break (nghỉ giải lao, nghỉ trưa) needs nobody to perform it.
            if item.performer == nil, item.kind != .recess {
                unfinished += 1
                found.append(Diagnostic(severity: .warning, message: .missingPerformer(item: item.title), location: item.location))
            }
            if let marker = Self.placeholder(in: [item.title, item.lines ?? ""]) {
                unfinished += 1
                found.append(Diagnostic(severity: .warning, message: .placeholderText(item: item.title, marker: marker),
                                        location: item.location))
            }
        }
        if let asOf, let first = congress.sessions.first {
            let deadline = first.date.adding(days: -congress.settings.scriptDeadlineDays)
            let daysLeft = CalendarDate.days(from: asOf, to: deadline)
            let deadlineText = VietnameseDate.numeric(deadline)
            if daysLeft < 0, unfinished > 0 {
                found.append(Diagnostic(severity: .warning,
                                        message: .scriptLate(deadline: deadlineText, daysLate: -daysLeft, unfinished: unfinished),
                                        location: first.location))
            } else if daysLeft >= 0 {
                found.append(Diagnostic(severity: .note,
                                        message: .scriptDeadline(deadline: deadlineText, daysLeft: daysLeft, unfinished: unfinished),
                                        location: first.location))
            }
        }
        return found
    }

    /// The first placeholder marker in any of `texts`.
    static func placeholder(in texts: [String]) -> String? {
        for text in texts {
            for marker in placeholders where text.localizedCaseInsensitiveContains(marker) {
                return marker
            }
        }
        return nil
    }
}
