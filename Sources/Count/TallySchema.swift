import GRDB

/// The tally-mode tables of `kiem-phieu.sqlite` (migration `v2-tally`): each clerk's entry of a counting group's
/// sheet (`tally_entry`, a correction is a new row with the next revision) and the head's decision on one figure
/// (`tally_decision`). Append-only and closed by publication by the same triggers as the ballot log (`CountSchema`).
enum TallySchema {
    static let tables = ["tally_entry", "tally_decision"]

    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2-tally") { db in
            try db.execute(sql: """
                CREATE TABLE tally_entry (
                    id INTEGER PRIMARY KEY,
                    election TEXT NOT NULL, round INTEGER NOT NULL,
                    grp INTEGER NOT NULL CHECK (grp > 0),
                    clerk INTEGER NOT NULL REFERENCES member(id),
                    revision INTEGER NOT NULL CHECK (revision >= 0),
                    sheet TEXT NOT NULL, at TEXT NOT NULL,
                    UNIQUE (election, round, grp, clerk, revision));
                CREATE TABLE tally_decision (
                    id INTEGER PRIMARY KEY,
                    election TEXT NOT NULL, round INTEGER NOT NULL,
                    grp INTEGER NOT NULL CHECK (grp > 0),
                    field TEXT NOT NULL, value INTEGER NOT NULL CHECK (value >= 0),
                    head INTEGER NOT NULL REFERENCES member(id), at TEXT NOT NULL);
                CREATE INDEX tally_entry_round ON tally_entry (election, round, grp);
                """)
            for table in tables {
                try db.execute(sql: CountSchema.appendOnlyTriggers(table))
                try db.execute(sql: CountSchema.publicationTrigger(table))
            }
        }
    }
}
