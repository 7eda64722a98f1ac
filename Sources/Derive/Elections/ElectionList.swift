import CongressModel

/// Danh sách các cuộc bầu cử — every election of the congress and of its new committee's first meeting, derived
/// once, in the order of the file, each with its result, who holds it and the name every paper prints.
///
/// The vote-count minutes, the ballots, the congress minutes and the resolution all read the elections from
/// here, so no paper can name an election another leaves out, or name it differently (issue 13 §2
/// "Consistency").
public struct ElectionList: Sendable {
    public struct Entry: Sendable {
        public let election: Election
        public let outcome: ElectionOutcome
        public let holding: ElectionHolding
        /// "Ban Chấp hành Đảng bộ huyện Hưng Hà nhiệm kỳ 2020 - 2025" (`ElectedBodyNaming.nameWithTerm`).
        public let name: String
    }

    /// Every election, in the order of the file.
    public let entries: [Entry]

    public init(_ congress: Congress) {
        entries = congress.elections.map { election in
            Entry(election: election, outcome: ElectionOutcome(election, congress: congress),
                  holding: ElectionHolding(election, congress: congress),
                  name: ElectedBodyNaming.nameWithTerm(election.body, congress: congress))
        }
    }

    /// The elections the congress holds (its Ban Kiểm phiếu counts them).
    public var heldByCongress: [Entry] { entries.filter { !$0.holding.atFirstMeeting } }
    /// The elections the first meeting of the new committee holds.
    public var heldAtFirstMeeting: [Entry] { entries.filter { $0.holding.atFirstMeeting } }
}
