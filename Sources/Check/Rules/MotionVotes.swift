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

/// One vote adopts the resolution, one approves the minutes: each paper closes on the first motion marked
/// `resolution: true` (`ResolutionViewModel.adoption`) or `minutes: true` (`MinutesViewModel`), so any other
/// motion so marked is an error in the file.
struct OneMarkedVote {
    let isMarked: @Sendable (Motion) -> Bool
    let message: @Sendable (_ subject: String, _ first: String) -> Message

    static let resolution = OneMarkedVote(isMarked: \.adoptsResolution) { .secondResolutionVote(subject: $0, first: $1) }
    static let minutes = OneMarkedVote(isMarked: \.approvesMinutes) { .secondMinutesVote(subject: $0, first: $1) }
    /// The quy chế làm việc cites the first motion marked `working_rules: true` (`WorkingRulesViewModel`).
    static let workingRules = OneMarkedVote(isMarked: \.adoptsWorkingRules) { .secondWorkingRulesVote(subject: $0, first: $1) }

    func check(_ congress: Congress) -> [Diagnostic] {
        let marked = congress.motions.filter(isMarked)
        guard let first = marked.first else { return [] }
        return marked.dropFirst().map { motion in
            Diagnostic(severity: .error, message: message(motion.subject, first.subject), location: motion.location)
        }
    }
}
