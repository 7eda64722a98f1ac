import Diagnostics
import Elections

/// One person the congress is asked about, with the ballots that agree ("Đồng ý").
public struct PersonOpinion: Sendable, Equatable {
    public var person: PersonID
    /// Số phiếu đồng ý.
    public var agree: Int

    public init(person: PersonID, agree: Int) {
        self.person = person
        self.agree = agree
    }
}

/// Xin ý kiến về người ứng cử, được đề cử tại đại hội và người xin rút — the secret opinion the congress gives on
/// one election's list before voting it (QĐ 190-QĐ/TW Điều 14 khoản 3; Hướng dẫn 04-HD/TW, Phụ lục 2, Mẫu 5):
/// the ballots and, per person, how many agree. The decision is `FloorOpinionRules`' (module Elections).
public struct FloorOpinion: Sendable, Equatable {
    /// Phiếu kín — its ballots, counted as every round's are (`BallotCounts`, one type for every secret vote).
    public var ballots: BallotCounts
    /// Người ứng cử, được đề cử tại đại hội: ballots agreeing to put each on the list.
    public var nominated: [PersonOpinion]
    /// Người xin rút khỏi danh sách: ballots agreeing to let each withdraw.
    public var withdrawing: [PersonOpinion]
    public var location: SourceLocation?

    public init(ballots: BallotCounts, nominated: [PersonOpinion] = [], withdrawing: [PersonOpinion] = [],
                location: SourceLocation? = nil) {
        self.ballots = ballots
        self.nominated = nominated
        self.withdrawing = withdrawing
        self.location = location
    }

    /// Everyone asked about, nominees first, in the order the data gives them.
    public var everyone: [PersonOpinion] { nominated + withdrawing }
}

extension Election {
    /// Danh sách do cấp ủy triệu tập đề cử — the list the convening committee proposed, before the floor: the final
    /// `candidates` less the nominees from the floor, plus those who asked to withdraw and are no longer on it
    /// (`floor_opinion`). Without an opinion, the candidates. The committee's proposal (tờ trình nhân sự) prints it.
    public var proposedByCommittee: [PersonID] {
        guard let opinion = floorOpinion else { return candidates }
        let fromFloor = Set(opinion.nominated.map(\.person))
        let listed = Set(candidates)
        return candidates.filter { !fromFloor.contains($0) } + opinion.withdrawing.map(\.person).filter { !listed.contains($0) }
    }
}
