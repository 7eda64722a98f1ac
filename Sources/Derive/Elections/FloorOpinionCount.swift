import CongressModel
import Elections
import Vietnamese

/// Kiểm phiếu xin ý kiến — one election's opinion on its nominees from the floor and on those asking to withdraw,
/// decided once for every paper that prints it (the opinion ballots, their count's minutes): each person's
/// ballots agreeing against the voters present, and whether that puts the nominee on the list or lets the person
/// withdraw (`FloorOpinionRules`: QĐ 190-QĐ/TW Điều 14 khoản 3, `settings.withdrawal_agree_percent`).
struct FloorOpinionCount: Sendable {
    /// One person asked about.
    struct Row: Sendable {
        let name: String
        let agree: Int
        /// Put on the list (a nominee) or allowed to withdraw.
        let granted: Bool
    }

    let entry: ElectionList.Entry
    let ballots: BallotCounts
    /// Số đại biểu (đảng viên) có quyền biểu quyết có mặt — the base of both shares (`Congress.votersPresent`).
    let voters: Int
    /// Người ứng cử, được đề cử tại đại hội, in A, B, C order.
    let nominated: [Row]
    /// Người xin rút, in A, B, C order.
    let withdrawing: [Row]
    /// The fewest ballots that put a nominee on the list ("hơn 30%").
    let nomineeMinimum: Int?
    /// The fewest ballots that let a person withdraw.
    let withdrawalMinimum: Int?
    /// The share that lets a person withdraw (`settings.withdrawal_agree_percent`).
    let withdrawalPercent: Int

    /// The elections whose data holds an opinion (`floor_opinion:`), in the election list's order.
    static func all(_ congress: Congress, elections: ElectionList? = nil) -> [FloorOpinionCount] {
        (elections ?? ElectionList(congress)).entries.compactMap { entry in
            entry.election.floorOpinion.map { FloorOpinionCount(entry, opinion: $0, congress: congress) }
        }
    }

    init(_ entry: ElectionList.Entry, opinion: FloorOpinion, congress: Congress) {
        self.entry = entry
        ballots = opinion.ballots
        let voters = congress.votersPresent
        let percent = congress.settings.withdrawalAgreePercent
        self.voters = voters
        withdrawalPercent = percent
        let rows = { (opinions: [PersonOpinion], granted: (Int) -> Bool) -> [Row] in
            VietnameseCollation.sorted(opinions, byName: { congress.person($0.person)?.name ?? $0.person.rawValue })
                .map { Row(name: congress.person($0.person)?.name ?? $0.person.rawValue, agree: $0.agree, granted: granted($0.agree)) }
        }
        nominated = rows(opinion.nominated) { FloorOpinionRules.entersList(agree: $0, present: voters) }
        withdrawing = rows(opinion.withdrawing) { FloorOpinionRules.mayWithdraw(agree: $0, present: voters, percent: percent) }
        nomineeMinimum = ElectionRules.minimumVotes(base: voters, percent: FloorOpinionRules.nomineePercent)
        withdrawalMinimum = ElectionRules.minimumVotes(base: voters, percent: percent)
    }
}
