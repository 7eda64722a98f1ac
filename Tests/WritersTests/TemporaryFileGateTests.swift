import Foundation
import Testing
@testable import WriterSupport

/// The gate an interrupted run closes before removing temporary files: a write in flight is waited for,
/// and no write begins after.
@Suite struct TemporaryFileGateTests {
    @Test func closingWaitsForTheWriteInFlightAndNoWriteBeginsAfter() throws {
        let gate = TemporaryFileGate()
        let started = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let log = Log()
        Thread.detachNewThread {
            gate.write {
                started.signal()
                release.wait()
                log.append("first write finished")
            }
        }
        started.wait()
        let closed = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            let allFinished = gate.close(waitingAtMost: 60)
            log.append("closed, all finished: \(allFinished)")
            closed.signal()
        }
        // The close cannot return while the write is in flight.
        #expect(closed.wait(timeout: .now() + .milliseconds(200)) == .timedOut)
        #expect(log.entries.isEmpty)
        release.signal()
        closed.wait()
        #expect(log.entries == ["first write finished", "closed, all finished: true"])
        #expect(gate.isClosed)
        // A write asked for after the close never begins.
        let late = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            gate.write { log.append("late write ran") }
            late.signal()
        }
        #expect(late.wait(timeout: .now() + .milliseconds(300)) == .timedOut)
        #expect(!log.entries.contains("late write ran"))
    }

    @Test func closingGivesUpOnAWriteThatOutlastsTheWait() {
        let gate = TemporaryFileGate()
        let started = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            gate.write {
                started.signal()
                release.wait()
            }
        }
        started.wait()
        #expect(gate.close(waitingAtMost: 0.05) == false)
        release.signal()
    }

    @Test func anOpenGateRunsWritesAndHandsBackTheirResult() throws {
        let gate = TemporaryFileGate()
        #expect(gate.write { 41 + 1 } == 42)
        struct Failure: Error {}
        #expect(throws: Failure.self) { try gate.write { throw Failure() } }
        #expect(gate.close(waitingAtMost: 0) == true, "nothing in flight after a write threw")
    }
}

private final class Log: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func append(_ entry: String) { lock.lock(); items.append(entry); lock.unlock() }
    var entries: [String] { lock.lock(); defer { lock.unlock() }; return items }
}
