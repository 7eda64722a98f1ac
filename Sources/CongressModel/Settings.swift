/// Settings for the rules the sources leave UNCONFIRMED (DOMAIN.md); each has the stated default.
public struct Settings: Sendable, Equatable {
    /// Format profile id: `hd36_2018` (default) or `hd05_2026`.
    public var formatProfile: String
    /// Decimals of a percentage. UNCONFIRMED for Party counts; state elections use 2 (DOMAIN.md §2 d).
    public var percentDecimals: Int
    /// Days before the congress by which the script must be final. UNCONFIRMED (seed 004: 5 days).
    public var scriptDeadlineDays: Int

    public init(formatProfile: String = "hd36_2018", percentDecimals: Int = 2, scriptDeadlineDays: Int = 5) {
        self.formatProfile = formatProfile
        self.percentDecimals = percentDecimals
        self.scriptDeadlineDays = scriptDeadlineDays
    }
}
