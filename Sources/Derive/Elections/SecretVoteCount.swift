import CongressModel
import Elections
import Tally
import Vietnamese

/// Biểu quyết bằng phiếu kín — one motion the congress voted by secret ballot (`motions[].secret`), counted once for
/// every paper that prints it (the ballot, the count's minutes, the congress minutes): its base — the official
/// delegates (members) summoned less the stated exclusions, as the election threshold (`ThresholdBase`; QĐ 24-QĐ/TW
/// mục 9.3) — and whether "tán thành" passes more than half of it (`SecretVoteRules`).
struct SecretVoteCount: Sendable {
    let motion: Motion
    let ballots: BallotCounts
    let base: ThresholdBase
    let adopted: Bool
    /// 1-based among the secret motions, in file order (their numbering).
    let sheet: Int

    /// The motions voted by secret ballot, in file order.
    static func all(_ congress: Congress) -> [SecretVoteCount] {
        congress.motions.filter { $0.secret != nil }.enumerated().compactMap { index, motion in
            motion.secret.map { SecretVoteCount(motion, ballots: $0, sheet: index + 1, congress: congress) }
        }
    }

    init(_ motion: Motion, ballots: BallotCounts, sheet: Int, congress: Congress) {
        self.motion = motion
        self.ballots = ballots
        self.sheet = sheet
        base = congress.secretVoteBase(of: motion)
        adopted = SecretVoteRules.isAdopted(inFavour: motion.inFavour, base: base)
    }
}
