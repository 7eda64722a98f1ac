import CongressModel

/// Tình hình đại biểu (đảng viên) dự đại hội — every attendance figure, computed once from the delegate list.
///
/// Both the minutes and the script's attendance item read these; nothing else counts attendance.
public struct AttendanceFigures: Sendable, Equatable {
    /// Tổng số được triệu tập.
    public let summoned: Int
    /// Có mặt.
    public let present: Int
    /// Vắng mặt.
    public let absent: Int
    /// Vắng mặt có lý do được chấp thuận.
    public let absentExcused: Int
    /// Đảng viên chính thức được triệu tập.
    public let official: Int
    /// Đảng viên dự bị được triệu tập.
    public let probationary: Int
    /// Đảng viên chính thức có mặt.
    public let officialPresent: Int
    /// Đảng viên dự bị có mặt.
    public let probationaryPresent: Int
    /// Miễn sinh hoạt.
    public let exempt: Int
    /// Miễn sinh hoạt có mặt.
    public let exemptPresent: Int

    /// Counts every figure in one pass over the delegates and their memberships.
    public init(_ congress: Congress) {
        var counts = Counts()
        for (delegate, membership) in zip(congress.delegates, congress.delegateMemberships) {
            counts.add(delegate, membership: membership)
        }
        summoned = congress.delegates.count
        present = counts.present
        absent = summoned - present
        absentExcused = counts.absentExcused
        official = counts.official
        probationary = counts.probationary
        officialPresent = counts.officialPresent
        probationaryPresent = counts.probationaryPresent
        exempt = counts.exempt
        exemptPresent = counts.exemptPresent
    }
}

private extension AttendanceFigures {
    /// The running totals of the one pass.
    struct Counts {
        var present = 0, absentExcused = 0, official = 0, probationary = 0
        var officialPresent = 0, probationaryPresent = 0, exempt = 0, exemptPresent = 0

        mutating func add(_ delegate: Delegate, membership: Membership?) {
            let isPresent = delegate.isPresent
            if isPresent { present += 1 }
            if delegate.absence?.excused == true { absentExcused += 1 }
            switch membership {
            case .chinhThuc?:
                official += 1
                if isPresent { officialPresent += 1 }
            case .duBi?:
                probationary += 1
                if isPresent { probationaryPresent += 1 }
            case nil:
                break
            }
            if delegate.exempt {
                exempt += 1
                if isPresent { exemptPresent += 1 }
            }
        }
    }
}
