
import Vietnamese

/// One programme item placed in time: its start is the session start plus the durations before it.
public struct ScheduledItem: Sendable, Equatable {
    /// 1-based position in its session.
    public let number: Int
    public let item: ProgrammeItem
    public let start: ClockTime
    public let end: ClockTime
}

/// The computed timetable of one session.
public struct SessionSchedule: Sendable, Equatable {
    public let session: Session
    public let items: [ScheduledItem]
    /// When the last item ends.
    public let computedEnd: ClockTime
    /// Minutes past the planned end, when the programme overruns it (0 otherwise or without a planned end).
    public let overrunMinutes: Int

    /// Places each item after the previous one, from the session's start.
    public init(_ session: Session) {
        self.session = session
        var clock = session.start
        var placed: [ScheduledItem] = []
        placed.reserveCapacity(session.items.count)
        for (index, item) in session.items.enumerated() {
            let end = clock.adding(minutes: item.minutes).time
            placed.append(ScheduledItem(number: index + 1, item: item, start: clock, end: end))
            clock = end
        }
        items = placed
        computedEnd = clock
        // Saturating: loading caps each duration at a day, but a model built in code may hold any Int.
        let total = session.items.map(\.minutes).saturatingSum()
        if let planned = session.plannedEnd {
            let available = planned.minutesSinceMidnight - session.start.minutesSinceMidnight
            overrunMinutes = max(0, total.saturatingSubtracting(available))
        } else {
            overrunMinutes = 0
        }
    }
}
