import Foundation

/// Writes a ``CongressSkeleton`` into a folder. Without `force` it never writes over a file that is there: when
/// one of the files exists, nothing is written and the existing paths are returned. With `force` an existing file
/// that differs from the skeleton's is first copied to `<file>.bak` (`.bak.2`, … when that is taken), so what the
/// user edited is never lost; a file identical to the skeleton's is left as it is.
public enum SkeletonWriter {
    /// The files written, or the ones that were in the way (then none is written).
    public enum Outcome: Equatable, Sendable {
        /// `backups`: each replaced file and where its old content is kept (only with `force`).
        case written([String], backups: [Backup] = [])
        case existing([String])
    }

    /// A file `init --force` replaced, and the copy of what it held.
    public struct Backup: Equatable, Sendable {
        public var path: String
        public var backup: String

        public init(path: String, backup: String) {
            self.path = path
            self.backup = backup
        }
    }

    public static func write(_ files: [(path: String, text: String)], into folder: String, force: Bool = false) throws -> Outcome {
        let manager = FileManager.default
        let targets = files.map { (folder as NSString).appendingPathComponent($0.path) }
        let existing = targets.filter { manager.fileExists(atPath: $0) }
        guard existing.isEmpty || force else { return .existing(existing) }
        var written: [String] = []
        var backups: [Backup] = []
        for (file, target) in zip(files, targets) {
            let data = Data(file.text.utf8)
            try manager.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                        withIntermediateDirectories: true)
            if manager.fileExists(atPath: target) {
                if manager.contents(atPath: target) == data { continue }
                let backup = freeBackupName(for: target)
                try manager.copyItem(atPath: target, toPath: backup)
                backups.append(Backup(path: target, backup: backup))
                try AtomicWriter().write(data, to: target)
            } else {
                // .withoutOverwriting: a file that appeared since the look above is not replaced either.
                try data.write(to: URL(fileURLWithPath: target), options: .withoutOverwriting)
            }
            written.append(target)
        }
        return .written(written, backups: backups)
    }

    /// `<path>.bak`, or the first of `<path>.bak.2`, `.bak.3`, … that does not exist.
    static func freeBackupName(for path: String) -> String {
        var candidate = path + ".bak"
        var number = 2
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = path + ".bak.\(number)"
            number += 1
        }
        return candidate
    }
}
