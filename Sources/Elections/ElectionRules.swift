import Vietnamese

/// Settings for election rules the sources leave UNCONFIRMED (DOMAIN.md §3).
public struct ElectionSettings: Sendable, Hashable {
    /// What happens when candidates tie at the cutoff.
    public enum TieRule: String, Sendable, Hashable, CaseIterable {
        /// Bầu tiếp trong số những người bằng phiếu — a further round among the tied (the default).
        case furtherRound = "further-round"
        /// The congress decides (no automatic rule): the tied are listed, no one among them is elected.
        case congressDecides = "congress-decides"
    }

    public var tieRule: TieRule
    /// Tỷ lệ số dư tối đa — the largest surplus the congress allows, in percent of the seats (Điều 14: ≤ 30).
    public var maximumSurplusPercent: Int
    /// The surplus the convening committee prepares, in percent of the seats (Điều 14: 10–15).
    public var preparedSurplusPercent: ClosedRange<Int>

    /// The settings with the tie rule named as the congress file writes it (`election_tie_rule`); an unknown
    /// name is the default rule (loading refuses unknown names).
    public init(tieRuleNamed name: String, maximumSurplusPercent: Int = 30) {
        self.init(tieRule: TieRule(rawValue: name) ?? .furtherRound, maximumSurplusPercent: maximumSurplusPercent)
    }

    public init(tieRule: TieRule = .furtherRound, maximumSurplusPercent: Int = 30,
                preparedSurplusPercent: ClosedRange<Int> = 10...15) {
        self.tieRule = tieRule
        self.maximumSurplusPercent = maximumSurplusPercent
        self.preparedSurplusPercent = preparedSurplusPercent
    }
}

/// The outcome of one round.
public struct RoundResult: Sendable, Hashable {
    /// Trúng cử — the elected, by votes from high to low (ties among the elected keep the ballot order).
    public var elected: [CandidateVotes]
    /// Candidates above the threshold who tie at the cutoff for the last places, when they outnumber them.
    public var tiedAtCutoff: [CandidateVotes]
    /// Places still open after this round (a further round, or the congress decides to stop).
    public var seatsOpen: Int

    /// What the congress must do next.
    public enum Next: Sendable, Hashable {
        /// Every place is filled.
        case complete
        /// Bầu tiếp — a further round among the tied candidates, for `seats` places (`further-round`).
        case furtherRoundAmongTied(seats: Int)
        /// The tied candidates outnumber the `seats` places left and none of them is elected; the congress
        /// decides how those places are filled (`congress-decides`).
        case congressDecidesAmongTied(seats: Int)
        /// Bầu thêm — too few were elected; a further round (or the congress decides to stop) for `seats` places.
        case tooFewElected(seats: Int)
    }
    public var next: Next
}

/// The election arithmetic of QĐ 190-QĐ/TW, each rule in one function.
public enum ElectionRules {
    /// Trúng cử phải được quá một nửa — elected only with MORE than half of the base (Điều 30);
    /// exactly half is not elected.
    public static func passesThreshold(votes: Int, base: Int) -> Bool {
        exceedsShare(votes: votes, base: base, percent: 50)
    }

    /// Whether `votes` is MORE than `percent` % of `base` — the one comparison every share rule of the congress
    /// uses: "quá một nửa" (``passesThreshold``, 50), "từ hơn 30% … đồng ý" for a nominee from the floor
    /// (``FloorOpinionRules``); exactly the share does not pass. `false` for a base of 0 or less.
    public static func exceedsShare(votes: Int, base: Int, percent: Int) -> Bool {
        ExactRatio(votes, base).isAbove(percent: percent)
    }

    /// The fewest votes that pass the threshold of `base`, found by asking `passesThreshold` itself (so the printed
    /// figure and the count can never follow two rules); `nil` for a base of 0 or less, which nobody can pass. The
    /// election rules print it beside the base.
    public static func minimumVotesToPass(base: Int) -> Int? {
        minimumVotes(base: base, percent: 50)
    }

    /// The fewest votes that are more than `percent` % of `base`, asked of ``exceedsShare`` itself; `nil` for a base
    /// of 0 or less, or when no count up to the base passes.
    public static func minimumVotes(base: Int, percent: Int) -> Int? {
        guard base > 0 else { return nil }
        return (0...base).first { exceedsShare(votes: $0, base: base, percent: percent) }
    }

    /// A percentage of the base, as the vote-counting minutes print it ("so với đảng viên chính thức",
    /// DOMAIN.md §2 (d)): two decimals by default, a decimal comma; "" for an empty base.
    public static func percentOfBase(votes: Int, base: Int, decimals: Int = 2) -> String {
        VietnameseNumber.percent(part: votes, of: base, decimals: decimals) ?? ""
    }

    /// Counts one round: those above the threshold, from the most votes down, just enough to fill the seats
    /// ("xếp theo thứ tự số phiếu bầu từ cao đến thấp, vừa đủ số lượng", Điều 30); a tie at the cutoff is
    /// resolved by `settings.tieRule`.
    public static func count(_ round: ElectionRound, base: ThresholdBase,
                             settings: ElectionSettings = ElectionSettings()) -> RoundResult {
        let threshold = base.value
        let passing = round.candidates.enumerated()
            .filter { passesThreshold(votes: $0.element.votes, base: threshold) }
            .sorted { $0.element.votes != $1.element.votes ? $0.element.votes > $1.element.votes : $0.offset < $1.offset }
            .map(\.element)
        let seats = max(0, round.seats)
        guard passing.count > seats else {
            let open = seats - passing.count
            return RoundResult(elected: passing, tiedAtCutoff: [], seatsOpen: open,
                               next: open == 0 ? .complete : .tooFewElected(seats: open))
        }
        guard seats > 0 else {
            return RoundResult(elected: [], tiedAtCutoff: [], seatsOpen: 0, next: .complete)
        }
        let cutoffVotes = passing[seats - 1].votes
        if passing[seats].votes != cutoffVotes {
            return RoundResult(elected: Array(passing.prefix(seats)), tiedAtCutoff: [], seatsOpen: 0, next: .complete)
        }
        // Tie at the cutoff: everyone above the tied votes is elected; the tied share the places left.
        let sure = passing.filter { $0.votes > cutoffVotes }
        let tied = passing.filter { $0.votes == cutoffVotes }
        let open = seats - sure.count
        switch settings.tieRule {
        case .furtherRound:
            return RoundResult(elected: sure, tiedAtCutoff: tied, seatsOpen: open, next: .furtherRoundAmongTied(seats: open))
        case .congressDecides:
            return RoundResult(elected: sure, tiedAtCutoff: tied, seatsOpen: open, next: .congressDecidesAmongTied(seats: open))
        }
    }
}
