import CongressModel
import Diagnostics
import Vietnamese

/// Nghỉ giải lao, nghỉ trưa — a session does not run for hours on end without a break.
///
/// The review of the papers (reviews/papers.md §2.2 defect 5) found a 6½-hour session with no break; real
/// programmes break mid-morning and for lunch. A stretch of items with no `break` item between them longer
/// than `settings.maximumMinutesWithoutBreak` (UNCONFIRMED, default 240: "about 4 hours") is warned at the
/// session, once per stretch. The counting break inside an election block is not counted: its length is not
/// in the data.
struct BreaksInSession {
    func check(_ congress: Congress) -> [Diagnostic] {
        let maximum = congress.settings.maximumMinutesWithoutBreak
        return congress.sessions.flatMap { session -> [Diagnostic] in
            var found: [Diagnostic] = []
            var stretch: [ScheduledItem] = []
            func close() {
                defer { stretch = [] }
                guard let first = stretch.first, let last = stretch.last else { return }
                let minutes = stretch.map(\.item.minutes).saturatingSum()
                guard minutes > maximum else { return }
                found.append(Diagnostic(severity: .warning,
                                        message: .noBreakInSession(session: session.kind.rawValue, minutes: minutes, maximum: maximum,
                                                                   from: VietnameseTime.spoken(first.start),
                                                                   to: VietnameseTime.spoken(last.end)),
                                        location: congress.position("sessions.\(session.kind.rawValue)", or: session.location)))
            }
            for scheduled in SessionSchedule(session).items {
                if scheduled.item.kind == .recess { close() } else { stretch.append(scheduled) }
            }
            close()
            return found
        }
    }
}
