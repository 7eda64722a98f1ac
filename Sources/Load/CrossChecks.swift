import CongressModel
import Diagnostics

/// The checks that need the whole file: every reference names a person, nobody is summoned twice,
/// and the declared attendance agrees with itself and with the delegate list.
struct CrossChecks {
    let context: LoadContext

    /// Runs each check whose sections could be read, so one bad section does not hide the others' errors.
    func run(on parts: DocumentReader.Parts) {
        if let known = context.knownIDs {
            checkReferences(known: known)
        }
        if let delegates = parts.delegates {
            checkSummonedOnce(delegates)
            if let declared = parts.attendance {
                checkAttendance(declared, delegates: delegates)
            }
        }
    }

    private func checkReferences(known: [PersonID]) {
        let ids = Set(known)
        var candidates = Suggestion.Candidates(known.map(\.rawValue))
        for reference in context.references where !ids.contains(reference.id) {
            let suggestion = candidates.nearest(to: reference.id.rawValue)
            context.error(.unknownPerson(id: reference.id.rawValue, suggestion: suggestion), at: reference.location)
        }
    }

    private func checkSummonedOnce(_ delegates: [Delegate]) {
        var seen: Set<PersonID> = []
        for (index, delegate) in delegates.enumerated() where !seen.insert(delegate.person).inserted {
            let at = index < context.delegateLocations.count ? context.delegateLocations[index] : delegate.location
            context.error(.duplicateDelegate(id: delegate.person.rawValue), at: at)
        }
    }

    private func checkAttendance(_ declared: DeclaredAttendance, delegates: [Delegate]) {
        // A sum that overflows cannot equal any count summoned.
        let (sum, overflow) = declared.present.addingReportingOverflow(declared.absent)
        if overflow || sum != declared.summoned {
            context.error(.countsDoNotAddUp(summoned: declared.summoned, present: declared.present, absent: declared.absent),
                          at: declared.location)
        }
        let listed = ["summoned": delegates.count,
                      "present": delegates.filter(\.isPresent).count,
                      "absent": delegates.filter { !$0.isPresent }.count]
        let declaredFigures = ["summoned": declared.summoned, "present": declared.present, "absent": declared.absent]
        for figure in ["summoned", "present", "absent"] {
            guard let count = listed[figure], let value = declaredFigures[figure], count != value else { continue }
            context.error(.countsDisagreeWithList(figure: figure, declared: value, listed: count),
                          at: context.attendanceLocations[figure] ?? declared.location)
        }
    }
}
