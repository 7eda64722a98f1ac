/// "Did you mean …": the nearest candidate within an edit distance of 2, if any.
enum Suggestion {
    static func nearest(to word: String, among candidates: [String]) -> String? {
        var candidates = Candidates(candidates, budget: .max)
        return candidates.nearest(to: word)
    }

    /// Candidates split into characters once, for a caller that looks up many words among the same
    /// ones (every unknown reference among every person id).
    ///
    /// A suggestion is a courtesy, so its work is bounded: after `budget` comparisons of a word with a
    /// candidate, the later words get none. A hostile file with thousands of unknown references among
    /// thousands of ids would otherwise cost thousands squared distances (found by fuzzing); a real
    /// file with a few misspelt ids among a few hundred people never comes near it.
    struct Candidates {
        private let candidates: [(text: String, characters: [Character])]
        private var budget: Int

        init(_ candidates: [String], budget: Int = 300_000) {
            self.candidates = candidates.map { ($0, Array($0)) }
            self.budget = budget
        }

        /// The nearest candidate within an edit distance of 2 (not 0), ties broken alphabetically;
        /// `nil` also once the budget is spent.
        mutating func nearest(to word: String) -> String? {
            guard budget >= candidates.count else { return nil }
            budget -= candidates.count
            let word = Array(word)
            var best: (text: String, distance: Int)?
            for candidate in candidates where abs(candidate.characters.count - word.count) <= 2 {
                guard let found = Suggestion.distance(word, candidate.characters, atMost: 2), found > 0 else { continue }
                if let current = best, current.distance < found || (current.distance == found && current.text <= candidate.text) {
                    continue
                }
                best = (candidate.text, found)
            }
            return best?.text
        }
    }

    /// ``distance(_:_:)`` when it is at most `limit`, else `nil`; only the diagonal band of width
    /// `limit` is computed, so a long hostile word costs its length, not its length squared (found by fuzzing).
    static func distance(_ a: [Character], _ b: [Character], atMost limit: Int) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let beyond = limit + 1
        // Rows i-2, i-1 and i of the full table; cells outside the band hold `beyond`.
        var older = [Int](repeating: beyond, count: b.count + 1)
        var previous = (0...b.count).map { min($0, beyond) }
        var current = [Int](repeating: beyond, count: b.count + 1)
        for i in 1...a.count {
            current.withUnsafeMutableBufferPointer { $0.update(repeating: beyond) }
            current[0] = min(i, beyond)
            var rowMinimum = current[0]
            for j in max(1, i - limit)...min(b.count, i + limit) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var cell = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    cell = min(cell, older[j - 2] + 1)
                }
                current[j] = min(cell, beyond)
                rowMinimum = min(rowMinimum, current[j])
            }
            guard rowMinimum <= limit else { return nil }
            (older, previous, current) = (previous, current, older)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    /// Edit distance over characters where swapping two neighbours counts as one edit
    /// (optimal string alignment), so the commonest typo, "nmae" for "name", is the nearest.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}

