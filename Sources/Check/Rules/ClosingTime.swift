import CongressModel
import Diagnostics
import Vietnamese

/// Giờ bế mạc thực tế — the actual closing time the minutes record.
///
/// A biên bản records what happened (HD 36-HD/VPTW, biên bản; the review of the papers, §2.1 defect 3): the minutes
/// say "Đại hội bế mạc vào hồi …" from `closed_at`, never from the planned `end`. A closing time before the
/// session's start is refused (a session is held within its day, so a later day cannot be meant; 24:00 and later
/// are refused on loading, DH115). Once the congress is over (`--as-of` after the official session's day) a missing
/// `closed_at` is warned: the minutes cannot be written without it (DH410 at render). Once `closed_at` is there,
/// an election of the congress with no count (`rounds: []`) is refused (DH431): its vote-count minutes and the
/// results papers would otherwise be left out of `--doc all` with only a note.
struct ClosingTime {
    let asOf: CalendarDate?

    func check(_ congress: Congress) -> [Diagnostic] {
        var found: [Diagnostic] = congress.sessions.compactMap { session in
            guard let closed = session.closedAt, closed < session.start else { return nil }
            return .error(.closedBeforeStart(session: session.kind.rawValue, closedAt: VietnameseTime.spoken(closed),
                                             start: VietnameseTime.spoken(session.start)),
                          at: congress.position("sessions.\(session.kind.rawValue).closed_at", or: session.location))
        }
        let official = congress.officialSession
        if let asOf, asOf > official.date, official.closedAt == nil {
            found.append(Diagnostic(severity: .warning,
                                    message: .closingTimeMissing(date: VietnameseDate.numeric(official.date),
                                                                 asOf: VietnameseDate.numeric(asOf)),
                                    location: congress.position("sessions.official", or: official.location)))
        }
        // Closed, so every election the congress held was voted and counted (its first meeting's may come later).
        if official.closedAt != nil {
            for (index, election) in congress.elections.enumerated()
            where !election.isCounted && !congress.heldAtFirstMeeting(election) {
                found.append(.error(.electionNotCounted(election: election.id),
                                    at: congress.position("\(Paths.election(index)).rounds", or: election.location)))
            }
        }
        return found
    }
}
