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

    public init(_ congress: Congress) {
        let delegates = congress.delegates
        func membership(_ d: Delegate) -> Membership? { congress.person(d.person)?.membership }
        summoned = delegates.count
        present = delegates.filter(\.isPresent).count
        absent = summoned - present
        absentExcused = delegates.filter { $0.absence?.excused == true }.count
        official = delegates.filter { membership($0) == .chinhThuc }.count
        probationary = delegates.filter { membership($0) == .duBi }.count
        officialPresent = delegates.filter { $0.isPresent && membership($0) == .chinhThuc }.count
        probationaryPresent = delegates.filter { $0.isPresent && membership($0) == .duBi }.count
        exempt = delegates.filter(\.exempt).count
        exemptPresent = delegates.filter { $0.exempt && $0.isPresent }.count
    }
}
