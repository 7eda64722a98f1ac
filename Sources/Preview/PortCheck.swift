import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Whether a TCP port of 127.0.0.1 can be listened on, asked before the server starts so that a port in use
/// is said in words (DH466) with the option to change it, not as a system error from deep in the server.
public enum PortCheck {
    public enum Outcome: Equatable, Sendable {
        case free
        case inUse
        /// Another reason (the system's words), e.g. a port below 1024 without the right.
        case failed(String)
    }

    public static func probe(_ port: Int) -> Outcome {
        guard port != 0 else { return .free }
        #if canImport(Glibc)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { return .failed(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        // As the server binds (SO_REUSEADDR): a port left in TIME_WAIT by an earlier run is free.
        var one: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr(PreviewServer.host)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        if bound == 0 { return listen(descriptor, 1) == 0 ? .free : .failed(String(cString: strerror(errno))) }
        return errno == EADDRINUSE ? .inUse : .failed(String(cString: strerror(errno)))
    }
}
