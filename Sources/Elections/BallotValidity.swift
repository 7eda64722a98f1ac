/// Cách bỏ phiếu — how a ballot is marked, which follows from its list (QĐ 190-QĐ/TW Điều 30; DOMAIN.md §3
/// "Threshold"): the ballots paper lays it out and the election rules (thể lệ bầu cử) explain it, from this one rule.
public enum BallotForm: Sendable, Hashable {
    /// Danh sách có số dư — more candidates than places: the voter strikes out the names of those not chosen.
    case strikeNames
    /// Danh sách không có số dư — as many candidates as places: a box "Đồng ý" and "Không đồng ý" per name; both
    /// boxes or neither marked does not count for that person, and the ballot stays valid.
    case approvalBoxes

    /// The form of a ballot listing `candidates` names for `seats` places.
    public init(candidates: Int, seats: Int) {
        self = candidates > seats ? .strikeNames : .approvalBoxes
    }
}

/// Phiếu không hợp lệ — what makes a ballot invalid (QĐ 244-QĐ/TW Điều 17, carried over by QĐ 190-QĐ/TW, and the
/// thể lệ of real congresses: DOMAIN.md "Ballot validity" [CONFIRMED]); votes are counted on valid ballots only.
public enum InvalidBallotReason: Sendable, Hashable, CaseIterable {
    /// Phiếu không do Ban Kiểm phiếu phát ra.
    case notIssuedByBoard
    /// Phiếu bầu nhiều hơn số lượng cần bầu: more names kept (or approved) than places.
    case moreNamesThanSeats
    /// Phiếu gạch tên tất cả trên danh sách có số dư: no name kept where names are struck (QĐ 244 Điều 17).
    case noNameKept
    /// Phiếu ghi thêm tên người ngoài danh sách bầu cử.
    case nameAdded
    /// Phiếu có đánh dấu, ký tên hoặc viết thêm để nhận biết người bầu.
    case identifiesVoter

    /// Whether the reason can apply to a ballot of `form` (no name is "kept" on a ballot with boxes).
    public func applies(to form: BallotForm) -> Bool {
        self != .noNameKept || form == .strikeNames
    }
}
