import CongressModel
import Count
import Elections
import Foundation
import GRDB
import Tally
import Testing

/// The count of the sample's Chi ủy election end to end through `CountSession` and `kiem-phieu.sqlite`: two clerks
/// enter two piles (8 and 7 ballots), differ on two ballots, the head decides, publishes; the figures are the ones
/// computed by hand below, and the elected are the ones `ElectionOutcome` counts from them.
struct CountSessionTests {
    /// The ballots as they lie, positions in ballot order (1 Đức, 2 Hòa, 3 Lan, 4 Thắng, Vietnamese order by given name).
    static let truth: [[String]] = [
        ["K:1,2,3", "K:1,2,4", "K:1,3,4", "K:2,3,4", "K:1,2,3", "I:more-names-than-seats", "K:1,2", "K:1,2,3"],
        ["K:1,2,3", "K:1,2,3", "K:1,4", "K:2,3", "I:no-name-kept", "K:1,2,3", "K:1,3,4"],
    ]

    /// Clerk 1 enters the truth; clerk 2 misreads pile 1 ballot 3 and pile 2 ballot 7.
    func enterBoth(_ f: CountFixture) throws {
        for (p, pile) in Self.truth.enumerated() {
            for (i, reading) in pile.enumerated() {
                try f.session.enter(f.clerks[0], election: "chi-uy", round: 1, pile: p + 1, position: i + 1, reading: reading)
                let misread = (p, i) == (0, 2) ? "K:1,3" : (p, i) == (1, 6) ? "K:1,2,4" : reading
                try f.session.enter(f.clerks[1], election: "chi-uy", round: 1, pile: p + 1, position: i + 1, reading: misread)
            }
            for clerk in f.clerks { try f.session.close(clerk, election: "chi-uy", round: 1, pile: p + 1, ballots: pile.count) }
        }
    }

    @Test func theBallotListsTheNamesInVietnameseOrder() throws {
        let f = try CountFixture()
        let ballot = try f.session.ballot(election: "chi-uy", round: 1)
        #expect(ballot.names == ["Vũ Minh Đức", "Trần Thị Hòa", "Phạm Thị Lan", "Nguyễn Văn Thắng"])
        #expect(ballot.seats == 3 && ballot.form == .strikeNames)
        #expect(try f.session.ballot(election: "bi-thu", round: 1).form == .approvalBoxes)
        #expect(throws: CountRefusal.unknownRound(election: "chi-uy", round: 2)) { try f.session.ballot(election: "chi-uy", round: 2) }
    }

    @Test func doubleEntryReconciledDecidedAndPublished() throws {
        let f = try CountFixture()
        try f.session.recordHandedOut(f.head, election: "chi-uy", round: 1, issued: 15, collected: 15)
        try enterBoth(f)
        let ballot = try f.session.ballot(election: "chi-uy", round: 1)
        let open = try f.session.reconciliation(ballot).open
        #expect(open.map { [$0.pile, $0.position] } == [[1, 3], [2, 7]])
        #expect(open[0].readings.map(\.reading) == ["K:1,3,4", "K:1,3"])
        // Not publishable while two mismatches are open.
        #expect(throws: CountRefusal.self) { try f.session.publish(f.head, election: "chi-uy", round: 1) }
        do {
            try f.session.publish(f.head, election: "chi-uy", round: 1)
        } catch let refusal as CountRefusal {
            #expect(refusal.code == "DH556")
            #expect(refusal.vietnamese.contains("còn 2 phiếu nhập khác nhau"))
        }
        // A clerk cannot decide; the head decides after looking at the ballots.
        #expect(throws: CountRefusal.wrongRole(needed: "Trưởng Ban Kiểm phiếu")) {
            try f.session.decide(f.clerks[0], election: "chi-uy", round: 1, pile: 1, position: 3, reading: "K:1,3,4")
        }
        #expect(throws: CountRefusal.noMismatchThere(pile: 1, position: 1)) {
            try f.session.decide(f.head, election: "chi-uy", round: 1, pile: 1, position: 1, reading: "K:1,2,3")
        }
        try f.session.decide(f.head, election: "chi-uy", round: 1, pile: 1, position: 3, reading: "K:1,3,4")
        try f.session.decide(f.head, election: "chi-uy", round: 1, pile: 2, position: 7, reading: "K:1,3,4")

        // By hand: 15 ballots, 2 invalid (one keeps 4 names, one keeps none), 13 valid;
        // Đức 6 + 5 = 11, Hòa 6 + 4 = 10, Lan 5 + 5 = 10, Thắng 3 + 2 = 5.
        let tally = try f.session.tally(ballot)
        #expect(tally.problems.isEmpty, "\(tally.problems)")
        let figures: [Int] = [tally.round.issued, tally.round.collected, tally.round.valid, tally.round.invalid]
        #expect(figures == [15, 15, 13, 2])
        #expect(tally.round.votes.map(\.votes) == [11, 10, 10, 5])
        #expect(tally.round.votes.map(\.candidate.rawValue) == ["duc", "hoa", "lan", "thang"])
        #expect(tally.round.invalidReasons.map(\.count) == [1, 1])

        let (_, code) = try f.session.publish(f.head, election: "chi-uy", round: 1)
        // The election module counts the published round: base 17 − 2 = 15, more than half is 8; three pass for three
        // places, by votes then ballot order.
        let counted = try f.session.countedCongress()
        let election = try #require(counted.elections.first { $0.id == "chi-uy" })
        let outcome = ElectionOutcome(election, congress: counted)
        #expect(outcome.base.value == 15)
        #expect(outcome.elected.map(\.person.rawValue) == ["duc", "hoa", "lan"])
        #expect(outcome.elected.allSatisfy { ElectionRules.passesThreshold(votes: $0.votes, base: 15) })
        #expect(!ElectionRules.passesThreshold(votes: 5, base: 15))
        #expect(outcome.isComplete)
        // No second round: every place is filled.
        #expect(try f.session.rounds().filter { $0.ballot.election == "chi-uy" }.map(\.published) == [true])

        // The check code is the SHA-256 of the canonical log, and --verify recomputes it from the database.
        let log = try f.session.store.log(election: "chi-uy", round: 1)
        let text = EntryLog.canonical(ballot: ballot, log: log, members: try f.session.store.members())
        #expect(text.hasPrefix("daihoi-count-log\t1\nround\tchi-uy\t1\tseats\t3\ncandidate\t1\tduc\n"))
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("entry\t") }.count == 30)
        #expect(code == CheckCode.of(text) && code.count == 64)
        #expect(try f.session.verify().map { $0.stored == $0.recomputed } == [true])

        // Published: nothing more is taken, and the schema itself refuses it.
        #expect(throws: CountRefusal.alreadyPublished(election: "chi-uy", round: 1)) {
            try f.session.publish(f.head, election: "chi-uy", round: 1)
        }
        #expect(throws: CountRefusal.alreadyPublished(election: "chi-uy", round: 1)) {
            try f.session.recordHandedOut(f.head, election: "chi-uy", round: 1, issued: 15, collected: 14)
        }
    }

    @Test func badInputIsRefusedAndStoresNothing() throws {
        let f = try CountFixture()
        let clerk = f.clerks[0]
        try f.session.enter(clerk, election: "chi-uy", round: 1, pile: 1, position: 1, reading: "K:1,2,3")
        let refused: [(CountRefusal, () throws -> Void)] = [
            (.positionAlreadyEntered(pile: 1, position: 1), { try f.session.enter(clerk, election: "chi-uy", round: 1, pile: 1, position: 1, reading: "K:1,2") }),
            (.nothingToCorrect(pile: 1, position: 2), { try f.session.enter(clerk, election: "chi-uy", round: 1, pile: 1, position: 2, reading: "K:1,2", correction: true) }),
            (.nameNotOnBallot(position: 5, names: 4), { try f.session.enter(clerk, election: "chi-uy", round: 1, pile: 1, position: 2, reading: "K:1,5") }),
            (.moreNamesThanSeats(kept: 4, seats: 3), { try f.session.enter(clerk, election: "chi-uy", round: 1, pile: 1, position: 2, reading: "K:1,2,3,4") }),
            (.wrongRole(needed: "người nhập phiếu"), { try f.session.enter(f.head, election: "chi-uy", round: 1, pile: 1, position: 2, reading: "K:1") }),
            (.wrongRole(needed: "Trưởng Ban Kiểm phiếu"), { try f.session.publish(clerk, election: "chi-uy", round: 1) }),
            (.unknownRound(election: "bch", round: 1), { try f.session.enter(clerk, election: "bch", round: 1, pile: 1, position: 2, reading: "K:1") }),
            (.outOfRange(field: "vị trí", value: 0), { try f.session.enter(clerk, election: "chi-uy", round: 1, pile: 1, position: 0, reading: "K:1") }),
            (.malformed("cách đọc phiếu 'K:x'"), { try f.session.enter(clerk, election: "chi-uy", round: 1, pile: 1, position: 2, reading: "K:x") }),
            (.figuresContradict("phát ra 16 > số người bầu có mặt 15"), { try f.session.recordHandedOut(f.head, election: "chi-uy", round: 1, issued: 16, collected: 15) }),
            (.figuresContradict("thu về 15 > phát ra 14"), { try f.session.recordHandedOut(f.head, election: "chi-uy", round: 1, issued: 14, collected: 15) }),
        ]
        for (expected, attempt) in refused {
            #expect(throws: expected) { try attempt() }
        }
        let log = try f.session.store.log(election: "chi-uy", round: 1)
        #expect(log.entries.count == 1 && log.handedOut.isEmpty)
        // A correction is a new row with the next revision; the first stays in the log.
        try f.session.enter(clerk, election: "chi-uy", round: 1, pile: 1, position: 1, reading: "K:1,2", correction: true)
        #expect(try f.session.store.log(election: "chi-uy", round: 1).entries.map(\.revision) == [0, 1])
        #expect(try f.session.entries(of: clerk, election: "chi-uy", round: 1, pile: 1).map(\.reading) == ["K:1,2"])
        // A third clerk cannot enter a pile two clerks have begun.
        let g = try CountFixture(clerks: 3)
        try g.session.enter(g.clerks[0], election: "chi-uy", round: 1, pile: 1, position: 1, reading: "K:1,2,3")
        try g.session.enter(g.clerks[1], election: "chi-uy", round: 1, pile: 1, position: 1, reading: "K:1,2,3")
        #expect(throws: CountRefusal.pileComplete(pile: 1, clerks: 2)) {
            try g.session.enter(g.clerks[2], election: "chi-uy", round: 1, pile: 1, position: 1, reading: "K:1,2,3")
        }
    }

    @Test func theLogIsAppendOnlyInTheSchema() throws {
        let f = try CountFixture()
        try f.session.enter(f.clerks[0], election: "chi-uy", round: 1, pile: 1, position: 1, reading: "K:1,2,3")
        let path = f.folder.appendingPathComponent(CountStore.fileName).path
        let queue = try DatabaseQueue(path: path)
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "UPDATE entry SET reading = 'K:1'") } }
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "DELETE FROM entry") } }
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "UPDATE member SET role = 'head'") } }
        #expect(try queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        #expect(try queue.read { try String.fetchOne($0, sql: "SELECT reading FROM entry") } == "K:1,2,3")
        // Tokens are stored only as hashes.
        #expect(try queue.read { try String.fetchAll($0, sql: "SELECT token_hash FROM member") }.allSatisfy { $0.count == 64 })
        #expect(try f.session.store.member(token: f.tokens[1].lowercased()) == f.clerks[0])
        #expect(try f.session.store.member(token: "AAAAA-AAAAA-AAAAA-AAAAA") == nil)
    }

    @Test func twoClerksAtOnceLoseAndDuplicateNothing() async throws {
        let f = try CountFixture()
        let session = f.session, clerks = f.clerks
        try await withThrowingTaskGroup(of: Void.self) { group in
            for clerk in clerks {
                group.addTask {
                    for position in 1...150 {
                        try session.enter(clerk, election: "chi-uy", round: 1, pile: 1, position: position,
                                          reading: position % 7 == 0 ? "I:name-added" : "K:1,2,3")
                    }
                }
            }
            try await group.waitForAll()
        }
        let log = try f.session.store.log(election: "chi-uy", round: 1)
        #expect(log.entries.count == 300)
        #expect(Set(log.entries.map { "\($0.clerk)-\($0.position)" }).count == 300)
        // Reopened (as after a restart), the database holds the same rows.
        let reopened = try CountStore(path: f.folder.appendingPathComponent(CountStore.fileName).path)
        #expect(try reopened.log(election: "chi-uy", round: 1).entries == log.entries)
        #expect(try reopened.issueTokens(head: "x", clerks: ["y"]).isEmpty)
    }
}
