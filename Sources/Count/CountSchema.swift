import GRDB

/// The schema of `kiem-phieu.sqlite`: the counting board's members, and the append-only log of everything entered.
///
/// Append-only is the schema's own rule, not the program's promise: a trigger on every log table refuses UPDATE and
/// DELETE, and a trigger refuses any entry, closing, decision or figure for a round once it is published.
enum CountSchema {
    /// The log tables: never updated, never deleted from.
    static let appendOnly = ["meta", "member", "handed_out", "entry", "closing", "decision", "publication"]
    /// The tables that take nothing once their round is published.
    static let closedByPublication = ["handed_out", "entry", "closing", "decision"]

    static func migrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                CREATE TABLE member (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    role TEXT NOT NULL CHECK (role IN ('head', 'clerk')),
                    token_hash TEXT NOT NULL UNIQUE,
                    at TEXT NOT NULL);
                CREATE TABLE handed_out (
                    id INTEGER PRIMARY KEY,
                    election TEXT NOT NULL, round INTEGER NOT NULL,
                    issued INTEGER NOT NULL CHECK (issued >= 0), collected INTEGER NOT NULL CHECK (collected >= 0),
                    head INTEGER NOT NULL REFERENCES member(id), at TEXT NOT NULL);
                CREATE TABLE entry (
                    id INTEGER PRIMARY KEY,
                    election TEXT NOT NULL, round INTEGER NOT NULL,
                    pile INTEGER NOT NULL CHECK (pile > 0), position INTEGER NOT NULL CHECK (position > 0),
                    clerk INTEGER NOT NULL REFERENCES member(id),
                    revision INTEGER NOT NULL CHECK (revision >= 0),
                    reading TEXT NOT NULL, at TEXT NOT NULL,
                    UNIQUE (election, round, pile, position, clerk, revision));
                CREATE TABLE closing (
                    id INTEGER PRIMARY KEY,
                    election TEXT NOT NULL, round INTEGER NOT NULL, pile INTEGER NOT NULL CHECK (pile > 0),
                    clerk INTEGER NOT NULL REFERENCES member(id),
                    ballots INTEGER NOT NULL CHECK (ballots >= 0), at TEXT NOT NULL);
                CREATE TABLE decision (
                    id INTEGER PRIMARY KEY,
                    election TEXT NOT NULL, round INTEGER NOT NULL,
                    pile INTEGER NOT NULL CHECK (pile > 0), position INTEGER NOT NULL CHECK (position > 0),
                    head INTEGER NOT NULL REFERENCES member(id), reading TEXT NOT NULL, at TEXT NOT NULL);
                CREATE TABLE publication (
                    id INTEGER PRIMARY KEY,
                    election TEXT NOT NULL, round INTEGER NOT NULL,
                    check_code TEXT NOT NULL, head INTEGER NOT NULL REFERENCES member(id), at TEXT NOT NULL,
                    UNIQUE (election, round));
                CREATE INDEX entry_round ON entry (election, round, pile, position);
                """)
            for table in appendOnly { try db.execute(sql: appendOnlyTriggers(table)) }
            for table in closedByPublication { try db.execute(sql: publicationTrigger(table)) }
        }
        TallySchema.register(in: &migrator)
        return migrator
    }

    /// Refuses UPDATE and DELETE on `table`.
    static func appendOnlyTriggers(_ table: String) -> String {
        """
        CREATE TRIGGER \(table)_no_update BEFORE UPDATE ON \(table)
        BEGIN SELECT RAISE(ABORT, 'append-only: \(table) rows are never updated'); END;
        CREATE TRIGGER \(table)_no_delete BEFORE DELETE ON \(table)
        BEGIN SELECT RAISE(ABORT, 'append-only: \(table) rows are never deleted'); END;
        """
    }

    /// Refuses any row of `table` (which has `election` and `round` columns) for a published round.
    static func publicationTrigger(_ table: String) -> String {
        """
        CREATE TRIGGER \(table)_after_publication BEFORE INSERT ON \(table)
        WHEN EXISTS (SELECT 1 FROM publication p WHERE p.election = NEW.election AND p.round = NEW.round)
        BEGIN SELECT RAISE(ABORT, 'published: the round takes nothing more'); END;
        """
    }
}
