import Foundation
import CongressModel
import Template
import Vietnamese

/// One programme item as the script and the assignment sheets show it: time, what, who, and the lines to read.
///
/// An `attendance` item carries every attendance figure; an `elect-bodies` item the names of the bodies proposed.
struct ScriptItemViewModel: Sendable {
    let scheduled: ScheduledItem
    let sessionLabel: String
    let sessionDate: String
    let performer: PersonViewModel?
    let templateValue: TemplateValue

    init(_ scheduled: ScheduledItem, session: Session, congress: Congress, context: ScriptContext) {
        self.scheduled = scheduled
        sessionLabel = Labels.session(session.kind)
        sessionDate = VietnameseDate.long(session.date)
        let item = scheduled.item
        performer = item.performer.flatMap { congress.person($0) }.map(PersonViewModel.init)
        templateValue = .object([
            "number": .string(String(scheduled.number)),
            "start": .string(VietnameseTime.spoken(scheduled.start)),
            "end": .string(VietnameseTime.spoken(scheduled.end)),
            "minutes": .string(String(item.minutes)),
            "title": .string(item.title),
            "performer": performer?.templateValue ?? .bool(false),
            "session": .string(sessionLabel),
            "session_date": .string(sessionDate),
            "paragraphs": .list(Self.paragraphs(item.lines).map { .string($0) }),
            "attendance": item.kind == .attendance ? context.attendance : .bool(false),
            "bodies": item.kind == .electBodies ? context.bodies : .bool(false),
            "elections": .list(item.elections.compactMap { context.elections[$0] }),
        ])
    }

    /// The lines to read, one paragraph per non-empty line, trimmed.
    static func paragraphs(_ lines: String?) -> [String] {
        (lines ?? "").split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}

/// What every item of a script may need, computed once per congress.
struct ScriptContext: Sendable {
    let attendance: TemplateValue
    let bodies: TemplateValue
    /// Each election the congress holds, by id, as an item naming it in `elections:` reads it: its name, the
    /// places and the candidate list in A, B, C order, from `ElectionList` (the first meeting's are not the
    /// congress's to hold, and `check` refuses them there).
    let elections: [String: TemplateValue]

    init(_ congress: Congress) {
        let a = AttendanceFigures(congress)
        let f = Figures(percentDecimals: congress.settings.percentDecimals)
        let absentees = congress.delegates.compactMap { d -> TemplateValue? in
            guard let absence = d.absence, let person = congress.person(d.person) else { return nil }
            return .object(["name": .string(person.name), "reason": .string(absence.reason)])
        }
        attendance = .object([
            "attendee": .string(Labels.attendee(congress.details.kind)),
            "summoned": .string(f.count(a.summoned)),
            "present": .string(f.count(a.present)),
            "present_percent": .string(f.percent(a.present, of: a.summoned)),
            "absent": .string(f.count(a.absent)),
            "absent_excused": .string(f.count(a.absentExcused)),
            "absentees": .list(absentees),
            "official": .string(f.count(a.official)),
            "probationary": .string(f.count(a.probationary)),
            "official_present": .string(f.count(a.officialPresent)),
            "probationary_present": .string(f.count(a.probationaryPresent)),
            "exempt": .string(f.count(a.exempt)),
            "exempt_present": .string(f.count(a.exemptPresent)),
            "is_members_congress": .bool(congress.details.kind == .dangVien),
        ].merging(Self.quorum(QuorumFigures(a), kind: congress.details.kind, figures: f)) { own, _ in own })
        bodies = .list(BodiesViewModel.bodies(congress).map(\.templateValue))
        var elections: [String: TemplateValue] = [:]
        for entry in ElectionList(congress).heldByCongress where elections[entry.election.id] == nil {
            let names = VietnameseCollation.sorted(entry.election.candidates.compactMap { congress.person($0)?.name }, byName: { $0 })
            elections[entry.election.id] = .object([
                "name": .string(entry.name),
                "seats": .string(f.count(entry.election.seats)),
                "candidate_count": .string(f.count(names.count)),
                "names": .string(names.joined(separator: ", ")),
            ])
        }
        self.elections = elections
    }

    /// The quorum as the credentials report states it (`QuorumFigures`, in official members), read out with the
    /// attendance.
    static func quorum(_ q: QuorumFigures, kind: CongressKind, figures f: Figures) -> [String: TemplateValue] {
        [
            "official_noun": .string(kind.officialNoun),
            "quorum_present": .string(f.count(q.present)),
            "quorum_summoned": .string(f.count(q.summoned)),
            "quorum_percent": .string(f.percent(q.present, of: q.summoned)),
            "quorum_met": .bool(q.isMet),
        ]
    }
}

