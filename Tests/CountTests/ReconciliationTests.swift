import CongressModel
import Count
import Elections
import Foundation
import Testing

/// Đối chiếu — the double-entry comparison and the tally, on a log built by hand (no database).
struct ReconciliationTests {
    func entry(_ id: Int64, _ pile: Int, _ position: Int, clerk: Int64, _ reading: String, revision: Int = 0) -> BallotEntry {
        BallotEntry(id: id, pile: pile, position: position, clerk: clerk, revision: revision, reading: reading, at: "t\(id)")
    }

    @Test func agreeingEntriesStandAndDifferencesAreListed() {
        // Pile 1 of 4 ballots: clerk 7 and clerk 9 differ at 2, clerk 9 has no ballot 4, and clerk 7 corrected ballot 3
        // to agree (revision 1 replaces revision 0).
        let entries = [
            entry(1, 1, 1, clerk: 7, "K:1,2"), entry(2, 1, 2, clerk: 7, "K:1,3"), entry(3, 1, 3, clerk: 7, "K:2"),
            entry(4, 1, 1, clerk: 9, "K:1,2"), entry(5, 1, 2, clerk: 9, "K:1,2"), entry(6, 1, 3, clerk: 9, "K:2,3"),
            entry(7, 1, 4, clerk: 7, "I:no-name-kept"), entry(8, 1, 3, clerk: 7, "K:2,3", revision: 1),
        ]
        let closings = [PileClosing(id: 1, pile: 1, clerk: 7, ballots: 4, at: "c1"), PileClosing(id: 2, pile: 1, clerk: 9, ballots: 3, at: "c2")]
        let r = Reconciliation(entries: entries, decisions: [], closings: closings, entriesPerPile: 2)
        #expect(r.piles.map(\.clerks) == [[7, 9]])
        #expect(r.piles[0].entered == [7: 4, 9: 3])
        #expect(r.piles[0].isComparable)
        #expect(r.mismatches.map { [$0.pile, $0.position] } == [[1, 2], [1, 4]])
        #expect(r.mismatches[0].readings.map(\.reading) == ["K:1,3", "K:1,2"])
        #expect(r.mismatches[1].readings.map(\.reading) == ["I:no-name-kept", nil])
        #expect(r.final == [.init(pile: 1, position: 1): "K:1,2", .init(pile: 1, position: 3): "K:2,3"])
        #expect(r.open.count == 2)

        // The head decides both: ballot 2 as clerk 9 read it, ballot 4 does not exist.
        let decisions = [HeadDecision(id: 1, pile: 1, position: 2, head: 1, reading: "K:1,2", at: "d1"),
                         HeadDecision(id: 2, pile: 1, position: 4, head: 1, reading: Reconciliation.noBallot, at: "d2")]
        let decided = Reconciliation(entries: entries, decisions: decisions, closings: closings, entriesPerPile: 2)
        #expect(decided.open.isEmpty)
        #expect(decided.mismatches.count == 2)
        #expect(decided.final.count == 3)
        #expect(decided.final[.init(pile: 1, position: 2)] == "K:1,2")
    }

    @Test func aPileIsComparedOnlyWhenEnoughClerksClosedIt() {
        let entries = [entry(1, 1, 1, clerk: 7, "K:1"), entry(2, 1, 1, clerk: 9, "K:2")]
        let one = Reconciliation(entries: entries, decisions: [], closings: [PileClosing(id: 1, pile: 1, clerk: 7, ballots: 1, at: "")],
                                 entriesPerPile: 2)
        #expect(!one.piles[0].isComparable && one.mismatches.isEmpty && one.final.isEmpty)
        // Three entries per pile: two clerks are not enough.
        let closings = [PileClosing(id: 1, pile: 1, clerk: 7, ballots: 1, at: ""), PileClosing(id: 2, pile: 1, clerk: 9, ballots: 1, at: "")]
        #expect(!Reconciliation(entries: entries, decisions: [], closings: closings, entriesPerPile: 3).piles[0].isComparable)
        #expect(Reconciliation(entries: entries, decisions: [], closings: closings, entriesPerPile: 2).mismatches.count == 1)
    }

    @Test func readingsHaveOneCanonicalLine() {
        #expect(BallotReading.kept([3, 1, 2]).canonical == "K:1,2,3")
        #expect(BallotReading(canonical: "K:3,1") == .kept([1, 3]))
        #expect(BallotReading(canonical: "A:yn-") == .approval([.agree, .disagree, .neither]))
        #expect(BallotReading(canonical: "I:name-added") == .invalid(.nameAdded))
        for bad in ["K:1,1", "K:0", "K:a", "A:yx", "I:ugly", "X:1", "", "K:1,,2"] {
            #expect(BallotReading(canonical: bad) == nil, "\(bad)")
        }
        #expect(BallotReading.approval([.agree, .neither, .agree]).votes == [1, 3])
    }

    @Test func theBallotRefusesWhatTheRulesMakeInvalid() {
        let ballot = CountedBallot(election: "x", round: 1, seats: 2, candidates: ["a", "b", "c"].map(PersonID.init), names: ["A", "B", "C"])
        #expect(ballot.form == .strikeNames)
        #expect(ballot.refusal(of: .kept([1, 2])) == nil)
        #expect(ballot.refusal(of: .kept([1, 2, 3]))?.code == "DH547")
        #expect(ballot.refusal(of: .kept([])) == .noNameKept)
        #expect(ballot.refusal(of: .kept([4])) == .nameNotOnBallot(position: 4, names: 3))
        #expect(ballot.refusal(of: .approval([.agree, .agree, .agree])) == .wrongForm(expected: .strikeNames))
        #expect(ballot.refusal(of: .invalid(.noNameKept)) == nil)
        let boxes = CountedBallot(election: "y", round: 1, seats: 2, candidates: ["a", "b"].map(PersonID.init), names: ["A", "B"])
        #expect(boxes.form == .approvalBoxes)
        #expect(boxes.refusal(of: .approval([.agree, .disagree])) == nil)
        #expect(boxes.refusal(of: .approval([.agree])) == .approvalCount(marks: 1, names: 2))
        #expect(boxes.refusal(of: .invalid(.noNameKept)) == .reasonDoesNotApply("no-name-kept"))
    }
}

/// Every refusal's code is unique, in DH540–DH569, and documented once in docs/diagnostics.md with its Vietnamese and
/// English words.
struct CountRefusalDocumentationTests {
    static let examples: [CountRefusal] = [
        .unknownToken, .wrongRole(needed: ""), .unknownRound(election: "", round: 1), .alreadyPublished(election: "", round: 1),
        .positionAlreadyEntered(pile: 1, position: 1), .nothingToCorrect(pile: 1, position: 1), .nameNotOnBallot(position: 1, names: 1),
        .moreNamesThanSeats(kept: 1, seats: 1), .noNameKept, .wrongForm(expected: .strikeNames), .approvalCount(marks: 1, names: 1),
        .reasonDoesNotApply(""), .malformed(""), .outOfRange(field: "", value: 0), .pileComplete(pile: 1, clerks: 2),
        .noMismatchThere(pile: 1, position: 1), .notBalanced([]), .boardTooSmall(clerks: 1, needed: 2), .figuresContradict(""),
    ]

    @Test func everyCodeIsDocumentedOnce() throws {
        let codes = Self.examples.map(\.code)
        #expect(Set(codes).count == codes.count)
        #expect(codes.allSatisfy { (540...569).contains(Int($0.dropFirst(2)) ?? 0) })
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/diagnostics.md")
        let table = try String(contentsOf: docs, encoding: .utf8)
        for code in codes + ["DH559"] {
            #expect(table.components(separatedBy: "| \(code) |").count == 2, "\(code) in docs/diagnostics.md")
        }
        for refusal in Self.examples {
            #expect(!refusal.vietnamese.isEmpty && refusal.english != refusal.vietnamese)
        }
    }
}
