import CongressModel
import Diagnostics
import Vietnamese

/// The computed timetable of a session must fit its planned end (seed 004: the schedule is kept to).
struct ScheduleOverrun {
    func check(_ congress: Congress) -> [Diagnostic] {
        congress.sessions.compactMap { session in
            let schedule = SessionSchedule(session)
            guard schedule.overrunMinutes > 0, let planned = session.plannedEnd else { return nil }
            return Diagnostic(severity: .warning,
                              message: .scheduleOverrun(session: session.kind.rawValue, minutes: schedule.overrunMinutes,
                                                        plannedEnd: VietnameseTime.spoken(planned),
                                                        computedEnd: VietnameseTime.spoken(schedule.computedEnd)),
                              location: session.location)
        }
    }
}
