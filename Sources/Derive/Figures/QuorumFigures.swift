import Tally
import CongressModel

/// Đại hội hợp lệ — the quorum, stated and proved in official members (delegates) only.
///
/// Source: Điều lệ Đảng — a congress proceeds when at least two thirds of the official members (đảng viên chính
/// thức, at a đại hội đảng viên) or official delegates (đại biểu chính thức, at a đại hội đại biểu) summoned
/// attend; probationary members neither vote nor stand and are counted on neither side (DOMAIN.md "Quorum";
/// reviews/papers.md §2.7: 15 of 17 official members in the chi bộ sample, not 17 of 19).
/// A person whose membership the file does not state counts as official (the delegates of a đại hội đại biểu are
/// official members), as in `Congress.baseSummoned(for:)` and `Congress.votersPresent`.
public struct QuorumFigures: Sendable, Equatable {
    /// Đảng viên (đại biểu) chính thức có mặt.
    public let present: Int
    /// Đảng viên (đại biểu) chính thức được triệu tập.
    public let summoned: Int

    public init(_ attendance: AttendanceFigures) {
        present = attendance.present - attendance.probationaryPresent
        summoned = attendance.summoned - attendance.probationary
    }

    /// At least two thirds present (`present / summoned ≥ 2/3`, in integers).
    public var isMet: Bool { summoned > 0 && present * 3 >= summoned * 2 }

    /// The share `isMet` asks for, as the papers word it ("ít nhất hai phần ba số … được triệu tập").
    public static let requiredShareWords = "hai phần ba"
}
