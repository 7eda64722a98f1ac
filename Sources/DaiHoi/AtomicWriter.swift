import Foundation

/// Writes files so that a reader sees either the old file or the whole new one, never a part:
/// the bytes go to a temporary file in the same folder, which is then renamed over the target.
public struct AtomicWriter: Sendable {
    public init() {}

    /// Writes `data` to `path`, creating the folder if needed.
    public func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(UUID().uuidString)")
        do {
            try data.write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
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
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(UUID().uuidString)")
        do {
            // open(2), not FileManager.createFile: that writes through a `.dat.nosync…` file of its own,
            // which a run killed at that moment leaves behind under a name nobody cleans up.
            let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary.path])
            }
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            do {
                try produce { text in try handle.write(contentsOf: Data(text.utf8)) }
                try handle.close()
            } catch {
                try? handle.close()
                throw error
            }
            if rename(temporary.path, url.path) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Writes `text` as UTF-8 to `path`.
    public func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }
}
