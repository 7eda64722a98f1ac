import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client over a blocking socket to 127.0.0.1, for the preview's tests: a GET read to the
/// end (`Connection: close`), and an event stream read event by event with a deadline.
final class LoopbackHTTP {
    let descriptor: Int32
    private var buffer: [UInt8] = []

    /// Connects and sends `GET path`; the socket's reads time out after `timeout` seconds.
    init(port: Int, path: String, timeout: Int = 20) throws {
        #if canImport(Glibc)
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(descriptor)
            throw POSIXError(.ECONNREFUSED)
        }
        var limit = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n"
        _ = request.withCString { send(descriptor, $0, strlen($0), 0) }
    }

    deinit { close(descriptor) }

    /// Reads more bytes; false at the end of the stream or on timeout.
    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let count = recv(descriptor, &chunk, chunk.count, 0)
        guard count > 0 else { return false }
        buffer += chunk[0..<count]
        return true
    }

    /// The whole response: status code and body (the body of a `Connection: close` response, unchunked).
    func response() -> (status: Int, headers: String, body: String) {
        // To the end of the stream, or to Content-Length (Chromium's DevTools server keeps the connection open).
        while !complete(), fill() {}
        let text = String(decoding: buffer, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { return (0, "", text) }
        let head = String(text[..<split.lowerBound])
        var body = String(text[split.upperBound...])
        if head.lowercased().contains("transfer-encoding: chunked") { body = Self.unchunked(body) }
        let status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
        return (status, head, body)
    }

    /// The next `event: version` of an event stream whose data is not `skipping`, or nil at the deadline.
    func nextVersion(after skipping: Int?, deadline: Date) -> Int? {
        while Date() < deadline {
            let text = String(decoding: buffer, as: UTF8.self)
            var versions: [Int] = []
            // Only blocks ended by a blank line: the last one may still be arriving.
            for block in text.components(separatedBy: "\n\n").dropLast() where block.contains("event: version") {
                if let line = block.split(separator: "\n").first(where: { $0.hasPrefix("data: ") }),
                   let version = Int(line.dropFirst(6)) { versions.append(version) }
            }
            if let last = versions.last, last != skipping { return last }
            if !fill() { return nil }
        }
        return nil
    }

    /// Whether the buffer holds the head and a body of the announced Content-Length.
    private func complete() -> Bool {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard buffer.count >= 4,
              let end = (0...(buffer.count - 4)).first(where: { Array(buffer[$0..<$0 + 4]) == separator }) else { return false }
        let head = String(decoding: buffer[..<end], as: UTF8.self).lowercased()
        guard let line = head.split(separator: "\r\n").first(where: { $0.hasPrefix("content-length:") }),
              let length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) else { return false }
        return buffer.count - (end + 4) >= length
    }

    /// A chunked body joined (the sizes dropped).
    static func unchunked(_ body: String) -> String {
        var out = ""
        var rest = Substring(body)
        while let end = rest.range(of: "\r\n") {
            guard let size = Int(rest[..<end.lowerBound], radix: 16), size > 0 else { break }
            let start = end.upperBound
            let utf8 = rest.utf8
            let stop = utf8.index(start, offsetBy: size)
            out += String(rest[start..<stop])
            rest = rest[stop...].dropFirst(2)
        }
        return out
    }

    /// GET `path` and return status, headers and body. The blocking socket is read on a Dispatch thread, never on
    /// the cooperative pool the server's own tasks need (2 threads on 2 cores).
    static func get(port: Int, path: String) async throws -> (status: Int, headers: String, body: String) {
        try await offPool { try LoopbackHTTP(port: port, path: path).response() }
    }

    /// ``nextVersion(after:deadline:)`` on a Dispatch thread.
    func awaitVersion(after skipping: Int?, seconds: Double) async -> Int? {
        let deadline = Date().addingTimeInterval(seconds)
        return try? await Self.offPool { self.nextVersion(after: skipping, deadline: deadline) }
    }

    /// Opens an event stream (connect and request on a Dispatch thread).
    static func open(port: Int, path: String) async throws -> LoopbackHTTP {
        try await offPool { try LoopbackHTTP(port: port, path: path) }
    }

    static func offPool<T>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
        }
    }
}

extension LoopbackHTTP: @unchecked Sendable {}
