import CongressModel
import Diagnostics
import Vietnamese

/// Each session is held within its day.
///
/// A session has one date (`sessions.*.date`) and the script prints each item's clock time from its start;
/// an item that runs past 24:00 would print a morning time on the wrong day (a 1440-minute item wrapped to the
/// start). The first item of a session that ends after midnight is refused at its `minutes` line.
struct DayBoundary {
    static let minutesInDay = 24 * 60

    func check(_ congress: Congress) -> [Diagnostic] {
        congress.sessions.compactMap { session in
            var end = session.start.minutesSinceMidnight
            for (index, item) in session.items.enumerated() {
                end = end.saturatingAdding(item.minutes)
                guard end > Self.minutesInDay else { continue }
                let key = "\(Paths.item(session.kind, index)).minutes"
                return .error(.itemPastMidnight(item: item.title, end: end), at: congress.position(key, or: item.location))
            }
            return nil
        }
    }
}
