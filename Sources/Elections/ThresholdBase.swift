import Vietnamese

/// The base of the election threshold: who counts in "more than half".
///
/// QĐ 190-QĐ/TW (2024) Điều 30: the base is the official members (đại hội đảng viên) or the official
/// delegates (đại hội đại biểu) summoned — not the ballots issued, collected or valid — minus the
/// exclusions the regulation allows (members on temporary transfer, exempt members who are absent,
/// suspended, prosecuted or detained members, members absent for the whole congress with an approved
/// reason). The data states each exclusion with its count, so the base is auditable.
public struct ThresholdBase: Sendable, Hashable {
    /// Đảng viên chính thức / đại biểu chính thức được triệu tập.
    public var summoned: Int
    /// Each exclusion the data states, with its reason as written.
    public var exclusions: [Exclusion]

    public struct Exclusion: Sendable, Hashable {
        public var reason: String
        public var count: Int
        public init(reason: String, count: Int) {
            self.reason = reason
            self.count = count
        }
    }

    public init(summoned: Int, exclusions: [Exclusion] = []) {
        self.summoned = summoned
        self.exclusions = exclusions
    }

    /// Every exclusion added up (held at `Int.max` rather than overflowing).
    public var excluded: Int { exclusions.lazy.map(\.count).saturatingSum() }

    /// The number the threshold is computed against: the summoned less the exclusions (saturating, never traps).
    /// A base of 0 or less means the exclusions leave nobody to count (Check reports it once, DH223).
    public var value: Int { summoned.saturatingSubtracting(excluded) }
}
