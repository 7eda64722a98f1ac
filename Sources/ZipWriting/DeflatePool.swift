import Foundation

/// Idle ``DeflateStream``s of one writer: a write borrows one and gives it back, so a run or a batch
/// allocates zlib's buffers once per task at work instead of once per zip entry. Safe from any task.
package final class DeflatePool: @unchecked Sendable {
    /// Streams kept idle at most (a batch runs one write per core at a time).
    package static var capacity: Int { 8 }

    package init() {}

    private let lock = NSLock()
    /// Guarded by `lock`.
    private var idle: [DeflateStream] = []

    /// Runs `body` with a stream no other task is using.
    package func withStream<T>(_ body: (DeflateStream) throws(ZipError) -> T) throws(ZipError) -> T {
        let stream = take() ?? DeflateStream()
        defer { give(stream) }
        return try body(stream)
    }

    private func take() -> DeflateStream? {
        lock.lock()
        defer { lock.unlock() }
        return idle.popLast()
    }

    private func give(_ stream: DeflateStream) {
        lock.lock()
        defer { lock.unlock() }
        if idle.count < Self.capacity { idle.append(stream) }
    }
}
