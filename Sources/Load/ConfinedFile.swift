import Diagnostics
import Foundation

/// Reads a file without ever reading what is not a regular file, and, for a file the YAML refers to, nothing
/// outside the congress folder (thư mục của tệp đại hội).
///
/// The path is resolved with `realpath(3)` (every symbolic link of every component followed) and must lie in the
/// folder's own real path; it is `stat`ed before it is opened, so a FIFO, a device or a socket is never opened
/// (opening a FIFO for reading waits for a writer); it is opened with `O_NOFOLLOW | O_NONBLOCK` and checked
/// again with `fstat`, so a file swapped in between is not read either.
enum ConfinedFile {
    enum Outcome {
        case data(Data)
        case missing
        case outsideFolder
        case special(SpecialFileKind)
        case tooLarge
        /// The system's reason (`errno`).
        case unreadable(Int32)
    }

    /// The most bytes a congress file or a referenced prose file may hold: 32 MiB, a thousand times the largest
    /// sample, so a mistaken reference to a disk image or a log fails at once instead of filling the memory.
    static let maximumBytes = 32 << 20

    /// The bytes of the file at `path` (as given on the command line: links allowed), if it is a regular file.
    static func read(_ path: String) -> Outcome {
        read(resolvedPath: path, follow: true)
    }

    /// The bytes of `relative` inside `folder` ("" for the current folder), if its real path lies inside the
    /// folder's real path and it is a regular file.
    static func read(_ relative: String, inside folder: String) -> Outcome {
        guard let root = realPath(folder.isEmpty ? "." : folder) else { return .missing }
        let joined = folder.isEmpty ? relative : "\(folder)/\(relative)"
        guard let real = realPath(joined) else { return .missing }
        guard real.hasPrefix(root == "/" ? "/" : root + "/") else { return .outsideFolder }
        return read(resolvedPath: real, follow: false)
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

private extension ConfinedFile {
    static func read(resolvedPath path: String, follow: Bool) -> Outcome {
        var status = stat()
        guard stat(path, &status) == 0 else { return errno == ENOENT ? .missing : .unreadable(errno) }
        if let kind = special(status.st_mode) { return .special(kind) }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (follow ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else { return errno == ELOOP && !follow ? .outsideFolder : .unreadable(errno) }
        defer { close(descriptor) }
        guard fstat(descriptor, &status) == 0 else { return .unreadable(errno) }
        if let kind = special(status.st_mode) { return .special(kind) }
        if status.st_size > maximumBytes { return .tooLarge }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return .data(data) }
            if count < 0 {
                if errno == EINTR { continue }
                return .unreadable(errno)
            }
            data.append(contentsOf: buffer[0..<count])
            // A file that grows while it is read.
            if data.count > maximumBytes { return .tooLarge }
        }
    }

    static func special(_ mode: mode_t) -> SpecialFileKind? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: .folder
        case S_IFIFO: .fifo
        case S_IFCHR, S_IFBLK: .device
        case S_IFSOCK: .socket
        default: .other
        }
    }
}
