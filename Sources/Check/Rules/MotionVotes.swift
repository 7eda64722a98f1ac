import CongressModel
import Diagnostics
import Vietnamese

/// Biểu quyết giơ tay — a show-of-hands vote counts only the hands in the room.
///
/// A motion is voted by those present (giơ tay / giơ thẻ đảng, DOMAIN.md §2 a), and the minutes print each
/// figure as a share of those present: tán thành + không tán thành + không biểu quyết cannot be more than the
/// delegates (members) present, counted from the delegate list as the minutes count them.
struct MotionVotes {
    func check(_ congress: Congress) -> [Diagnostic] {
        let present = congress.delegates.filter(\.isPresent).count
        return congress.motions.compactMap { motion in
            let total = [motion.inFavour, motion.against, motion.abstained].saturatingSum()
            guard total > present else { return nil }
            return Diagnostic(severity: .error,
                              message: .motionVotesExceedPresent(subject: motion.subject, inFavour: motion.inFavour,
                                                                 against: motion.against, abstained: motion.abstained,
                                                                 total: total, present: present),
                              location: motion.location)
        }
    }
}
