/// `--shard K/N`: the K-th of N disjoint slices of a batch, so an outside scheduler (Slurm array jobs,
/// Kubernetes indexed Jobs, GNU parallel over ssh) can spread the branches over machines.
///
/// A branch belongs to the slice `fnv1a(its folder name) mod N`, so the slices are disjoint, cover every
/// branch, and a branch keeps its slice when others are added or removed.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// 1-based index of this slice.
    public let index: Int
    /// Number of slices.
    public let count: Int

    /// Parses "K/N" with 1 ≤ K ≤ N; `nil` otherwise.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(k) else { return nil }
        index = k
        count = n
    }

    public var description: String { "\(index)/\(count)" }

    /// Whether the branch named `name` falls in this slice.
    public func contains(_ name: String) -> Bool {
        Int(InputHash.fnv1a(Array(name.utf8)) % UInt64(count)) == index - 1
    }
}
