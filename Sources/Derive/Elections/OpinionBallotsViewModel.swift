import CongressModel
import Template

/// Phiếu xin ý kiến — one sheet per election whose list the congress is asked about (`floor_opinion:`): the
/// people nominated or standing from the floor ("đồng ý đưa vào danh sách bầu cử"), then those asking to withdraw
/// ("đồng ý cho rút"), each in A, B, C order with an "Đồng ý" and a "Không đồng ý" box, laid out as the election
/// ballots (one sheet, the stamp's place; Hướng dẫn 04-HD/TW, Phụ lục 2). With `copies: .issued` each sheet is repeated
/// once per ballot issued, as the election ballots (`BallotsViewModel`).
public struct OpinionBallotsViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    public init(_ congress: Congress, copies: BallotCopies = .one, elections: ElectionList? = nil) {
        let sheets = FloorOpinionCount.all(congress, elections: elections).flatMap { count -> [TemplateValue] in
            let rows = { (list: [FloorOpinionCount.Row]) -> TemplateValue in
                .list(list.enumerated().map { .object(["number": .string(String($0.offset + 1)), "name": .string($0.element.name)]) })
            }
            let sheet: TemplateValue = .object([
                "header": HeaderViewModel(congress, holding: count.entry.holding).templateValue,
                "body_in_text": .string(count.entry.nameInText),
                "has_nominated": .bool(!count.nominated.isEmpty),
                "nominated": rows(count.nominated),
                "has_withdrawing": .bool(!count.withdrawing.isEmpty),
                "withdrawing": rows(count.withdrawing),
            ])
            return Array(repeating: sheet, count: copies.sheets(issued: count.ballots.issued))
        }
        templateValue = .object([
            "congress_name": .string(CongressNaming(congress).name),
            "sheets": .list(sheets),
        ])
    }
}
