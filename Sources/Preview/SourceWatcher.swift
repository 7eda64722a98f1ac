import Foundation

/// Notices a change to the congress file or to a prose or data file beside it by polling their modification
/// times and sizes (every `interval`, default 0.25 s: a few `stat` calls, no busy loop), including files
/// added or removed. Editors that save by writing a new file and renaming it are seen too.
public struct SourceWatcher: Sendable {
    /// The extensions of the files the congress reads (the YAML, Markdown prose, a members' CSV).
    static let watchedExtensions: Set<String> = ["yaml", "yml", "md", "markdown", "csv"]

    public let file: String
    public let interval: Duration

    public init(file: String, interval: Duration = .milliseconds(250)) {
        self.file = file
        self.interval = interval
    }

    /// Path → (modification time, size) of the congress file and every watched file under its folder
    /// (hidden folders left out).
    public func fingerprint() -> [String: [Double]] {
        var found: [String: [Double]] = [:]
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        var paths = [URL(fileURLWithPath: file).path]
        if let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil,
                                                           options: [.skipsHiddenFiles]) {
            for case let url as URL in enumerator where Self.watchedExtensions.contains(url.pathExtension.lowercased()) {
                paths.append(url.path)
            }
        }
        for path in paths {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { continue }
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSinceReferenceDate ?? 0
            let size = (attributes[.size] as? NSNumber)?.doubleValue ?? 0
            found[path] = [modified, size]
        }
        return found
    }

    /// Calls `changed` each time the fingerprint differs from the one before, until the task is cancelled.
    public func watch(_ changed: @Sendable () async -> Void) async {
        var last = fingerprint()
        while !Task.isCancelled {
            do { try await Task.sleep(for: interval) } catch { return }
            let now = fingerprint()
            if now != last {
                last = now
                await changed()
            }
        }
    }
}
