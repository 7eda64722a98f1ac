/// "Did you mean …": the nearest candidate within an edit distance of 2, if any.
public enum Suggestion {
    /// The largest distance offered as a suggestion.
    static let reach = 2
    /// How many different unknown names one load looks for a suggestion for (each search reads every candidate).
    static let maximumSearches = 100

    public static func nearest(to word: String, among candidates: [String]) -> String? {
        let target = Array(word)
        let scored = candidates.map { ($0, distance(target, Array($0), limit: reach)) }.filter { $0.1 <= reach && $0.1 > 0 }
        return scored.min { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }?.0
    }

    /// Edit distance over characters where swapping two neighbours counts as one edit
    /// (optimal string alignment), so the commonest typo, "nmae" for "name", is the nearest.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        return distance(a, b, limit: max(a.count, b.count))
    }

    /// The distance when it is at most `limit`, else `limit + 1`. Only the cells within `limit` of the diagonal
    /// can hold a distance within it, so the work is (length × limit), not length² (two ids of a megabyte each).
    static func distance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        let beyond = limit + 1
        guard abs(a.count - b.count) <= limit else { return beyond }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        // Rows i − 2, i − 1 and i of the matrix, each cell j kept; cells off the band stay `beyond`.
        var older = [Int](repeating: beyond, count: b.count + 1)
        var previous = (0...b.count).map { $0 <= limit ? $0 : beyond }
        var current = [Int](repeating: beyond, count: b.count + 1)
        for i in 1...a.count {
            let low = max(1, i - limit), high = min(b.count, i + limit)
            current[0] = i <= limit ? i : beyond
            if low > 1 { current[low - 1] = beyond }
            for j in low...high {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var cell = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    cell = min(cell, older[j - 2] + 1)
                }
                current[j] = min(cell, beyond)
            }
            if high < b.count { current[high + 1] = beyond }
            (older, previous, current) = (previous, current, older)
        }
        return min(previous[b.count], beyond)
    }
}
