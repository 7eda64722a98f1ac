import DocumentTree
import Foundation

/// The skeletons a writer has built (`Failure` is what building one may throw, `Never` when it cannot fail), by format profile and language, so that a run or a batch builds
/// each one once. Owned by one writer value (copies of the writer share it); safe from any task.
package final class SkeletonCache<Skeleton: Sendable, Failure: Error>: @unchecked Sendable {
    /// Profiles are few (one per congress setting); past this many the oldest is dropped.
    static var capacity: Int { 8 }

    private let lock = NSLock()
    /// Guarded by `lock`; oldest first.
    private var entries: [(profile: FormatProfile, language: String, skeleton: Skeleton)] = []
    private let make: @Sendable (FormatProfile, String) throws(Failure) -> Skeleton

    /// A cache that builds a missing skeleton with `make`.
    package init(_ make: @escaping @Sendable (FormatProfile, String) throws(Failure) -> Skeleton) {
        self.make = make
    }

    /// The skeleton of `profile` and `language`, built on first use.
    package func skeleton(profile: FormatProfile, language: String) throws(Failure) -> Skeleton {
        if let found = lookup(profile, language) { return found }
        // Built outside the lock: two tasks may both build it once; either result is the same.
        let built = try make(profile, language)
        lock.lock()
        defer { lock.unlock() }
        if !entries.contains(where: { $0.profile == profile && $0.language == language }) {
            if entries.count >= Self.capacity { entries.removeFirst() }
            entries.append((profile, language, built))
        }
        return built
    }

    private func lookup(_ profile: FormatProfile, _ language: String) -> Skeleton? {
        lock.lock()
        defer { lock.unlock() }
        return entries.first { $0.profile == profile && $0.language == language }?.skeleton
    }
}
