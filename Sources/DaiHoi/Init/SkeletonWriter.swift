import Foundation

/// Writes a ``CongressSkeleton`` into a folder, never over a file that is there: when one of the files exists,
/// nothing is written and the existing paths are returned.
public enum SkeletonWriter {
    /// The files written, or the ones that were in the way (then none is written).
    public enum Outcome: Equatable, Sendable {
        case written([String])
        case existing([String])
    }

    public static func write(_ files: [(path: String, text: String)], into folder: String) throws -> Outcome {
        let manager = FileManager.default
        let targets = files.map { (folder as NSString).appendingPathComponent($0.path) }
        let existing = targets.filter { manager.fileExists(atPath: $0) }
        guard existing.isEmpty else { return .existing(existing) }
        for (file, target) in zip(files, targets) {
            try manager.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                        withIntermediateDirectories: true)
            // .withoutOverwriting: a file that appeared since the look above is not replaced either.
            try Data(file.text.utf8).write(to: URL(fileURLWithPath: target), options: .withoutOverwriting)
        }
        return .written(targets)
    }
}
