import Dispatch
import GRDB
import Synchronization

/// Moves the write-ahead log into the database file beside the writes, not inside them: SQLite's automatic
/// checkpoint (every 1000 pages) runs in the commit that crosses the mark and flushes the database file twice, so
/// one ballot in a few hundred waited for it. The store turns it off (`wal_autocheckpoint = 0`) and this runs a
/// PASSIVE checkpoint every `every` commits on a connection of its own, on a background queue; PASSIVE never
/// blocks a writer. Durability is the WAL's: a committed ballot is in the flushed WAL before it is acknowledged.
final class WALCheckpointer: Sendable {
    private let connection: DatabaseQueue
    private let state = Mutex<(commits: Int, running: Bool)>((0, false))
    private let every: Int

    init(path: String, every: Int = 200) throws {
        connection = try DatabaseQueue(path: path)
        self.every = every
    }

    /// Counts a commit; starts a checkpoint when `every` commits have passed and none is running.
    func committed() {
        let start = state.withLock { s -> Bool in
            s.commits += 1
            guard s.commits >= every, !s.running else { return false }
            s.commits = 0
            s.running = true
            return true
        }
        guard start else { return }
        DispatchQueue.global(qos: .utility).async { [self] in
            try? connection.writeWithoutTransaction { try $0.checkpoint(.passive) }
            state.withLock { $0.running = false }
        }
    }
}
