import Foundation
import CongressModel
import Template
import Vietnamese

/// One programme item as the script and the assignment sheets show it: time, what, who, and the lines to read.
///
/// An `attendance` item carries every attendance figure; an `elect-bodies` item the names of the bodies it elects
/// (`ProgrammeItem.electedBodies`, each body in that item only), then the vote called after them; an item holding
/// elections its generated block (`ElectionBlock`); a `superior-speech` the guest invited and the chair's
/// invitation; a `break` is marked as one.
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
        let invited = item.invited.flatMap { congress.person($0) }.map(PersonViewModel.init)
        steps = context.steps(session.kind, scheduled.number)
        let bodies = BodiesViewModel.bodies(congress, only: item.electedBodies)
        templateValue = .object([
            "number": .string(String(scheduled.number)),
            "start": .string(VietnameseTime.spoken(scheduled.start)),
            "end": .string(VietnameseTime.spoken(scheduled.end)),
            "minutes": .string(String(item.minutes)),
            "title": .string(item.title),
            "is_break": .bool(item.kind == .recess),
            "performer": performer?.templateValue ?? .bool(false),
            "invited": invited?.templateValue ?? .bool(false),
            "invitation": invited.map { .string(Self.invitation($0)) } ?? .bool(false),
            "session": .string(sessionLabel),
            "session_date": .string(sessionDate),
            "paragraphs": .list(Self.paragraphs(item.lines).map { .string($0) }),
            "attendance": item.kind == .attendance ? context.attendance : .bool(false),
            "bodies": bodies.isEmpty ? .bool(false) : .list(bodies.map(\.templateValue)),
            "bodies_vote": bodies.isEmpty ? .bool(false)
                : .list(Self.bodiesVote(bodies, kind: congress.details.kind).map { .string($0) }),
            "steps": steps.isEmpty ? .bool(false) : .list(steps.map(\.templateValue)),
        ])
    }

    /// The generated steps of the item (its election block), in order.
    let steps: [ScriptStep]

    /// Everyone who performs part of the item: its performer, then each step's, once each, in order.
    var performers: [PersonID] {
        var seen: Set<PersonID> = []
        return ([scheduled.item.performer] + steps.map(\.performerID)).compactMap { $0 }.filter { seen.insert($0).inserted }
    }

    /// The chair's invitation to the guest: "Trân trọng kính mời đồng chí Phạm Anh Tuấn, Phó Bí thư Thường trực
    /// Đảng ủy phường Quang Trung, phát biểu chỉ đạo Đại hội." The guest is invited, not assigned: the lines are
    /// the chair's (reviews/papers.md §2.3).
    static func invitation(_ guest: PersonViewModel) -> String {
        "Trân trọng kính mời đồng chí \(guest.nameAndPosition), phát biểu chỉ đạo Đại hội."
    }

    /// What the chair says once the names of the bodies are read: the vote, then the bodies called to the
    /// rostrum. The vote is called after the names, never before (reviews/papers.md §2.2 defect 2).
    static func bodiesVote(_ bodies: [BodiesViewModel], kind: CongressKind) -> [String] {
        let labels = bodies.map(\.label)
        let called = labels.count > 1 ? labels.dropLast().joined(separator: ", ") + " và " + (labels.last ?? "") : labels.joined()
        return ["Đồng chí \(kind.officialNoun) nào đồng ý với danh sách trên, xin \(kind.cardPhrase) biểu quyết.",
                "Xin cảm ơn Đại hội. Xin mời \(called) lên làm việc."]
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
    /// The election block of each item that holds elections, by session and item number (`ElectionBlock`).
    private let blocks: [SessionKind: [Int: [ScriptStep]]]

    /// The generated steps of item `number` (1-based) of a session.
    func steps(_ session: SessionKind, _ number: Int) -> [ScriptStep] { blocks[session]?[number] ?? [] }

    init(_ congress: Congress, elections: ElectionList? = nil) {
        let a = AttendanceFigures(congress)
        let f = Figures(percentDecimals: congress.settings.percentDecimals)
        let absentees = congress.delegates.compactMap { d -> TemplateValue? in
            guard let absence = d.absence, let person = congress.person(d.person) else { return nil }
            return .object(["name": .string(person.name), "reason": .string(absence.reason)])
        }
        attendance = .object(TemplateFields([
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
        ].merging(Self.quorum(QuorumFigures(a), kind: congress.details.kind, figures: f)) { own, _ in own }))
        blocks = Self.blocks(congress, held: (elections ?? ElectionList(congress)).heldByCongress)
    }

    /// Each election item's block. An item holds the elections its `elections:` names, from the one list of
    /// the elections the congress holds (`ElectionList.heldByCongress`); a programme that names none gives
    /// them all to its first `election` item. The first item to hold one elects the Ban Kiểm phiếu, unless an
    /// `elect-bodies` item does, and reads the rules in full.
    static func blocks(_ congress: Congress, held: [ElectionList.Entry]) -> [SessionKind: [Int: [ScriptStep]]] {
        let byId = Dictionary(held.map { ($0.election.id, $0) }, uniquingKeysWith: { first, _ in first })
        let namesAny = congress.sessions.contains { $0.items.contains { !$0.elections.isEmpty } }
        let electsVoteCounting = !congress.voteCountingElectedByItem
        var blocks: [SessionKind: [Int: [ScriptStep]]] = [:]
        var first = true
        for session in congress.sessions {
            for (index, item) in session.items.enumerated() where item.kind == .election || !item.elections.isEmpty {
                let entries = namesAny ? item.elections.compactMap { byId[$0] } : (first ? held : [])
                guard !entries.isEmpty else { continue }
                let block = ElectionBlock(congress, performer: item.performer)
                blocks[session.kind, default: [:]][index + 1] = block.steps(entries, first: first, electsVoteCounting: electsVoteCounting)
                first = false
            }
        }
        return blocks
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

