import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads lines from a pipe with a timeout (`poll`), keeping what follows a line for the next call. The one reader
/// of a helper's answers: the LibreOffice pool's UNO driver and the Typst workers both answer one line a request.
public final class LineReader {
    /// Kept, not only its descriptor: the handle closes the descriptor when it goes.
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    public init(_ handle: FileHandle) { self.handle = handle }

    /// The next line without its newline, or nil on timeout or end of file.
    public func line(timeout: Duration) -> String? {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return line
            }
            let left = deadline - ContinuousClock.now
            guard left > .zero else { return nil }
            var request = pollfd(fd: handle.fileDescriptor, events: Int16(POLLIN), revents: 0)
            let milliseconds = Double(left.components.seconds) * 1000 + Double(left.components.attoseconds) / 1e15
            let ready = poll(&request, 1, Int32(min(milliseconds, 60_000).rounded(.up)))
            if ready < 0 { if errno == EINTR { continue } else { return nil } }
            if ready == 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = read(handle.fileDescriptor, &chunk, chunk.count)
            if count <= 0 { return nil }
            buffer.append(contentsOf: chunk[0..<count])
        }
    }
}
