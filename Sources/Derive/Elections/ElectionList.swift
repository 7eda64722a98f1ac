import Tally
import CongressModel

/// Danh sách các cuộc bầu cử — every election of the congress and of its new committee's first meeting, derived
/// once, each with its result, who holds it and the name every paper prints: the congress's own elections
/// first, then the first meeting's (whose results the congress records), each group in the order of the file.
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

        /// The name in running text, after "Bầu …": "đại biểu chính thức đi dự Đại hội …" begins in lower case
        /// (they are people, not a body), a body's name ("Ban Chấp hành …", "Bí thư …") stays as it is.
        public var nameInText: String {
            switch election.body {
            case .daiBieuCapTren, .daiBieuDuKhuyet: name.lowercasedFirst
            default: name
            }
        }
    }

    /// Every election: the congress's, then the first meeting's.
    public let entries: [Entry]

    public init(_ congress: Congress) {
        let all = congress.elections.map { election in
            Entry(election: election, outcome: ElectionOutcome(election, congress: congress),
                  holding: ElectionHolding(election, congress: congress),
                  name: ElectedBodyNaming.nameWithTerm(election.body, congress: congress))
        }
        entries = all.filter { !$0.holding.atFirstMeeting } + all.filter { $0.holding.atFirstMeeting }
    }

    /// The elections the congress holds (its Ban Kiểm phiếu counts them).
    public var heldByCongress: [Entry] { entries.filter { !$0.holding.atFirstMeeting } }
    /// The elections the first meeting of the new committee holds.
    public var heldAtFirstMeeting: [Entry] { entries.filter { $0.holding.atFirstMeeting } }
}
