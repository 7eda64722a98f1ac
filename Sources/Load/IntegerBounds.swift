/// The largest value each kind of integer in a congress file may take; a larger one is DH108 (`outOfRange`).
///
/// No regulation fixes these numbers: they are caps against absurd input (extra digits typed, `Int.max`),
/// far above any real congress, so that every sum and product the rules and papers compute from the figures
/// (votes added up, valid ballots × places, part × 100 for a percentage) stays well inside 64-bit integers.
enum IntegerBounds {
    /// Any count of people, ballots or votes (số người, số phiếu): 10.000.000 — more than the whole Party's
    /// membership, so no congress, vote or ballot box comes near it.
    static let count = 10_000_000
    /// Thời lượng — a programme item's duration in minutes: one day (1440).
    static let minutes = 1440
    /// Days before the congress the script is final (`settings.script_deadline_days`): one year.
    static let deadlineDays = 365
    /// Lần thứ — the congress number: 100 (a congress every 2½ years since 1930 is fewer than 40).
    static let congressNumber = 100
}
