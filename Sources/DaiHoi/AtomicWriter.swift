import Foundation
import WriterSupport

/// Writes files so that a reader sees either the old file or the whole new one, never a part:
/// the bytes go to a temporary file in the same folder, which is then renamed over the target.
///
/// No `fsync`: the rename is atomic for every other process, so a run killed at any point leaves
/// either the old file or the new one, which is what a batch needs. Only a power cut could leave a
/// renamed file empty; a batch rerun treats an empty document as missing and renders its branch
/// again. (Foundation's `Data.write` synced every file: a 1,000-branch batch spent most of its wall
/// time in 15,000 `fsync` calls, and the disk, not the code, set its speed.)
public struct AtomicWriter: Sendable {
    public init() {}

    /// Writes `data` to `path`, creating the folder if needed.
    public func write(_ data: Data, to path: String) throws {
        try replace(path) { descriptor in
            try data.withUnsafeBytes { bytes in try Self.writeAll(bytes, to: descriptor, path: path) }
        }
    }

    /// Stops this process's writes (none begins, those in flight finish, see ``TemporaryFileGate``), then
    /// removes the temporary files under `folder`: what an interrupted run does before it exits.
    public static func stopWritesAndRemoveLeftovers(under folder: String) {
        TemporaryFileGate.process.close(waitingAtMost: 5)
        removeLeftovers(under: folder)
    }

    /// Removes the temporary files a killed run left under `folder` (`.<name>.tmp-<uuid>`); the files they
    /// were to replace are untouched, so nothing but the unfinished write is lost.
    public static func removeLeftovers(under folder: String) {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return }
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            // Ours, and Foundation's own atomic-write files (`.dat.nosync…`, from `Data.write(options: .atomic)`).
            if name.hasPrefix("."), name.contains(".tmp-") || name.hasPrefix(".dat.nosync") {
                try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(relative))
            }
        }
    }

    /// Writes to `path` what `produce` hands its sink, piece by piece, so a large file is never whole in
    /// memory; the target appears, complete, only when `produce` returns (a throw leaves it untouched).
    public func stream(to path: String, _ produce: (_ write: (String) throws -> Void) throws -> Void) throws {
        try replace(path) { descriptor in
            try produce { text in
                var text = text
                try text.withUTF8 { bytes in try Self.writeAll(UnsafeRawBufferPointer(bytes), to: descriptor, path: path) }
            }
        }
    }

    /// Opens a new temporary file beside `path`, lets `fill` write to it, closes it and renames it over
    /// `path`; on any failure the temporary file is removed and the target left as it was.
    /// open(2), not FileManager.createFile: that writes through a `.dat.nosync…` file of its own, which a
    /// run killed at that moment leaves behind under a name nobody cleans up.
    private func replace(_ path: String, _ fill: (Int32) throws -> Void) throws {
        try TemporaryFileGate.process.write { try replaceNow(path, fill) }
    }

    private func replaceNow(_ path: String, _ fill: (Int32) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(UUID().uuidString)").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Self.failure(path) }
        do {
            try fill(descriptor)
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        guard close(descriptor) == 0, rename(temporary, path) == 0 else {
            let error = Self.failure(path)   // before unlink(2) sets errno again
            unlink(temporary)
            throw error
        }
    }

    /// Writes every byte of `bytes` (write(2) may take fewer at a time, or be interrupted).
    private static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw failure(path)
            }
            offset += written
        }
    }

    /// A write error naming `path` and the system's reason.
    private static func failure(_ path: String) -> CocoaError {
        let code = errno
        return CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path,
                                                        NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(code))])
    }

    /// Writes `text` as UTF-8 to `path`.
    public func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }
}
