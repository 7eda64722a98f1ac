import CongressModel
import Diagnostics

/// A congress sits with members in the room.
///
/// "Đại hội có mặt … đại biểu (đảng viên) trên tổng số … được triệu tập" (DOMAIN.md §2 (b)): with nobody
/// summoned, nobody present, or only probationary members present — who have no vote (Điều lệ Đảng, Điều 3) —
/// there is no congress to hold, vote or elect, and every share of "those present" divides by zero.
struct MembersPresent {
    func check(_ congress: Congress) -> [Diagnostic] {
        let figure: String
        if congress.delegates.isEmpty {
            figure = "summoned"
        } else if !congress.delegates.contains(where: \.isPresent) {
            figure = "present"
        } else if congress.votersPresent == 0 {
            figure = "voters"
        } else {
            return []
        }
        return [.error(.noMembers(figure: figure), at: congress.position("delegates", or: nil))]
    }
}
