import Foundation

/// The writes in flight of this process, each to a hidden temporary file renamed when whole, so that an
/// interrupted run (Ctrl-C, SIGTERM) can stop them all before it removes the temporary files.
///
/// Without it a worker thread could open a new temporary file after the interruption had listed and
/// removed the old ones, and leave it behind when the process exits (seen on CI: a batch of 150 branches
/// interrupted with two workers left `.daihoi-result.json.tmp-…`). Signals are delivered to the process,
/// so there is one gate per process: ``process``.
public final class TemporaryFileGate: @unchecked Sendable {
    /// The gate of this process.
    public static let process = TemporaryFileGate()

    private let condition = NSCondition()
    private var inFlight = 0
    private var closed = false

    public init() {}

    /// Runs `write`, which creates a temporary file and renames or removes it before returning. Once the
    /// gate is closed no write begins: the caller waits until the process exits.
    public func write<T>(_ write: () throws -> T) rethrows -> T {
        condition.lock()
        while closed { condition.wait() }
        inFlight += 1
        condition.unlock()
        defer {
            condition.lock()
            inFlight -= 1
            condition.broadcast()
            condition.unlock()
        }
        return try write()
    }

    /// Closes the gate: no new write begins, and the writes in flight are waited for, at most `seconds`
    /// (a PDF being printed may take longer; its temporary file is removed by the next run). Returns
    /// whether every write in flight finished.
    @discardableResult
    public func close(waitingAtMost seconds: TimeInterval) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        let deadline = Date().addingTimeInterval(seconds)
        while inFlight > 0 {
            if !condition.wait(until: deadline) { return inFlight == 0 }
        }
        return true
    }

    /// Whether the gate is closed (the process is being interrupted).
    public var isClosed: Bool {
        condition.lock()
        defer { condition.unlock() }
        return closed
    }
}
