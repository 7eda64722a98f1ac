import CongressModel
import Tally
import Diagnostics
import Vietnamese

/// Who elects what (DOMAIN.md "Who elects what" [CONFIRMED]; issue 13 §2).
///
/// - The congress elects the cấp ủy and the delegation to the upper congress; Ban Thường vụ, Bí thư, Phó Bí thư,
///   Ủy ban Kiểm tra and its Chủ nhiệm are elected by the new committee at its first meeting
///   (`Congress.electsAtCongress`). A `held_by:` that says otherwise is refused (DH293).
/// - The first meeting's voters, chair and counting board are the elected committee members (the results of
///   the congress's Ban Chấp hành / Chi ủy election): a chair or counter outside it is refused (DH291), and so
///   is a candidate for Ban Thường vụ, Bí thư, Phó Bí thư or Chủ nhiệm UBKT outside it (DH290). Ủy ban Kiểm tra
///   members are exempt: it "gồm một số đồng chí trong cấp ủy và một số đồng chí ngoài cấp ủy" (Điều lệ Đảng
///   2011, Điều 32).
/// - Elections held at a first meeting with no `first_meeting:` section get a warning (DH292); the papers then
///   take the official session's day and print no board.
struct WhoElectsWhat {
    /// Bodies whose holders must sit on the committee (Điều lệ Đảng 2011, Điều 13 khoản 1 and Điều 32).
    static let fromCommitteeOnly: Set<ElectedBody> = [.banThuongVu, .biThu, .phoBiThu, .chuNhiemUyBanKiemTra]

    func check(_ congress: Congress) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let committee = congress.committeeElection.map { committee in
            Set(ElectionOutcome(committee, congress: congress).elected.map(\.person))
        }
        var undescribed = true
        for (index, election) in congress.elections.enumerated() {
            let atFirstMeeting = congress.heldAtFirstMeeting(election)
            if let stated = election.statedHolder, (stated == .firstMeeting) != atFirstMeeting {
                found.append(.error(.electionHolderContradictsBody(election: election.id, body: election.body.rawValue,
                                                                  stated: stated.rawValue),
                                    at: congress.position("\(Paths.election(index)).held_by", or: election.location)))
            }
            guard atFirstMeeting else { continue }
            if congress.firstMeeting == nil, undescribed {
                undescribed = false
                found.append(Diagnostic(severity: .warning, message: .firstMeetingNotDescribed(election: election.id),
                                        location: congress.position(Paths.election(index), or: election.location)))
            }
            guard let committee, Self.fromCommitteeOnly.contains(election.body) else { continue }
            for (position, candidate) in election.candidates.enumerated() where !committee.contains(candidate) {
                found.append(.error(.firstMeetingCandidateNotOnCommittee(election: election.id, candidate: candidate.rawValue),
                                    at: congress.position("\(Paths.election(index)).candidates[\(position + 1)]",
                                                          or: election.location)))
            }
        }
        if let meeting = congress.firstMeeting, let committee {
            for (role, people) in [("chair", meeting.chair), ("vote_counting", meeting.voteCounting)] {
                for (position, person) in people.enumerated() where !committee.contains(person) {
                    found.append(.error(.firstMeetingMemberNotOnCommittee(person: person.rawValue, role: role),
                                        at: congress.position("first_meeting.\(role)[\(position + 1)]", or: meeting.location)))
                }
            }
            found += Self.absentees(meeting, committee: committee, in: congress)
            found += Self.votes(meeting, in: congress)
        }
        return found
    }

    /// `first_meeting.board_vote`, `minutes_vote`: a show of hands counts the committee members present
    /// (`Congress.firstMeetingPresent`), so its hands cannot outnumber them (DH470), as a motion's cannot outnumber
    /// the congress's voters (`MotionVotes`).
    static func votes(_ meeting: FirstMeeting, in congress: Congress) -> [Diagnostic] {
        guard let attendance = congress.firstMeetingPresent else { return [] }
        let present = attendance.members - attendance.absent.count
        return [("board_vote", meeting.boardVote), ("minutes_vote", meeting.minutesVote)].compactMap { key, vote in
            guard let vote else { return nil }
            let total = [vote.inFavour, vote.against, vote.abstained].saturatingSum()
            guard total > present else { return nil }
            return .error(.firstMeetingVoteExceedsPresent(vote: key, total: total, present: present),
                          at: congress.position("first_meeting.\(key).for", or: vote.location ?? meeting.location))
        }
    }

    /// `first_meeting.absent`: only members of the new committee (DH251), and none who chairs, keeps the minutes or
    /// counts (DH252).
    static func absentees(_ meeting: FirstMeeting, committee: Set<PersonID>, in congress: Congress) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let absent = Set(meeting.absent)
        for (position, person) in meeting.absent.enumerated() where !committee.contains(person) {
            found.append(.error(.firstMeetingAbsentNotOnCommittee(person: person.rawValue),
                                at: congress.position("first_meeting.absent[\(position + 1)]", or: meeting.location)))
        }
        for (role, people) in [("chair", meeting.chair), ("secretary", meeting.secretary), ("vote_counting", meeting.voteCounting)] {
            for (position, person) in people.enumerated() where absent.contains(person) {
                found.append(.error(.firstMeetingAbsentServes(person: person.rawValue, role: role),
                                    at: congress.position("first_meeting.\(role)[\(position + 1)]", or: meeting.location)))
            }
        }
        return found
    }
}
