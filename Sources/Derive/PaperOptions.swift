/// Choices about how the papers are produced that are not facts of the congress (those live in its file):
/// they come from the command line.
public struct PaperOptions: Sendable, Equatable {
    /// How many copies of each ballot the ballots paper holds.
    public var ballotCopies: BallotCopies
    /// At most this many giấy triệu tập and as many giấy mời (`--summons-proof N`: a proof of the first sheets to check
    /// before printing the run); nil: one sheet for everyone summoned and every guest.
    public var summonsLimit: Int?

    public init(ballotCopies: BallotCopies = .one, summonsLimit: Int? = nil) {
        self.ballotCopies = ballotCopies
        self.summonsLimit = summonsLimit
    }
}

/// How many copies of each ballot to lay out (`daihoi render --ballot-copies`).
public enum BallotCopies: String, Sendable, Equatable, CaseIterable {
    /// One sheet per election and round: the master to check and to copy (default).
    case one
    /// As many sheets of each round as the ballots issued in it (số phiếu phát ra), one per page, so
    /// the file prints the whole run; a round without a recorded issue count gets one sheet.
    case issued
}

extension BallotCopies {
    /// How many sheets of one ballot the paper holds: one master, or one per ballot issued (at least one, at most
    /// `BallotsViewModel.maximumCopies`). The election ballots, the opinion ballots and the secret-vote ballots count
    /// their copies here.
    func sheets(issued: Int) -> Int {
        self == .issued ? min(max(1, issued), BallotsViewModel.maximumCopies) : 1
    }
}
