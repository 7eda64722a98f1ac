import Foundation

/// The branch results under a batch output folder, found once and read one at a time, so that the
/// dashboard and the aggregate report of thousands of branches never hold them all in memory.
struct ResultFolder {
    /// One result file and what it is sorted by.
    struct Entry {
        var name: String
        /// ISO date of the congress; `nil` sorts last.
        var date: String?
        var path: String
        /// Where the branch stands (``BranchState/rank``): the first sort key of the dashboard.
        var rank = 0
    }

    let folder: String

    /// Every result file under the folder, sorted by branch name.
    func paths() -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if (relative as NSString).lastPathComponent == BatchRunner.resultFile {
                found.append((folder as NSString).appendingPathComponent(relative))
            }
        }
        return found.sorted()
    }

    /// The result in `path`; `nil` when it is missing or unreadable (a foreign or damaged file is skipped).
    func read(_ path: String) -> BranchResult? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(BranchResult.self, from: data)
    }

    /// Reads every result once, in name order, handing each to `visit` (which returns its rank); returns the entries.
    func scan(_ visit: (BranchResult) -> Int) -> [Entry] {
        paths().compactMap { path in
            guard let result = read(path) else { return nil }
            let rank = visit(result)
            return Entry(name: result.name, date: result.date, path: path, rank: rank)
        }.sorted { $0.name < $1.name }
    }
}
