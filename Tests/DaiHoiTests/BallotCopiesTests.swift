import Derive
import Foundation
import Testing
@testable import DaiHoi

/// `--ballot-copies issued`: the ballots paper holds one sheet per ballot issued in each round,
/// each sheet whole (the same candidates as the round's master sheet).
struct BallotCopiesTests {
    /// The inside of each `<div class="sheet">` of a written ballots page (a sheet holds no other div).
    static func sheets(_ html: String) -> [String] {
        html.components(separatedBy: "<div class=\"sheet\">").dropFirst().map { $0.components(separatedBy: "</div>")[0] }
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
        for copies in BallotCopies.allCases {
            let out = try Repository.temporaryFolder()
            let report = Pipeline(templateFolder: Repository.templates, paperOptions: PaperOptions(ballotCopies: copies))
                .render(file: file, documents: [.ballots], formats: [.html], outputDirectory: out.path)
            #expect(!report.hasErrors)
            counts[copies] = Self.sheets(try String(contentsOf: out.appendingPathComponent("ballots.html"), encoding: .utf8))
        }
        let masters = try #require(counts[.one])
        let run = try #require(counts[.issued])
        #expect(masters.count == rounds)
        #expect(run.count == issued)
        // Each master sheet is repeated as it is, round after round, in order.
        #expect(Array(Set(run)).sorted() == Array(Set(masters)).sorted())
        #expect(run.first == masters.first && run.last == masters.last)
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
}
