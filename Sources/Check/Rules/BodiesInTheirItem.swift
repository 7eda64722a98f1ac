import CongressModel
import Diagnostics
import Foundation

/// Each working body is read out and voted in the item that elects it, and in no other; the names are read
/// before the vote is called (reviews/papers.md §2.2 defects 1 and 2).
///
/// - An `elect-bodies` item whose typed lines already call the vote ("giơ thẻ", "biểu quyết") is warned
///   (DH186): the script prints the names after the lines, then calls the vote itself.
/// - A body elected by a second `elect-bodies` item (`bodies:`) is warned there (DH187).
struct BodiesInTheirItem {
    /// The words that call a show-of-hands vote.
    static let voteWords = ["giơ thẻ", "biểu quyết"]

    func check(_ congress: Congress) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var electedAt: [WorkingBodyKind: String] = [:]
        for session in congress.sessions {
            for (index, item) in session.items.enumerated() where item.kind == .electBodies {
                let path = Paths.item(session.kind, index)
                let lines = (item.lines ?? "").precomposedStringWithCanonicalMapping.lowercased()
                if let word = Self.voteWords.first(where: { lines.contains($0) }) {
                    found.append(Diagnostic(severity: .warning, message: .voteCalledBeforeNames(item: item.title, found: word),
                                            location: congress.position("\(path).lines", or: item.location)))
                }
                for body in item.electedBodies where !body.members(of: congress.bodies).isEmpty {
                    if let first = electedAt[body] {
                        found.append(Diagnostic(severity: .warning,
                                                message: .bodyElectedByTwoItems(body: body.rawValue, item: item.title, first: first),
                                                location: congress.position("\(path).bodies", or: item.location)))
                    } else {
                        electedAt[body] = item.title
                    }
                }
            }
        }
        return found
    }
}
