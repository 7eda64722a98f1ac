import CongressModel
import Diagnostics
import Vietnamese

/// check: the domain rules a loaded congress must satisfy, as diagnostics.
///
/// Loading already guarantees the structure (types, ids, dates, attendance arithmetic);
/// the rules here judge the content. Each rule is one file under `Rules/`, with its source.
public struct CongressChecker: Sendable {
    /// The day the check is made, for the script deadline; without it the deadline is not judged.
    public var asOf: CalendarDate?

    public init(asOf: CalendarDate? = nil) {
        self.asOf = asOf
    }

    /// Every rule's diagnostics, sorted by position in the file (unlocated last, in rule order).
    public func check(_ congress: Congress) -> [Diagnostic] {
        let found = BlankNames().check(congress)
            + MembersPresent().check(congress)
            + WorkingBodies().check(congress)
            + OnePersonOnce().check(congress)
            + ElectionIdentifiers().check(congress)
            + CandidateEligibility().check(congress)
            + DayBoundary().check(congress)
            + ScriptReadiness(asOf: asOf).check(congress)
            + ScheduleOverrun().check(congress)
            + PresidiumSize().check(congress)
            + MotionVotes().check(congress)
            + OneMarkedVote.resolution.check(congress)
            + OneMarkedVote.minutes.check(congress)
            + OneMarkedVote.workingRules.check(congress)
            + WorkingBodyVotes().check(congress)
            + ElectionChecks().check(congress)
            + EmptyThresholdBase().check(congress)
            + ReportReadingTime().check(congress)
            + CongressKindRules().check(congress)
            + TermLength().check(congress)
            + ExclusionReasons().check(congress)
            + RawHTMLInProse().check(congress)
            + WhoElectsWhat().check(congress)
            + DelegationAllocated().check(congress)
            + DelegatesByDelegation().check(congress)
            + ScriptElections().check(congress)
            + SecretVoteChecks().check(congress)
            + DraftCommentChecks().check(congress)
            + EntryLogMatchesCheckCode().check(congress)
        let programme: [Diagnostic] = ClosingTime(asOf: asOf).check(congress) + FlagFirst().check(congress)
            + BreaksInSession().check(congress) + InvitedGuests().check(congress) + BodiesInTheirItem().check(congress)
        return (found + programme).enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }
}
