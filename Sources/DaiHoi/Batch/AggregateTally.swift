import Vietnamese

/// The aggregate report's sums, added up one branch result at a time (nothing per branch is kept but
/// the names of branches with errors), so the report's memory does not grow with the branch count.
///
/// The results of a congress count only once it is held (its official session on or before `asOf`) and
/// its results are known (its file has no error and records an election): a congress still to come has no
/// result yet, whatever its file already holds, and a report never adds figures of different days.
struct AggregateTally {
    /// The day of the report.
    let asOf: CalendarDate
    /// Every branch seen.
    var branches = 0
    /// Branches held with their results known: the base of every figure below.
    var valid = 0
    /// Congresses held by `asOf` (with or without results).
    var held = 0
    /// Congresses after `asOf`.
    var upcoming = 0
    /// Held, but the results are missing: the file has errors or records no election.
    var heldWithoutResults = 0
    var committee = 0
    var women = 0
    var minorities = 0
    var university = 0
    var highTheory = 0
    var reElected = 0
    var secretaries = 0
    var secretariesReElected = 0
    var deputies = 0
    var deputiesReElected = 0
    /// How often each superior body, place name and term is named by a valid branch.
    var superiors: [String: Int] = [:]
    var places: [String: Int] = [:]
    var terms: [String: Int] = [:]
    /// Branches with errors: their name and error count.
    var invalid: [(name: String, errors: Int)] = []

    init(asOf: CalendarDate) {
        self.asOf = asOf
    }

    mutating func add(_ result: BranchResult) {
        branches += 1
        if result.errors > 0 { invalid.append((result.organisation ?? result.name, result.errors)) }
        // The issuer, place and term of the report: named by the branches whose files are valid, held or not.
        if result.errors == 0 {
            if let s = result.superior { superiors[s, default: 0] += 1 }
            if let p = result.place { places[p, default: 0] += 1 }
            if let t = result.term { terms[t, default: 0] += 1 }
        }
        guard let date = result.date.flatMap(CalendarDate.init(iso:)) else { return }
        guard date <= asOf else {
            upcoming += 1
            return
        }
        held += 1
        guard result.errors == 0, let f = result.figures, f.hasResults else {
            heldWithoutResults += 1
            return
        }
        valid += 1
        committee += f.committeeElected
        women += f.committeeWomen
        minorities += f.committeeMinorities
        university += f.committeeUniversity
        highTheory += f.committeeHighTheory
        reElected += f.committeeReElected
        if f.secretaryElected { secretaries += 1 }
        if f.secretaryReElected { secretariesReElected += 1 }
        deputies += f.deputiesElected
        deputiesReElected += f.deputiesReElected
    }

    /// The most frequent value; ties go to the alphabetically first, so the result is deterministic.
    static func mostCommon(_ counts: [String: Int]) -> String? {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.first?.key
    }
}
