import CongressModel
import Count
import Elections
import Foundation
import GRDB
import Tally
import Testing

/// Tally mode (kiểm theo tổ): the sample's Chi ủy round counted by hand in two counting groups, each group's sheet
/// entered by two clerks, and the same 15 ballots (`CountSessionTests.truth`) counted ballot by ballot — both give
/// the same results file.
struct TallyModeTests {
    /// Khu phố 3 with two counting groups (`settings.tally_groups: 2`; its board of three would give one).
    static let twoGroups: Congress = {
        var congress = CountFixture.sample
        congress.settings.tallyGroups = 2
        return congress
    }()

    /// Group 1 counted pile 1 (8 ballots), group 2 pile 2 (7 ballots). By hand, names 1 Đức, 2 Hòa, 3 Lan, 4 Thắng:
    /// group 1: 7 valid, 1 invalid (4 names kept); Đức 6 (ballots 1 2 3 5 7 8), Hòa 6 (1 2 4 5 7 8), Lan 5
    ///   (1 3 4 5 8), Thắng 3 (2 3 4); together 20 ≤ 3 × 7.
    /// group 2: 6 valid, 1 invalid (every name struck); Đức 5 (1 2 3 6 7), Hòa 4 (1 2 4 6), Lan 5 (1 2 4 6 7),
    ///   Thắng 2 (3 7); together 16 ≤ 3 × 6.
    static let group1: [String: Int] = [
        "ballots": 8, "valid": 7, "invalid.not-issued-by-board": 0, "invalid.more-names-than-seats": 1,
        "invalid.no-name-kept": 0, "invalid.name-added": 0, "invalid.identifies-voter": 0,
        "votes.1": 6, "votes.2": 6, "votes.3": 5, "votes.4": 3,
    ]
    static let group2: [String: Int] = [
        "ballots": 7, "valid": 6, "invalid.not-issued-by-board": 0, "invalid.more-names-than-seats": 0,
        "invalid.no-name-kept": 1, "invalid.name-added": 0, "invalid.identifies-voter": 0,
        "votes.1": 5, "votes.2": 4, "votes.3": 5, "votes.4": 2,
    ]

    /// A group's sheet as the ballots themselves give it (`BallotReading`), to cross-check the hand figures.
    static func sheet(of readings: [String], ballot: CountedBallot) -> [String: Int] {
        var fields = Dictionary(uniqueKeysWithValues: TallySheet.fieldNames(for: ballot).map { ($0, 0) })
        for text in readings {
            let reading = BallotReading(canonical: text)!
            fields["ballots"]! += 1
            if case .invalid(let reason) = reading { fields["invalid." + reason.code]! += 1 } else { fields["valid"]! += 1 }
            for position in reading.votes { fields["votes.\(position)"]! += 1 }
        }
        return fields
    }

    func enterBothGroups(_ f: CountFixture, second: [String: Int] = TallyModeTests.group1) throws {
        try f.session.enterTally(f.clerks[0], election: "chi-uy", round: 1, group: 1, fields: Self.group1)
        try f.session.enterTally(f.clerks[1], election: "chi-uy", round: 1, group: 1, fields: second)
        for clerk in f.clerks { try f.session.enterTally(clerk, election: "chi-uy", round: 1, group: 2, fields: Self.group2) }
    }

    @Test func theHandFiguresAreTheBallotsAddedUp() throws {
        let f = try CountFixture(congress: Self.twoGroups)
        let ballot = try f.session.ballot(election: "chi-uy", round: 1)
        #expect(Self.sheet(of: CountSessionTests.truth[0], ballot: ballot) == Self.group1)
        #expect(Self.sheet(of: CountSessionTests.truth[1], ballot: ballot) == Self.group2)
        #expect(TallySheet.fieldNames(for: ballot).count == 11)
        // A ballot without surplus has no "every name struck" reason.
        let biThu = try f.session.ballot(election: "bi-thu", round: 1)
        #expect(TallySheet.fieldNames(for: biThu) == ["ballots", "valid", "invalid.not-issued-by-board",
            "invalid.more-names-than-seats", "invalid.name-added", "invalid.identifies-voter", "votes.1"])
        let sheet = try #require(TallySheet(fields: Self.group1, ballot: ballot))
        #expect(sheet.canonical(for: ballot) == "ballots=8;valid=7;invalid.not-issued-by-board=0;invalid.more-names-than-seats=1;"
            + "invalid.no-name-kept=0;invalid.name-added=0;invalid.identifies-voter=0;votes.1=6;votes.2=6;votes.3=5;votes.4=3")
        #expect(TallySheet(canonical: sheet.canonical(for: ballot), ballot: ballot) == sheet)
        #expect(sheet.imbalances(for: ballot).isEmpty)
    }

    @Test func bothModesWriteTheSameResultsFile() throws {
        // Ballot by ballot, as CountSessionTests counts it.
        let byBallot = try CountFixture(congress: Self.twoGroups)
        try byBallot.session.recordHandedOut(byBallot.head, election: "chi-uy", round: 1, issued: 15, collected: 15)
        try CountSessionTests().enterBoth(byBallot)
        try byBallot.session.decide(byBallot.head, election: "chi-uy", round: 1, pile: 1, position: 3, reading: "K:1,3,4")
        try byBallot.session.decide(byBallot.head, election: "chi-uy", round: 1, pile: 2, position: 7, reading: "K:1,3,4")
        try byBallot.session.publish(byBallot.head, election: "chi-uy", round: 1)

        // By groups: the same ballots, each group's sheet entered twice.
        let byGroup = try CountFixture(congress: Self.twoGroups)
        try byGroup.session.recordHandedOut(byGroup.head, election: "chi-uy", round: 1, issued: 15, collected: 15)
        try enterBothGroups(byGroup)
        let ballot = try byGroup.session.ballot(election: "chi-uy", round: 1)
        let tally = try byGroup.session.tally(ballot)
        #expect(tally.problems.isEmpty, "\(tally.problems)")
        // 8 + 7 = 15 ballots; 7 + 6 = 13 valid; Đức 6 + 5 = 11, Hòa 6 + 4 = 10, Lan 5 + 5 = 10, Thắng 3 + 2 = 5.
        let figures: [Int] = [tally.ballotsCounted, tally.round.valid, tally.round.invalid]
        #expect(figures == [15, 13, 2])
        #expect(tally.round.votes.map(\.votes) == [11, 10, 10, 5])
        let (_, code) = try byGroup.session.publish(byGroup.head, election: "chi-uy", round: 1)

        let withoutCode = { (text: String) in text.split(separator: "\n").filter { !$0.contains("check_code:") } }
        let ballotFile = try CountResultsFile.text(byBallot.session), groupFile = try CountResultsFile.text(byGroup.session)
        #expect(withoutCode(ballotFile) == withoutCode(groupFile))
        #expect(groupFile.contains("check_code: \(code)\n") && ballotFile != groupFile)
        // The election module counts it: base 15, more than half is 8; Đức, Hòa, Lan elected.
        let counted = try byGroup.session.countedCongress()
        let outcome = ElectionOutcome(try #require(counted.elections.first { $0.id == "chi-uy" }), congress: counted)
        #expect(outcome.base.value == 15 && outcome.elected.map(\.person.rawValue) == ["duc", "hoa", "lan"])

        // The check code covers the sheets: the canonical log has each entry, and --verify recomputes it.
        let log = try byGroup.session.store.log(election: "chi-uy", round: 1)
        let text = EntryLog.canonical(ballot: ballot, log: log, members: try byGroup.session.store.members())
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("tally\t") }.count == 4)
        #expect(!text.contains("\nentry\t") && CheckCode.of(text) == code)
        #expect(try byGroup.session.verify().map { $0.stored == $0.recomputed } == [true])
    }

    @Test func aFigureEnteredDifferentlyIsDecidedByTheHead() throws {
        let f = try CountFixture(congress: Self.twoGroups)
        try f.session.recordHandedOut(f.head, election: "chi-uy", round: 1, issued: 15, collected: 15)
        // Clerk 2 reads Hòa's total of group 1 as 5 (the sheet still balances: 19 votes of 7 valid, ≤ 21, ≥ 7).
        var misread = Self.group1
        misread["votes.2"] = 5
        try enterBothGroups(f, second: misread)
        let ballot = try f.session.ballot(election: "chi-uy", round: 1)
        let recon = try f.session.tallyReconciliation(ballot)
        #expect(recon.open.map { "\($0.group) \($0.field) \($0.values.map(\.value))" } == ["1 votes.2 [6, 5]"])
        #expect(recon.final.keys.sorted() == [2])
        do {
            try f.session.publish(f.head, election: "chi-uy", round: 1)
            Issue.record("published with an open mismatch")
        } catch let refusal as CountRefusal {
            #expect(refusal.code == "DH556")
            #expect(refusal.vietnamese.contains("còn 1 số liệu của biên bản tổ nhập khác nhau"))
            #expect(refusal.vietnamese.contains("đã kiểm 7 phiếu, nhưng số phiếu thu về là 15"))
        }
        #expect(throws: CountRefusal.wrongRole(needed: "Trưởng Ban Kiểm phiếu")) {
            try f.session.decideTally(f.clerks[0], election: "chi-uy", round: 1, group: 1, field: "votes.2", value: 6)
        }
        #expect(throws: CountRefusal.tally(.noMismatchThere(group: 1, field: "votes.1"))) {
            try f.session.decideTally(f.head, election: "chi-uy", round: 1, group: 1, field: "votes.1", value: 6)
        }
        // A first decision that leaves the sheet unbalanced is shown as such; the head decides again.
        try f.session.decideTally(f.head, election: "chi-uy", round: 1, group: 1, field: "votes.2", value: 8)
        // 8 of 7 valid; and 6 + 8 + 5 + 3 = 22 above 3 × 7 = 21.
        #expect(try f.session.tally(ballot).problems.contains("tổ 1: 2. Trần Thị Hòa được 8 phiếu, nhiều hơn số phiếu hợp lệ 7; "
            + "tổng số phiếu bầu các tên 22 lớn hơn số lượng cần bầu × phiếu hợp lệ = 3 × 7 = 21"))
        try f.session.decideTally(f.head, election: "chi-uy", round: 1, group: 1, field: "votes.2", value: 6)
        let (tally, code) = try f.session.publish(f.head, election: "chi-uy", round: 1)
        #expect(tally.round.votes.map(\.votes) == [11, 10, 10, 5])
        let log = try f.session.store.log(election: "chi-uy", round: 1)
        #expect(log.tallyDecisions.map { "\($0.group) \($0.field) \($0.value) \($0.head)" } == ["1 votes.2 8 1", "1 votes.2 6 1"])
        let text = EntryLog.canonical(ballot: ballot, log: log, members: try f.session.store.members())
        #expect(text.contains("\ntally-decision\t\(log.tallyDecisions[1].id)\t1\tvotes.2\t1\t6\t\(log.tallyDecisions[1].at)\n"))
        #expect(CheckCode.of(text) == code)
        // Published: nothing more.
        #expect(throws: CountRefusal.alreadyPublished(election: "chi-uy", round: 1)) {
            try f.session.enterTally(f.clerks[0], election: "chi-uy", round: 1, group: 1, fields: Self.group1, correction: true)
        }
    }

    @Test func balanceChecksBeforePublishing() throws {
        let f = try CountFixture(congress: Self.twoGroups)
        try f.session.recordHandedOut(f.head, election: "chi-uy", round: 1, issued: 15, collected: 14)
        let ballot = try f.session.ballot(election: "chi-uy", round: 1)
        try f.session.enterTally(f.clerks[0], election: "chi-uy", round: 1, group: 1, fields: Self.group1)
        #expect(try f.session.tally(ballot).problems.contains("biên bản của tổ 1 chưa được đủ người nhập"))
        for clerk in f.clerks.dropFirst() { try f.session.enterTally(clerk, election: "chi-uy", round: 1, group: 1, fields: Self.group1) }
        for clerk in f.clerks { try f.session.enterTally(clerk, election: "chi-uy", round: 1, group: 2, fields: Self.group2) }
        // 8 + 7 = 15 counted, but the head recorded 14 collected.
        #expect(try f.session.tally(ballot).problems == ["đã kiểm 15 phiếu, nhưng số phiếu thu về là 14"])
        try f.session.recordHandedOut(f.head, election: "chi-uy", round: 1, issued: 15, collected: 15)
        #expect(try f.session.tally(ballot).problems.isEmpty)
    }

    @Test func badSheetsAreRefusedAndStoreNothing() throws {
        let f = try CountFixture(clerks: 3, congress: Self.twoGroups)
        let clerk = f.clerks[0]
        func with(_ changes: [String: Int?]) -> [String: Int] {
            var fields = Self.group1
            for (k, v) in changes { fields[k] = v }
            return fields
        }
        let enter = { (fields: [String: Int]) in
            try f.session.enterTally(clerk, election: "chi-uy", round: 1, group: 1, fields: fields)
        }
        let refused: [(String, () throws -> Void)] = [
            // 7 valid + 1 invalid ≠ 9 ballots.
            ("DH561", { try enter(with(["ballots": 9])) }),
            // Đức 8 of 7 valid; the four names together 22 > 3 × 7 = 21.
            ("DH561", { try enter(with(["votes.1": 8])) }),
            // 7 votes of 7 valid is fine per name, but 6 + 6 + 7 + 3 = 22 > 21.
            ("DH561", { try enter(with(["votes.3": 7])) }),
            // Fewer votes than valid ballots on a surplus ballot: 1 + 1 + 1 + 1 = 4 < 7.
            ("DH561", { try enter(with(["votes.1": 1, "votes.2": 1, "votes.3": 1, "votes.4": 1])) }),
            ("DH566", { try enter(with(["votes.5": 0])) }),
            ("DH566", { try enter(with(["votes.4": nil])) }),
            ("DH553", { try enter(with(["valid": 100_000])) }),
            ("DH553", { try f.session.enterTally(clerk, election: "chi-uy", round: 1, group: 3, fields: Self.group1) }),
            ("DH541", { try f.session.enterTally(f.head, election: "chi-uy", round: 1, group: 1, fields: Self.group1) }),
            ("DH542", { try f.session.enterTally(clerk, election: "chi-uy", round: 2, group: 1, fields: Self.group1) }),
            ("DH564", { try f.session.enterTally(clerk, election: "chi-uy", round: 1, group: 1, fields: Self.group1, correction: true) }),
        ]
        for (code, attempt) in refused {
            do {
                try attempt()
                Issue.record("not refused: \(code)")
            } catch let refusal as CountRefusal {
                #expect(refusal.code == code, "\(refusal.vietnamese)")
            }
        }
        #expect(try f.session.store.log(election: "chi-uy", round: 1).tallyEntries.isEmpty)

        try enter(Self.group1)
        #expect(throws: CountRefusal.tally(.sheetAlreadyEntered(group: 1))) { try enter(Self.group1) }
        try f.session.enterTally(f.clerks[1], election: "chi-uy", round: 1, group: 1, fields: Self.group1)
        #expect(throws: CountRefusal.tally(.groupComplete(group: 1, clerks: 2))) {
            try f.session.enterTally(f.clerks[2], election: "chi-uy", round: 1, group: 1, fields: Self.group1)
        }
        // One round, one mode.
        #expect(throws: CountRefusal.tally(.modeConflict(election: "chi-uy", round: 1, countedByBallot: false))) {
            try f.session.enter(clerk, election: "chi-uy", round: 1, pile: 1, position: 1, reading: "K:1,2,3")
        }
        try f.session.enter(clerk, election: "bi-thu", round: 1, pile: 1, position: 1, reading: "A:y")
        #expect(throws: CountRefusal.tally(.modeConflict(election: "bi-thu", round: 1, countedByBallot: true))) {
            try f.session.enterTally(clerk, election: "bi-thu", round: 1, group: 1, fields: [
                "ballots": 1, "valid": 1, "invalid.not-issued-by-board": 0, "invalid.more-names-than-seats": 0,
                "invalid.name-added": 0, "invalid.identifies-voter": 0, "votes.1": 1])
        }
        // A correction is a new row; the first stays.
        var corrected = Self.group1
        corrected["votes.4"] = 2
        try f.session.enterTally(clerk, election: "chi-uy", round: 1, group: 1, fields: corrected, correction: true)
        let log = try f.session.store.log(election: "chi-uy", round: 1)
        #expect(log.tallyEntries.map(\.revision) == [0, 0, 1])
        #expect(try f.session.sheet(of: clerk, election: "chi-uy", round: 1, group: 1)?.sheet.hasSuffix("votes.4=2") == true)
        let refusal = CountRefusal.tally(.sheetDoesNotBalance(group: 1, [.partsDoNotAddUp(valid: 7, invalid: 1, ballots: 9)]))
        #expect(refusal.status == 422)
        #expect(refusal.vietnamese == "biên bản của tổ 1 không cân đối: hợp lệ 7 + không hợp lệ 1 = 8, khác số phiếu của tổ 9 — tổ kiểm đếm lại")
        #expect(refusal.english == "group 1's sheet does not balance: valid 7 + invalid 1 = 8, not the group's 9 ballots — the group recounts")
    }

    /// `--entries-per-pile 3`: each sheet by three clerks; two agreeing against one is still a difference the head
    /// decides (no majority rule).
    @Test func threeClerksPerSheet() throws {
        let f = try CountFixture(clerks: 3, entriesPerPile: 3, congress: Self.twoGroups)
        var misread = Self.group2
        misread["votes.4"] = 3
        for (index, clerk) in f.clerks.enumerated() {
            try f.session.enterTally(clerk, election: "chi-uy", round: 1, group: 1, fields: Self.group1)
            try f.session.enterTally(clerk, election: "chi-uy", round: 1, group: 2, fields: index == 2 ? misread : Self.group2)
        }
        let ballot = try f.session.ballot(election: "chi-uy", round: 1)
        let recon = try f.session.tallyReconciliation(ballot)
        #expect(recon.groups.map(\.clerks.count) == [3, 3])
        #expect(recon.open.map { "\($0.group) \($0.field) \($0.values.map(\.value))" } == ["2 votes.4 [2, 2, 3]"])
        try f.session.decideTally(f.head, election: "chi-uy", round: 1, group: 2, field: "votes.4", value: 2)
        try f.session.recordHandedOut(f.head, election: "chi-uy", round: 1, issued: 15, collected: 15)
        #expect(try f.session.publish(f.head, election: "chi-uy", round: 1).tally.round.votes.map(\.votes) == [11, 10, 10, 5])
    }

    @Test func theTallyLogIsAppendOnlyInTheSchema() throws {
        let f = try CountFixture(congress: Self.twoGroups)
        try f.session.enterTally(f.clerks[0], election: "chi-uy", round: 1, group: 1, fields: Self.group1)
        let queue = try DatabaseQueue(path: f.folder.appendingPathComponent(CountStore.fileName).path)
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "UPDATE tally_entry SET sheet = ''") } }
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "DELETE FROM tally_entry") } }
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM tally_entry") } == 1)
    }

    @Test func theDefaultNumberOfGroupsComesFromTheBoard() throws {
        // Khu phố 3's board: Khánh (head), Hạnh, Ngọc → (3 − 1) / 2 = 1 group.
        #expect(try CountFixture().session.tallyGroups == 1)
        #expect(try CountFixture(congress: Self.twoGroups).session.tallyGroups == 2)
    }
}
