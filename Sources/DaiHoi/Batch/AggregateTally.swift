/// The aggregate report's sums, added up one branch result at a time (nothing per branch is kept but
/// the names of branches with errors), so the report's memory does not grow with the branch count.
struct AggregateTally {
    /// Every branch seen.
    var branches = 0
    /// Branches without errors whose figures are known.
    var valid = 0
    var held = 0
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
    /// The latest congress date of a valid branch (ISO, so the string order is the date order).
    var latestDate: String?
    /// Branches with errors: their name and error count.
    var invalid: [(name: String, errors: Int)] = []

    mutating func add(_ result: BranchResult) {
        branches += 1
        if result.errors > 0 { invalid.append((result.organisation ?? result.name, result.errors)) }
        guard result.errors == 0, let f = result.figures else { return }
        valid += 1
        if f.held { held += 1 }
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
        if let s = result.superior { superiors[s, default: 0] += 1 }
        if let p = result.place { places[p, default: 0] += 1 }
        if let t = result.term { terms[t, default: 0] += 1 }
        if let d = result.date, d > (latestDate ?? "") { latestDate = d }
    }

    /// The most frequent value; ties go to the alphabetically first, so the result is deterministic.
    static func mostCommon(_ counts: [String: Int]) -> String? {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.first?.key
    }
}
