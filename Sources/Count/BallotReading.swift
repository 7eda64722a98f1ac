import Elections

/// What one clerk read on one ballot (một lá phiếu), identified only by its pile and position — never by any mark
/// on the paper (the vote is secret, QĐ 190-QĐ/TW Điều 30).
///
/// Stored as one canonical line (`canonical`), so two readings are the same exactly when their lines are, and the
/// entry log hashes the lines as written.
public enum BallotReading: Sendable, Hashable {
    /// Phiếu có số dư (gạch tên): the positions (1-based, in ballot order) of the names left standing.
    case kept(Set<Int>)
    /// Phiếu không có số dư: per name in ballot order, đồng ý / không đồng ý / neither (both or no box marked,
    /// which counts for no one and leaves the ballot valid — `BallotForm.approvalBoxes`).
    case approval([Approval])
    /// Phiếu không hợp lệ, with the reason of the thể lệ.
    case invalid(InvalidBallotReason)

    /// One name on a ballot without surplus.
    public enum Approval: Character, Sendable, Hashable {
        /// Đồng ý.
        case agree = "y"
        /// Không đồng ý.
        case disagree = "n"
        /// Both boxes or neither: no vote for this name.
        case neither = "-"
    }

    /// `K:1,3,5` · `A:yyn-` · `I:more-names-than-seats` — positions ascending, one form per reading.
    public var canonical: String {
        switch self {
        case .kept(let positions): "K:" + positions.sorted().map(String.init).joined(separator: ",")
        case .approval(let marks): "A:" + String(marks.map(\.rawValue))
        case .invalid(let reason): "I:" + reason.code
        }
    }

    /// Reads a canonical line back; `nil` for anything else.
    public init?(canonical: String) {
        let body = canonical.dropFirst(2)
        switch canonical.prefix(2) {
        case "K:":
            if body.isEmpty { self = .kept([]); return }
            var positions = Set<Int>()
            for part in body.split(separator: ",", omittingEmptySubsequences: false) {
                guard let n = Int(part), n > 0, positions.insert(n).inserted else { return nil }
            }
            self = .kept(positions)
        case "A:":
            var marks: [Approval] = []
            for c in body {
                guard let mark = Approval(rawValue: c) else { return nil }
                marks.append(mark)
            }
            self = .approval(marks)
        case "I:":
            guard let reason = InvalidBallotReason(code: String(body)) else { return nil }
            self = .invalid(reason)
        default:
            return nil
        }
    }

    /// Whether the ballot counts (is valid).
    public var isValid: Bool {
        if case .invalid = self { return false }
        return true
    }

    /// The positions (1-based) the ballot gives a vote to: the names kept, or marked đồng ý.
    public var votes: [Int] {
        switch self {
        case .kept(let positions): positions.sorted()
        case .approval(let marks): marks.indices.filter { marks[$0] == .agree }.map { $0 + 1 }
        case .invalid: []
        }
    }
}
