import Dispatch
import Foundation

/// Ctrl-C (SIGINT) or SIGTERM during a run: one line saying what was finished and that a rerun completes
/// the rest, the temporary files of unfinished writes removed, exit status 130. Every file is written to a
/// temporary name and renamed (``AtomicWriter``), so no partial paper is ever left under its own name.
final class Interruption: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private var total = 0
    private var sources: [DispatchSourceSignal] = []
    private let line: (_ done: Int, _ total: Int) -> String
    private let cleanup: () -> Void

    /// Starts watching: `line` words what was done; `cleanup` removes the temporary files.
    init(line: @escaping (_ done: Int, _ total: Int) -> String, cleanup: @escaping () -> Void) {
        self.line = line
        self.cleanup = cleanup
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { [self] in stop() }
            source.resume()
            sources.append(source)
        }
    }

    /// Records progress: `done` of `total` finished.
    func update(done: Int, total: Int) {
        lock.lock()
        self.done = done
        self.total = total
        lock.unlock()
    }

    /// Records that every step counted so far is finished.
    func finishAll() {
        lock.lock()
        done = total
        lock.unlock()
    }

    private func stop() {
        lock.lock()
        let (done, total) = (self.done, self.total)
        lock.unlock()
        cleanup()
        FileHandle.standardError.write(Data(("\n" + line(done, total) + "\n").utf8))
        exit(130)
    }
}
