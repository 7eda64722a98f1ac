import Vietnamese

/// Số dư — how many more candidates than places, judged by QĐ 190-QĐ/TW Điều 14.
public struct SurplusAssessment: Sendable, Hashable {
    public var seats: Int
    public var candidates: Int

    /// What the surplus means for the list.
    public enum Verdict: Sendable, Hashable {
        /// Inside the 10–15 % the convening committee prepares.
        case prepared
        /// Allowed but outside the prepared band (a warning): below 10 %, or between 15 % and the maximum.
        case outsidePreparedBand
        /// Above the maximum the congress set (≤ 30 %): an error.
        case aboveMaximum
        /// A committee of 3–5 members may have at most one more candidate (S40; one is allowed even above 30 %): an error.
        case smallCommitteeOverOne
    }

    public init(seats: Int, candidates: Int) {
        self.seats = seats
        self.candidates = candidates
    }

    /// A committee of 3–5 members (S40) …
    public static let smallCommitteeSeats = 3...5
    /// … may have at most one candidate more, whatever its percentage.
    public static let smallCommitteeSurplus = 1

    /// Candidates beyond the seats.
    public var surplus: Int { candidates.saturatingSubtracting(seats) }

    /// The surplus in percent of the seats, exact.
    public var ratio: ExactRatio { ExactRatio(surplus.saturatingMultiplied(by: 100), seats) }

    /// "10,00%".
    public func percentText(decimals: Int = 2) -> String {
        VietnameseNumber.percent(part: surplus, of: seats, decimals: decimals) ?? ""
    }

    /// The verdict; compared exactly (31/100 seats is above 30 %, 30/100 is not).
    public func verdict(_ settings: ElectionSettings = ElectionSettings()) -> Verdict {
        // A committee of 3–5 may have one extra candidate, whatever its percentage (S40).
        if Self.smallCommitteeSeats.contains(seats) {
            if surplus > Self.smallCommitteeSurplus { return .smallCommitteeOverOne }
            return surplus == Self.smallCommitteeSurplus ? .prepared : .outsidePreparedBand
        }
        // surplus / seats > max / 100  ⇔  surplus × 100 > max × seats (integers, no rounding; saturating, so
        // a list of absurd size is judged, not trapped on).
        if surplus.saturatingMultiplied(by: 100) > settings.maximumSurplusPercent.saturatingMultiplied(by: seats) {
            return .aboveMaximum
        }
        return preparedCounts(settings).contains(surplus) ? .prepared : .outsidePreparedBand
    }

    /// The surplus counts inside the prepared band (10–15 % of the seats). When no whole number falls
    /// inside it (13 seats: 1,3 to 1,95 people), the whole numbers on either side of it are accepted
    /// (1 and 2), since a list can only hold whole candidates.
    public func preparedCounts(_ settings: ElectionSettings = ElectionSettings()) -> ClosedRange<Int> {
        let low = settings.preparedSurplusPercent.lowerBound.saturatingMultiplied(by: seats)
        let high = settings.preparedSurplusPercent.upperBound.saturatingMultiplied(by: seats)
        let first = low.saturatingAdding(99) / 100, last = high / 100      // ceil(low / 100), floor(high / 100)
        if first <= last { return first...last }
        return max(1, last)...max(1, first)
    }
}
