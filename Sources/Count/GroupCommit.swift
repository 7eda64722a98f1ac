import Dispatch
import GRDB
import Synchronization

/// Group commit — the writes of clerks entering at once share one transaction, so one disk flush acknowledges them
/// all instead of one flush each, one after another (`make bench`: three clerks at once; a flush on this machine's
/// disk takes 5 ms at the median and over 100 ms at the tail under load).
///
/// Durability is unchanged: each write runs in a savepoint of the batch's transaction (a refused write rolls back
/// its savepoint alone, storing nothing), and every caller returns only after the batch's COMMIT has returned, with
/// `synchronous = FULL`: a ballot is acknowledged only once it is on disk. One caller at a time leads: it runs the
/// batch queued so far and, once committed, hands the lead to the oldest write queued meanwhile.
final class GroupCommit: Sendable {
    private final class Job: @unchecked Sendable {
        let body: (Database) throws -> Any
        /// Written by the leader before `done` is signalled, read by the caller after.
        var result: Result<Any, any Error>?
        var leads = false
        let done = DispatchSemaphore(value: 0)
        init(_ body: @escaping (Database) throws -> Any) { self.body = body }
    }

    private let pool: DatabasePool
    private let state = Mutex<(queue: [Job], leading: Bool)>(([], false))
    /// Called after each batch commits, off the acknowledgement (the WAL checkpoint).
    private let afterCommit: @Sendable () -> Void

    init(pool: DatabasePool, afterCommit: @escaping @Sendable () -> Void = {}) {
        self.pool = pool
        self.afterCommit = afterCommit
    }

    func write<T>(_ body: @escaping (Database) throws -> T) throws -> T {
        let job = Job { try body($0) }
        let leads = state.withLock { s -> Bool in
            s.queue.append(job)
            if s.leading { return false }
            s.leading = true
            return true
        }
        if !leads {
            job.done.wait()
            if job.leads { lead() ; job.done.wait() }
        } else {
            lead()
            job.done.wait()
        }
        // The job's result is set before `done` is signalled for it.
        return try job.result!.get() as! T
    }

    /// Runs every queued job in one transaction, then signals each, then hands the lead on (or gives it up).
    private func lead() {
        let batch = state.withLock { s -> [Job] in
            let taken = s.queue
            s.queue.removeAll()
            return taken
        }
        do {
            try pool.write { db in
                for job in batch {
                    do {
                        var value: Any = ()
                        try db.inSavepoint {
                            value = try job.body(db)
                            return .commit
                        }
                        job.result = .success(value)
                    } catch {
                        job.result = .failure(error)
                    }
                }
            }
        } catch {
            // The COMMIT failed: nothing of the batch is stored, every write of it fails.
            for job in batch { job.result = .failure(error) }
        }
        let next = state.withLock { s -> Job? in
            guard let first = s.queue.first else {
                s.leading = false
                return nil
            }
            return first
        }
        if let next { next.leads = true }
        for job in batch { job.done.signal() }
        if let next { next.done.signal() }
        afterCommit()
    }
}
