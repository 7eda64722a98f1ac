/// Who may vote on a motion (biểu quyết) at the congress.
extension Congress {
    /// Số người có quyền biểu quyết có mặt — the delegates (members) present who hold a vote: every one
    /// present except the probationary members.
    ///
    /// Source: Điều lệ Đảng (2011), Điều 3: "Đảng viên dự bị có các quyền như đảng viên chính thức, trừ quyền
    /// biểu quyết, ứng cử và bầu cử cơ quan lãnh đạo của Đảng." A delegate whose membership the file does not
    /// state counts as a voter (the delegates of a đại hội đại biểu are official members).
    /// The one place this is counted: the motion check (DH222) and the minutes' percentages read it.
    public var votersPresent: Int {
        // By position, each delegate read in place (no copy of it per step).
        var count = 0
        for index in delegates.indices where delegates[index].isPresent && delegateMemberships[index] != .duBi {
            count += 1
        }
        return count
    }

    /// Đảng viên (đại biểu) chính thức được triệu tập — everyone summoned who is not a probationary member
    /// (Điều lệ Đảng, Điều 3): the default threshold base of an election (QĐ 190-QĐ/TW Điều 30), and the most
    /// a stated base can be.
    public var officialSummoned: Int {
        delegateMemberships.reduce(0) { $0 + ($1 == .duBi ? 0 : 1) }
    }
}
