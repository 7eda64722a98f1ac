import CongressModel
import Diagnostics

/// Biểu quyết bầu cơ quan làm việc — the vote that elects the working bodies: the minutes print its figures
/// under the bodies it names (`elects`), so a body it names must have members, and no body is elected twice.
struct WorkingBodyVotes {
    func check(_ congress: Congress) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var electedBy: [WorkingBodyKind: Motion] = [:]
        for motion in congress.motions {
            for body in motion.elects {
                if congress.bodies.members(body).isEmpty {
                    found.append(Diagnostic(severity: .error,
                                            message: .motionElectsEmptyBody(subject: motion.subject, body: body.rawValue),
                                            location: motion.location))
                } else if let first = electedBy[body] {
                    found.append(Diagnostic(severity: .error,
                                            message: .bodyElectedByTwoVotes(body: body.rawValue, first: first.subject,
                                                                      second: motion.subject),
                                            location: motion.location))
                } else {
                    electedBy[body] = motion
                }
            }
        }
        return found
    }
}
