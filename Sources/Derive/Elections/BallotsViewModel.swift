import CongressModel
import Elections
import Tally
import Template
import Vietnamese

/// Phiếu bầu cử — one ballot per election and round, the candidates in Vietnamese alphabetical order
/// (DOMAIN.md §2 (d), "xếp theo thứ tự tên người theo vần A, B, C").
///
/// A list with more candidates than places is voted by striking names out; a list without surplus
/// has "Đồng ý" / "Không đồng ý" boxes. A further round lists only the candidates left open.
/// With `copies: .issued` each round's ballot is repeated once per ballot issued, ready to print the run.
/// A short ballot is printed two to an A4 sheet with a cut line (``BallotLayout/halfSheetLimit``,
/// `settings.ballot_two_up`): the master sheet then holds two copies. Each ballot closes with the place for
/// the stamp that makes it valid and, with `settings.ballot_board_mark` (default), the counting board's mark
/// (a ballot "không do Ban kiểm phiếu phát ra" is invalid: DOMAIN.md "Ballot validity").
public struct BallotsViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    /// The most copies of one sheet a file holds (a bound on the file's size, far above any congress).
    public static let maximumCopies = 10_000

    public init(_ congress: Congress, copies: BallotCopies = .one, elections: ElectionList? = nil) {
        let naming = CongressNaming(congress)
        var sheets: [TemplateValue] = []
        for entry in (elections ?? ElectionList(congress)).entries {
            let outcome = entry.outcome
            let header = HeaderViewModel(congress, holding: entry.holding)
            for list in Self.roundLists(entry.election, outcome) {
                let names = VietnameseCollation.sorted(list.candidates.compactMap { congress.person($0)?.name }, byName: { $0 })
                let withSurplus = BallotForm(candidates: names.count, seats: list.seats) == .strikeNames
                let layout = BallotLayout(names: names.count, withBoxes: !withSurplus, extraLines: list.number > 1 ? 1 : 0)
                let halfSheet = congress.settings.ballotTwoUp && layout.fitsHalfSheet
                let ballot: TemplateFields = [
                    "header": header.templateValue,
                    "body": .string(entry.name),
                    "round": .string(String(list.number)),
                    "is_further_round": .bool(list.number > 1),
                    "seats": .string(VietnameseNumber.integer(list.seats)),
                    "with_surplus": .bool(withSurplus),
                    "rows": .list(Self.rows(names, layout: layout)),
                    "columns": .list(Array(repeating: .object([:]), count: layout.columns)),
                    "two_columns": .bool(layout.columns > 1),
                    "half_sheet": .bool(halfSheet),
                    "board_mark": .bool(congress.settings.ballotBoardMark),
                ]
                let count = copies == .issued ? copies.sheets(issued: list.issued) : halfSheet ? 2 : 1
                for onSheet in BallotLayout.sheets(copies: count, twoUp: halfSheet) {
                    let ballots = (0..<onSheet).map { index -> TemplateValue in
                        var copy = ballot
                        copy["cut_below"] = .bool(index == 0)
                        return .object(copy)
                    }
                    sheets.append(.object(["two_up": .bool(halfSheet), "ballots": .list(ballots)]))
                }
            }
        }
        templateValue = .object([
            "congress_name": .string(naming.name),
            "sheets": .list(sheets),
        ])
    }

    /// The lists a ballot is printed for: round 1 the whole candidate list; a later round the candidates the data
    /// gives it.
    static func roundLists(_ election: Election, _ outcome: ElectionOutcome)
        -> [(number: Int, seats: Int, candidates: [PersonID], issued: Int)] {
        var lists: [(number: Int, seats: Int, candidates: [PersonID], issued: Int)] =
            [(1, election.seats, election.candidates, election.rounds.first?.issued ?? 0)]
        for counted in outcome.rounds.dropFirst() {
            lists.append((counted.number, counted.round.seats, counted.data.votes.map(\.candidate), counted.data.issued))
        }
        return lists
    }

    /// The rows of a ballot's table: each row's cells (number and name; empty past the last name).
    static func rows(_ names: [String], layout: BallotLayout) -> [TemplateValue] {
        layout.rows.map { row -> TemplateValue in
            let cells = row.map { index -> TemplateValue in
                guard let index else { return .object(["number": .string(""), "name": .string("")]) }
                return .object(["number": .string(String(index + 1)), "name": .string(names[index])])
            }
            return .object(["cells": .list(cells)])
        }
    }
}
