import CongressModel
import Template
import Vietnamese

/// Phân công — one sheet per person who performs anything: their items, times and lines.
///
/// Sheets follow the order in which each person first performs, so the sheets read like the congress. Whoever
/// performs a step of an item's generated block (the head of the Ban Kiểm phiếu in the election block) has the
/// item on their sheet. A guest gets no sheet: the superior's representative is invited (`invited:`), not
/// assigned, and the invitation is the chair's to read (reviews/papers.md §2.3).
public struct AssignmentsViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue
    /// How many sheets (people with at least one item).
    public let sheetCount: Int

    public init(_ congress: Congress, elections: ElectionList? = nil) {
        let naming = CongressNaming(congress)
        let context = ScriptContext(congress, elections: elections)
        var order: [PersonID] = []
        var itemsByPerson: [PersonID: [TemplateValue]] = [:]
        let guests = Set(congress.guests.map(\.person))
        for session in congress.sessions {
            for scheduled in SessionSchedule(session).items {
                let item = ScriptItemViewModel(scheduled, session: session, congress: congress, context: context)
                for id in item.performers where !guests.contains(id) {
                    if itemsByPerson[id] == nil { order.append(id) }
                    itemsByPerson[id, default: []].append(item.templateValue)
                }
            }
        }
        let header = HeaderViewModel(congress, naming: naming, date: congress.sessions.first?.date ?? congress.officialSession.date)
        let sheets = order.compactMap { id -> TemplateValue? in
            guard let person = congress.person(id), let items = itemsByPerson[id] else { return nil }
            return .object([
                "person": PersonViewModel(person).templateValue,
                "item_count": .string(String(items.count)),
                "items": .list(items),
            ])
        }
        sheetCount = sheets.count
        templateValue = .object([
            "header": header.templateValue,
            "congress_name_term": .string(naming.nameWithTerm),
            "sheets": .list(sheets),
        ])
    }
}
