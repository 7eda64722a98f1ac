import CongressModel
import Elections

extension Congress {
    /// Số ủy viên cấp ủy khóa mới — the members the congress elected to the new committee (its Ban Chấp hành or
    /// Chi ủy election's result; its places while the file gives no round yet); `nil` without such an election.
    /// The voters of its first meeting and the base of that meeting's elections (DOMAIN.md "Who elects what").
    public var newCommitteeSize: Int? {
        guard let committee = committeeElection else { return nil }
        return committee.rounds.isEmpty ? committee.seats : ElectionOutcome(committee, congress: self).elected.count
    }

    /// Có mặt tại Hội nghị lần thứ nhất — the new committee's members present at its first meeting: the members
    /// elected less those of them listed in `first_meeting.absent` (each once; a name not elected is not one of
    /// them, and `check` refuses it); `nil` without a committee election.
    public var firstMeetingPresent: (members: Int, absent: [PersonID])? {
        guard let committee = committeeElection, let members = newCommitteeSize else { return nil }
        let elected = Set(ElectionOutcome(committee, congress: self).elected.map(\.person))
        var seen = Set<PersonID>()
        let absent = (firstMeeting?.absent ?? []).filter { (committee.rounds.isEmpty || elected.contains($0)) && seen.insert($0).inserted }
        return (members, absent)
    }

    /// The summoned part of an election's threshold base (QĐ 190-QĐ/TW Điều 30), before the stated exclusions:
    /// the base the data states; at the first meeting of the new committee, the committee's size
    /// (`newCommitteeSize`); otherwise the official delegates (members) summoned — everyone on the list who is
    /// not a probationary member. The one place this is decided: the papers and `check` read it.
    public func baseSummoned(for election: Election) -> Int {
        if let declared = election.declaredBase { return declared }
        if heldAtFirstMeeting(election), let members = newCommitteeSize { return members }
        return officialSummoned
    }

    /// The threshold base of a motion voted by secret ballot (Điều lệ Đảng Điều 9 khoản 5, `SecretVoteRules`): the
    /// official members summoned less the vote's stated exclusions. The one place this is decided: the secret-vote
    /// minutes and `check` (DH580) read it.
    public func secretVoteBase(of motion: Motion) -> ThresholdBase {
        ThresholdBase(summoned: officialSummoned,
                      exclusions: motion.secretBaseExclusions.map { .init(reason: $0.printedReason, count: $0.count) })
    }
}

extension Congress {
    /// The election rules' settings of the congress file (tie rule, maximum surplus), as every election is counted
    /// with them (`ElectionOutcome`): the election rules paper words the same values.
    public var electionSettings: ElectionSettings { ElectionOutcome.settings(settings) }
}
