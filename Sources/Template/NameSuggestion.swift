/// "Did you mean …": the known name nearest to a misspelt one, by edit distance.
enum NameSuggestion {
    /// The nearest of `candidates` to `name` within two edits or a third of its length, ties broken alphabetically.
    static func nearest(to name: String, among candidates: [String]) -> String? {
        let target = Array(name.unicodeScalars)
        let limit = max(2, target.count / 3)
        var best: (distance: Int, name: String)?
        for candidate in Set(candidates).sorted() where candidate != name {
            let distance = editDistance(target, Array(candidate.unicodeScalars))
            if distance <= limit, distance < (best?.distance ?? Int.max) {
                best = (distance, candidate)
            }
        }
        return best?.name
    }

    private static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
