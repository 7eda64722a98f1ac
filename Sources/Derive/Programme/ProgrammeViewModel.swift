import CongressModel
import Template
import Vietnamese

/// Chương trình đại hội — the programme handed out and voted at the opening: each session's timetable (times,
/// items, performers) without the lines (reviews/papers.md §5: "exists as the script's table; it needs to be a
/// separate handout").
///
/// It reads the same timetable as the script, `SessionSchedule` (each item's start and end computed from the
/// session's start and the durations), and writes the times as the script does, so the two cannot disagree.
/// Public examples: the "A- Chương trình" of the chi bộ scripts and the 2018–2020 chương trình (DOMAIN.md sources
/// table: giamcanlamdep.com.vn, 123doc 10133752): Thời gian / Nội dung / Người thực hiện. Each item shows its
/// start (the session's end stands under its heading) and its performer's name, as the script's table does, so a
/// district congress's two sessions fit on one page.
public struct ProgrammeViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    public init(_ congress: Congress) {
        let naming = CongressNaming(congress)
        let firstDate = congress.sessions.first?.date ?? congress.officialSession.date
        let sessions: [TemplateValue] = congress.sessions.map { session in
            let schedule = SessionSchedule(session)
            let items: [TemplateValue] = schedule.items.map { scheduled in
                let performer = scheduled.item.performer.flatMap { congress.person($0) }.map(PersonViewModel.init)
                return .object([
                    "number": .string(String(scheduled.number)),
                    "start": .string(VietnameseTime.spoken(scheduled.start)),
                    "end": .string(VietnameseTime.spoken(scheduled.end)),
                    "title": .string(scheduled.item.title),
                    // A break or an item nobody performs leaves the cell empty (the handout shows no "chưa phân công").
                    "performer": .string(performer?.name ?? ""),
                ])
            }
            return .object([
                "label": .string(VietnameseText.uppercased(Labels.session(session.kind))),
                "date": .string(VietnameseDate.long(session.date)),
                "weekday": .string(VietnameseDate.weekday(session.date)),
                "start": .string(VietnameseTime.spoken(session.start)),
                "end": .string(VietnameseTime.spoken(schedule.computedEnd)),
                "items": .list(items),
            ])
        }
        templateValue = .object([
            "header": HeaderViewModel(congress, naming: naming, date: firstDate).templateValue,
            "congress_name_term": .string(naming.nameWithTerm),
            "venue": .string(congress.details.venue),
            "sessions": .list(sessions),
        ])
    }
}
