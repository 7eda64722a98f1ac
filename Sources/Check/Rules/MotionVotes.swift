import CongressModel
import Diagnostics
import Vietnamese

/// Biểu quyết giơ tay — a show-of-hands vote counts only the hands that hold a vote in the room.
///
/// A motion is voted by those present (giơ tay / giơ thẻ đảng, DOMAIN.md §2 a), probationary members
/// excepted (Điều lệ Đảng, Điều 3: no vote), and the minutes print each figure as a share of those voters:
/// tán thành + không tán thành + không biểu quyết cannot be more than `Congress.votersPresent`.
struct MotionVotes {
    func check(_ congress: Congress) -> [Diagnostic] {
        let voters = congress.votersPresent
        return congress.motions.compactMap { motion -> Diagnostic? in
            let total = [motion.inFavour, motion.against, motion.abstained].saturatingSum()
            guard total > voters else { return nil }
            return Diagnostic(severity: .error,
                              message: .motionVotesExceedPresent(subject: motion.subject, inFavour: motion.inFavour,
                                                                 against: motion.against, abstained: motion.abstained,
                                                                 total: total, voters: voters),
                              location: motion.location)
        }
    }
}

/// One vote adopts the resolution: the resolution's closing line follows the first motion marked
/// `resolution: true` (`ResolutionViewModel.adoption`), so any other is an error in the file.
struct ResolutionVote {
    func check(_ congress: Congress) -> [Diagnostic] {
        let marked = congress.motions.filter(\.adoptsResolution)
        guard let first = marked.first else { return [] }
        return marked.dropFirst().map { motion in
            Diagnostic(severity: .error, message: .secondResolutionVote(subject: motion.subject, first: first.subject),
                       location: motion.location)
        }
    }
}
