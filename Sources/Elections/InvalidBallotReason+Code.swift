/// The reason's code in the count's entry log and API (`I:more-names-than-seats`, docs/count.md): the count writes
/// it, the entry-log paper reads it back.
extension InvalidBallotReason {
    /// The reason's code in the entry log and the API (`more-names-than-seats`).
    public var code: String {
        switch self {
        case .notIssuedByBoard: "not-issued-by-board"
        case .moreNamesThanSeats: "more-names-than-seats"
        case .noNameKept: "no-name-kept"
        case .nameAdded: "name-added"
        case .identifiesVoter: "identifies-voter"
        }
    }

    public init?(code: String) {
        guard let reason = Self.allCases.first(where: { $0.code == code }) else { return nil }
        self = reason
    }
}
