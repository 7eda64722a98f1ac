/// Xin ý kiến đại hội — the congress's secret opinion on the people nominated or standing from the floor (ứng cử,
/// được đề cử tại đại hội) and on those who ask to withdraw from the list (xin rút), before the list is voted.
///
/// - A nominee the convening committee did not propose enters the list only with the agreement of MORE than 30 % of
///   the delegates (members) at the congress: "phải được từ hơn 30% tổng số đại biểu (đảng viên) dự đại hội (hội
///   nghị) đồng ý giới thiệu mới được đưa vào danh sách để đại hội (hội nghị) xem xét, quyết định" (QĐ 190-QĐ/TW
///   Điều 14 khoản 3 [CONFIRMED], baobackan.vn post66998).
/// - Who may withdraw is decided by the congress "bằng hình thức biểu quyết bằng phiếu hoặc giơ tay" on the
///   presidium's proposal (Hướng dẫn 03-HD/TW 2020, carried into 04-HD/TW 2024; baonghean.vn 265029); the share
///   that lets a person withdraw is not stated: UNCONFIRMED, `settings.withdrawal_agree_percent` (default 50, "quá
///   một nửa").
///
/// Both are shares of those present who hold a vote, compared by ``ElectionRules/exceedsShare(votes:base:percent:)``,
/// the comparison of every threshold.
public enum FloorOpinionRules {
    /// "từ hơn 30%" (QĐ 190 Điều 14 khoản 3).
    public static let nomineePercent = 30
    /// "quá một nửa" — the default share that lets a person withdraw (UNCONFIRMED).
    public static let defaultWithdrawalPercent = 50

    /// Whether a nominee from the floor enters the list: `agree` more than 30 % of `present`.
    public static func entersList(agree: Int, present: Int) -> Bool {
        ElectionRules.exceedsShare(votes: agree, base: present, percent: nomineePercent)
    }

    /// Whether a person asking to withdraw may: `agree` more than `percent` % of `present`.
    public static func mayWithdraw(agree: Int, present: Int, percent: Int = defaultWithdrawalPercent) -> Bool {
        ElectionRules.exceedsShare(votes: agree, base: present, percent: percent)
    }
}

/// Biểu quyết bằng phiếu kín — a motion the congress votes by secret ballot ("Tán thành / Không tán thành").
///
/// Adopted only with MORE than half of the base: "Nghị quyết của các cơ quan lãnh đạo của Đảng chỉ có giá trị thi hành
/// khi có hơn một nửa số thành viên trong cơ quan đó tán thành" (Điều lệ Đảng Điều 9 khoản 5), whose members at a
/// congress are the official delegates (members) summoned less the exclusions of the election threshold (QĐ
/// 24-QĐ/TW 2021 mục 9.3 [SECONDARY], lawnet.vn 1008265) — the same ``ThresholdBase`` and ``ElectionRules/passesThreshold(votes:base:)``
/// the elections use.
public enum SecretVoteRules {
    /// Whether the motion is adopted: the ballots "tán thành" pass the threshold of `base`.
    public static func isAdopted(inFavour: Int, base: ThresholdBase) -> Bool {
        ElectionRules.passesThreshold(votes: inFavour, base: base.value)
    }

    /// The ballot arithmetic of a secret vote, as ``BallotArithmetic`` judges every round: issued ≥ collected, valid +
    /// invalid = collected, and "tán thành" + "không tán thành" at most the valid ballots (one mark a ballot: a round of
    /// one place whose two "candidates" are the two answers).
    public static func problems(ballots: BallotCounts, inFavour: Int, against: Int) -> [BallotProblem] {
        BallotArithmetic.problems(ElectionRound(seats: 1, ballots: ballots, candidates: [
            CandidateVotes(candidate: "for", votes: inFavour), CandidateVotes(candidate: "against", votes: against),
        ]))
    }
}
