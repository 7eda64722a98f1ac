import Foundation

/// Idle compressors of one writer (zlib streams, libdeflate compressors): a write borrows one and gives it back,
/// so a run or a batch allocates a compressor's buffers once per task at work instead of once per zip entry.
/// Safe from any task.
package final class CompressorPool<Compressor: AnyObject>: @unchecked Sendable {
    /// Compressors kept idle at most (a batch runs one write per core at a time).
    package static var capacity: Int { 8 }

    /// Makes a compressor when none is idle.
    private let make: @Sendable () -> Compressor
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var idle: [Compressor] = []

    package init(make: @escaping @Sendable () -> Compressor) {
        self.make = make
    }

    /// Runs `body` with a compressor no other task is using.
    package func withCompressor<T>(_ body: (Compressor) throws(ZipError) -> T) throws(ZipError) -> T {
        let compressor = take() ?? make()
        defer { give(compressor) }
        return try body(compressor)
    }

    private func take() -> Compressor? {
        lock.lock()
        defer { lock.unlock() }
        return idle.popLast()
    }

    private func give(_ compressor: Compressor) {
        lock.lock()
        defer { lock.unlock() }
        if idle.count < Self.capacity { idle.append(compressor) }
    }
}

/// The zlib streams of one writer (at zlib's fast level 3).
package typealias DeflatePool = CompressorPool<DeflateStream>

extension CompressorPool where Compressor == DeflateStream {
    package convenience init() {
        self.init { DeflateStream() }
    }

    /// Runs `body` with a stream no other task is using.
    package func withStream<T>(_ body: (DeflateStream) throws(ZipError) -> T) throws(ZipError) -> T {
        try withCompressor(body)
    }
}
