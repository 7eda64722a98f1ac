import Derive
import GRDB

/// Tally mode of the count (docs/count.md, "Kiểm theo tổ"): boards that count by hand split into counting groups
/// (`TallyGroups`), each writes its tally sheet, and two (setting: three) different clerks enter each sheet
/// independently; the head decides any figure they entered differently; the sheets are added up into the round.
/// One round is counted in one mode: a round with any ballot entered takes no sheet, and the reverse.
extension CountSession {
    /// Số tổ kiểm phiếu: sheets are numbered 1 … this.
    public var tallyGroups: Int { TallyGroups.count(congress) }

    public func tallyReconciliation(_ ballot: CountedBallot) throws -> TallyReconciliation {
        let log = try store.log(election: ballot.election, round: ballot.round)
        return TallyReconciliation(entries: log.tallyEntries, decisions: log.tallyDecisions, entriesPerGroup: entriesPerPile,
                                   ballot: ballot)
    }

    /// A clerk's own latest entry of a group's sheet (to show it again, or correct it); never another clerk's.
    public func sheet(of clerk: Member, election: String, round: Int, group: Int) throws -> TallyEntry? {
        try store.log(election: election, round: round).tallyEntries
            .filter { $0.clerk == clerk.id && $0.group == group }
            .max { $0.revision < $1.revision }
    }

    /// Checks a sheet's figures as entered (every field of the ballot's sheet, each a count in range, and the sheet
    /// balancing) and returns it.
    public func checkedSheet(_ fields: [String: Int], ballot: CountedBallot, group: Int) throws -> TallySheet {
        let names = TallySheet.fieldNames(for: ballot)
        if let unknown = fields.keys.sorted().first(where: { !names.contains($0) }) {
            throw CountRefusal.tally(.unknownField(unknown))
        }
        if let missing = names.first(where: { fields[$0] == nil }) { throw CountRefusal.tally(.unknownField(missing)) }
        for name in names where !(0...Self.maximumPosition).contains(fields[name]!) {
            throw CountRefusal.outOfRange(field: name, value: fields[name]!)
        }
        let sheet = TallySheet(fields: fields, ballot: ballot)!
        let imbalances = sheet.imbalances(for: ballot)
        if !imbalances.isEmpty { throw CountRefusal.tally(.sheetDoesNotBalance(group: group, imbalances)) }
        return sheet
    }

    /// Enters one group's sheet. `correction` replaces the clerk's own earlier entry with a new row.
    @discardableResult
    public func enterTally(_ clerk: Member, election: String, round: Int, group: Int, fields: [String: Int],
                           correction: Bool = false) throws -> TallyEntry {
        try Self.require(clerk, .clerk)
        let ballot = try ballot(election: election, round: round)
        try Self.checkRange("tổ", group, tallyGroups)
        let sheet = try checkedSheet(fields, ballot: ballot, group: group).canonical(for: ballot)
        let perGroup = entriesPerPile, at = store.clock()
        return try store.writeNow { db in
            try Self.refuseIfPublished(db, ballot)
            try Self.refuseIfCountedByBallot(db, ballot)
            let clerks = try Int64.fetchAll(db, sql: """
                SELECT clerk FROM tally_entry WHERE election = ? AND round = ? AND grp = ? GROUP BY clerk ORDER BY MIN(id)
                """, arguments: [ballot.election, ballot.round, group])
            if !clerks.contains(clerk.id), clerks.count >= perGroup {
                throw CountRefusal.tally(.groupComplete(group: group, clerks: perGroup))
            }
            let previous = try Int.fetchOne(db, sql: """
                SELECT MAX(revision) FROM tally_entry WHERE election = ? AND round = ? AND grp = ? AND clerk = ?
                """, arguments: [ballot.election, ballot.round, group, clerk.id])
            switch (previous, correction) {
            case (.some, false): throw CountRefusal.tally(.sheetAlreadyEntered(group: group))
            case (nil, true): throw CountRefusal.tally(.noSheetToCorrect(group: group))
            default: break
            }
            let revision = previous.map { $0 + 1 } ?? 0
            try db.execute(sql: """
                INSERT INTO tally_entry (election, round, grp, clerk, revision, sheet, at) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [ballot.election, ballot.round, group, clerk.id, revision, sheet, at])
            return TallyEntry(id: db.lastInsertedRowID, group: group, clerk: clerk.id, revision: revision, sheet: sheet, at: at)
        }
    }

    /// The head decides one figure of a group's sheet the clerks entered differently (after reading the paper sheet
    /// or having the group recount); a later decision on the same figure replaces it.
    public func decideTally(_ head: Member, election: String, round: Int, group: Int, field: String, value: Int) throws {
        try Self.require(head, .head)
        let ballot = try ballot(election: election, round: round)
        guard TallySheet.fieldNames(for: ballot).contains(field) else { throw CountRefusal.tally(.unknownField(field)) }
        guard (0...Self.maximumPosition).contains(value) else { throw CountRefusal.outOfRange(field: field, value: value) }
        let at = store.clock(), perGroup = entriesPerPile
        try store.writeNow { db in
            try Self.refuseIfPublished(db, ballot)
            let tally = TallyReconciliation(entries: try CountStore.tallyEntries(db, election: ballot.election, round: ballot.round),
                                            decisions: [], entriesPerGroup: perGroup, ballot: ballot)
            guard tally.mismatches.contains(where: { $0.group == group && $0.field == field }) else {
                throw CountRefusal.tally(.noMismatchThere(group: group, field: field))
            }
            try db.execute(sql: """
                INSERT INTO tally_decision (election, round, grp, field, value, head, at) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [ballot.election, ballot.round, group, field, value, head.id, at])
        }
    }

    static func refuseIfCountedByBallot(_ db: Database, _ ballot: CountedBallot) throws {
        if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM entry WHERE election = ? AND round = ?)",
                             arguments: [ballot.election, ballot.round]) ?? false {
            throw CountRefusal.tally(.modeConflict(election: ballot.election, round: ballot.round, countedByBallot: true))
        }
    }

    static func refuseIfCountedByTally(_ db: Database, _ ballot: CountedBallot) throws {
        if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM tally_entry WHERE election = ? AND round = ?)",
                             arguments: [ballot.election, ballot.round]) ?? false {
            throw CountRefusal.tally(.modeConflict(election: ballot.election, round: ballot.round, countedByBallot: false))
        }
    }
}
