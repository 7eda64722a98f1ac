import CongressModel
import Elections
import Vietnamese

/// One election counted round by round with the rules of QĐ 190-QĐ/TW (module `Elections`).
///
/// The minutes, the vote-counting minutes and the resolution all read the result from here,
/// so a figure cannot differ between papers.
public struct ElectionOutcome: Sendable {
    public let election: Election
    /// The threshold base: official delegates (members) summoned minus the stated exclusions (Điều 30).
    public let base: ThresholdBase
    /// Each round as counted, with the places it was for.
    public let rounds: [CountedRound]
    /// Trúng cử — everyone elected, round by round, each round by votes from high to low.
    public let elected: [CountedCandidate]
    /// Whether every place is filled.
    public var isComplete: Bool { elected.count >= election.seats }

    public struct CountedRound: Sendable {
        /// 1-based.
        public let number: Int
        public let data: VotingRound
        public let round: ElectionRound
        public let result: RoundResult
    }

    public struct CountedCandidate: Sendable, Equatable {
        public let person: PersonID
        public let votes: Int
        public let round: Int
    }

    public init(_ election: Election, congress: Congress) {
        self.election = election
        base = ThresholdBase(summoned: congress.baseSummoned(for: election),
                             exclusions: election.baseExclusions.map { .init(reason: $0.printedReason, count: $0.count) })
        let settings = Self.settings(congress.settings)
        var seats = election.seats
        var counted: [CountedRound] = []
        var elected: [CountedCandidate] = []
        for (index, data) in election.rounds.enumerated() {
            let round = ElectionRound(
                seats: seats,
                ballots: BallotCounts(issued: data.issued, collected: data.collected, valid: data.valid, invalid: data.invalid),
                candidates: data.votes.map { CandidateVotes(candidate: $0.candidate.rawValue, votes: $0.votes) })
            let result = ElectionRules.count(round, base: base, settings: settings)
            counted.append(CountedRound(number: index + 1, data: data, round: round, result: result))
            elected += result.elected.map { CountedCandidate(person: PersonID($0.candidate), votes: $0.votes, round: index + 1) }
            seats = result.seatsOpen
            if seats == 0 { break }
        }
        rounds = counted
        self.elected = elected
    }

    /// The election settings of the congress file.
    static func settings(_ s: Settings) -> ElectionSettings {
        ElectionSettings(tieRuleNamed: s.electionTieRule, maximumSurplusPercent: s.maximumSurplusPercent)
    }
}

/// How the papers name an elected body: "Ban Chấp hành Đảng bộ huyện Hưng Hà nhiệm kỳ 2020 - 2025".
public enum ElectedBodyNaming {
    /// The body with the organisation it belongs to.
    public static func name(_ body: ElectedBody, congress: Congress) -> String {
        let org = congress.organisation.name
        switch body {
        case .banChapHanh: return "Ban Chấp hành \(org)"
        case .banThuongVu: return "Ban Thường vụ \(org)"
        case .biThu: return "Bí thư \(org)"
        case .phoBiThu: return "Phó Bí thư \(org)"
        case .uyBanKiemTra: return "Ủy ban Kiểm tra \(org)"
        case .chuNhiemUyBanKiemTra: return "Chủ nhiệm Ủy ban Kiểm tra \(org)"
        case .chiUy: return "Chi ủy \(org)"
        case .daiBieuCapTren: return "Đại biểu chính thức đi dự Đại hội \(congress.organisation.superior)"
        case .daiBieuDuKhuyet: return "Đại biểu dự khuyết đi dự Đại hội \(congress.organisation.superior)"
        }
    }

    /// The name with the term: "Ban Chấp hành Đảng bộ huyện Hưng Hà nhiệm kỳ 2020 - 2025".
    /// Delegates to the upper congress hold no term of this organisation: their name stands alone.
    public static func nameWithTerm(_ body: ElectedBody, congress: Congress) -> String {
        if body == .daiBieuCapTren || body == .daiBieuDuKhuyet { return name(body, congress: congress) }
        let term = congress.details.term
        return "\(name(body, congress: congress)) nhiệm kỳ \(YearRange.text(from: term.from, to: term.to))"
    }
}
