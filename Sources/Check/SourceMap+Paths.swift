import CongressModel
import Diagnostics

/// The key paths the rules point at, spelled once (as loading records them: lists count from 1).
enum Paths {
    static func election(_ index: Int) -> String { "elections[\(index + 1)]" }
    static func round(_ election: Int, _ round: Int) -> String { "\(Self.election(election)).rounds[\(round + 1)]" }
    static func item(_ session: SessionKind, _ index: Int) -> String { "sessions.\(session.rawValue).items[\(index + 1)]" }
}

extension Congress {
    /// Where the value at `path` stands, or `fallback` when the file has nothing there (a congress built in code).
    func position(_ path: String, or fallback: SourceLocation?) -> SourceLocation? {
        sourceMap[path] ?? fallback
    }
}
