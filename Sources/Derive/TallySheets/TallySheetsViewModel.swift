import CongressModel
import Elections
import Template
import Vietnamese

/// Biên bản kiểm đếm của tổ kiểm phiếu (phiếu kiểm) — for a board that counts by hand: one sheet per counting group
/// (`TallyGroups`) per election and round: the group's ballots, valid and invalid by the thể lệ's reasons
/// (`ElectionRulesViewModel.words`), then the names in the ballot's order (Vietnamese alphabetical, as the ballots
/// print them: `BallotsViewModel.roundLists`, `VietnameseCollation`), each with a dotted line for the tally marks and
/// its total; the checks the figures must pass, and the group's signatures — the order of `TallySheet.fieldNames`. `daihoi count`'s tally mode enters these sheets in the
/// same order (docs/count.md). Unnumbered: a working paper of the Ban Kiểm phiếu, not one of the congress's
/// numbered documents.
public struct TallySheetsViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    /// The dotted line the marks are written on: as long as a cell's text asks width for (`ColumnWidths`), so the
    /// marks' column is the widest of the table.
    static let markLine = String(repeating: ".", count: 30)

    public init(_ congress: Congress, elections: ElectionList? = nil) {
        let naming = CongressNaming(congress)
        let groups = TallyGroups.count(congress)
        var sheets: [TemplateValue] = []
        for entry in (elections ?? ElectionList(congress)).entries {
            let header = HeaderViewModel(congress, holding: entry.holding, body: DocumentKind.tallySheets.headerBody(in: congress))
            for list in BallotsViewModel.roundLists(entry.election, entry.outcome) {
                let names = VietnameseCollation.sorted(list.candidates.compactMap { congress.person($0)?.name }, byName: { $0 })
                let form = BallotForm(candidates: names.count, seats: list.seats)
                let rows: [TemplateValue] = names.enumerated().map {
                    .object(["number": .string(String($0.offset + 1)), "name": .string($0.element),
                             "marks": .string(Self.markLine)])
                }
                let reasons: [TemplateValue] = InvalidBallotReason.allCases.filter { $0.applies(to: form) }.map {
                    var words = ElectionRulesViewModel.words($0)
                    if words.hasSuffix(".") { words.removeLast() }
                    return .object(["reason": .string(words)])
                }
                for group in 1...groups {
                    sheets.append(.object([
                        "header": header.templateValue,
                        "body": .string(entry.name),
                        "round": .string(String(list.number)),
                        "is_further_round": .bool(list.number > 1),
                        "group": .string(String(group)),
                        "groups": .string(String(groups)),
                        "seats": .string(VietnameseNumber.integer(list.seats)),
                        "candidate_count": .string(VietnameseNumber.integer(names.count)),
                        "with_surplus": .bool(form == .strikeNames),
                        "rows": .list(rows),
                        "reasons": .list(reasons),
                    ]))
                }
            }
        }
        templateValue = .object([
            "congress_name": .string(naming.name),
            "sheets": .list(sheets),
        ])
    }
}
