import Derive
import Foundation
import Template
import Testing
@testable import DaiHoi

/// `--ballot-copies issued`: the ballots paper holds one sheet per ballot issued in each round,
/// each ballot whole (the same candidates as the round's master sheet); a short ballot two to a sheet.
struct BallotCopiesTests {
    /// The inside of each `<div class="ballot…">` of a written ballots page (a ballot holds no other div).
    static func ballots(_ html: String) -> [String] {
        html.components(separatedBy: "<div class=\"ballot").dropFirst().map {
            $0.drop(while: { $0 != ">" }).components(separatedBy: "</div>")[0]
        }
    }

    /// The number of `<div class="sheet…">` of a written ballots page.
    static func sheetCount(_ html: String) -> Int {
        html.components(separatedBy: "<div class=\"sheet").count - 1
    }

    @Test(arguments: ["chi-bo-khu-pho-3", "hung-ha"])
    func oneSheetPerBallotIssued(sample: String) throws {
        let file = Repository.samples.appendingPathComponent("\(sample)/congress.yaml").path
        let congress = try #require(Pipeline(templateFolder: Repository.templates).check(file: file).congress)
        // By hand from the file: every round's ballots issued, added up (a round without a count: one sheet).
        let issued = congress.elections.flatMap(\.rounds).map { max(1, $0.issued) }.reduce(0, +)
        let rounds = congress.elections.map(\.rounds.count).reduce(0, +)
        #expect(issued > rounds, "the sample issues more than one ballot a round")

        var counts: [BallotCopies: [String]] = [:]
        var sheets: [BallotCopies: Int] = [:]
        for copies in BallotCopies.allCases {
            let out = try Repository.temporaryFolder()
            let report = Pipeline(templateFolder: Repository.templates, paperOptions: PaperOptions(ballotCopies: copies))
                .render(file: file, documents: [.ballots], formats: [.html], outputDirectory: out.path)
            #expect(!report.hasErrors)
            let html = try String(contentsOf: out.appendingPathComponent("ballots.html"), encoding: .utf8)
            counts[copies] = Self.ballots(html)
            sheets[copies] = Self.sheetCount(html)
        }
        let masters = try #require(counts[.one])
        let run = try #require(counts[.issued])
        // One master sheet a round; a short ballot's holds two copies (two to a sheet, BallotLayout.halfSheetLimit).
        #expect(sheets[.one] == rounds)
        let short = congress.elections.flatMap { election in election.rounds.enumerated().map { index, round in
            (index == 0 ? election.candidates.count : round.votes.count + 1) <= BallotLayout.halfSheetLimit } }
        #expect(masters.count == rounds + short.filter { $0 }.count)
        #expect(run.count == issued)
        // The run: a short round's ballots two to a sheet, the last alone when their number is odd.
        let runSheets = zip(congress.elections.flatMap(\.rounds), short).map { round, isShort in
            isShort ? (max(1, round.issued) + 1) / 2 : max(1, round.issued) }.reduce(0, +)
        #expect(sheets[.issued] == runSheets)
        // Each master sheet is repeated as it is, round after round, in order.
        #expect(Array(Set(run)).sorted() == Array(Set(masters)).sorted())
        #expect(run.first == masters.first && run.last == masters.last)
    }

    /// The sheets of a written opinion or secret-vote ballots page, each as its text up to its first `</div>`.
    static func sheets(_ html: String) -> [String] {
        html.components(separatedBy: "<div class=\"sheet\">").dropFirst().map { $0.components(separatedBy: "</div>")[0] }
    }

    /// The opinion ballots and the secret-vote ballots print their run too: Khu phố 3 issued 15 of each (by hand from
    /// the file: floor_opinion.issued 15, the secret motion's issued 15).
    @Test func theOpinionAndSecretBallotsToo() throws {
        let file = Repository.samples.appendingPathComponent("chi-bo-khu-pho-3/congress.yaml").path
        for (paper, name) in [(DocumentKind.opinionBallots, "opinion-ballots"), (.secretBallots, "secret-ballots")] {
            var counts: [BallotCopies: [String]] = [:]
            for copies in BallotCopies.allCases {
                let out = try Repository.temporaryFolder()
                defer { try? FileManager.default.removeItem(at: out) }
                let report = Pipeline(templateFolder: Repository.templates, paperOptions: PaperOptions(ballotCopies: copies))
                    .render(file: file, documents: [paper], formats: [.html], outputDirectory: out.path)
                #expect(!report.hasErrors)
                counts[copies] = Self.sheets(try String(contentsOf: out.appendingPathComponent("\(name).html"), encoding: .utf8))
            }
            #expect(counts[.one]?.count == 1, "\(name)")
            #expect(counts[.issued]?.count == 15, "\(name)")
            #expect(Set(counts[.issued] ?? []) == Set(counts[.one] ?? []), "\(name)")
        }
    }

    /// The ballots of each sheet of the view model: (two to a sheet, ballots on it, each ballot's board-mark flag).
    static func sheetShapes(_ model: BallotsViewModel) -> [(twoUp: Bool, ballots: Int, boardMarks: [Bool])] {
        guard case .object(let root) = model.templateValue, case .list(let sheets)? = root["sheets"] else { return [] }
        return sheets.compactMap { sheet in
            guard case .object(let fields) = sheet, case .bool(let twoUp)? = fields["two_up"],
                  case .list(let ballots)? = fields["ballots"] else { return nil }
            let marks = ballots.map { ballot -> Bool in
                if case .object(let b) = ballot, case .bool(let mark)? = b["board_mark"] { return mark }
                return false
            }
            return (twoUp, ballots.count, marks)
        }
    }

    @Test("settings.ballot_two_up: false prints every ballot alone on its sheet; ballot_board_mark: false drops the board's place")
    func twoUpAndBoardMarkSettings() throws {
        let file = Repository.samples.appendingPathComponent("chi-bo-khu-pho-3/congress.yaml").path
        var congress = try #require(Pipeline(templateFolder: Repository.templates).check(file: file).congress)
        let byDefault = Self.sheetShapes(BallotsViewModel(congress))
        // The Bí thư ballot (one name) two to a sheet, the chi ủy ballot alone; the board's mark on every ballot.
        #expect(byDefault.contains { $0.twoUp && $0.ballots == 2 })
        #expect(byDefault.allSatisfy { $0.twoUp == ($0.ballots == 2) && $0.boardMarks.allSatisfy { $0 } })
        congress.settings.ballotTwoUp = false
        congress.settings.ballotBoardMark = false
        let turnedOff = Self.sheetShapes(BallotsViewModel(congress))
        #expect(turnedOff.count == byDefault.count)
        #expect(turnedOff.allSatisfy { !$0.twoUp && $0.ballots == 1 && $0.boardMarks == [false] })
    }
}
