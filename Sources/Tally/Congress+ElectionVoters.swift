import CongressModel

extension Congress {
    /// Người bầu có mặt — who receives a ballot in `election`: at an election the congress holds, the voters
    /// present (`votersPresent`: present, probationary members excepted, Điều lệ Đảng Điều 3); at the first meeting
    /// of the new committee (DOMAIN.md "Who elects what"), the committee's members present at it
    /// (`firstMeetingPresent`: those elected less those recorded absent). Without a committee election the first
    /// meeting has no known members and the congress's voters stand in. The count's balance checks read it.
    public func votersPresent(for election: Election) -> Int {
        guard heldAtFirstMeeting(election), let present = firstMeetingPresent else { return votersPresent }
        return present.members - present.absent.count
    }
}
