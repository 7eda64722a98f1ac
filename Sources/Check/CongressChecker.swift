import CongressModel
import Diagnostics

/// check: the domain rules a loaded congress must satisfy, as diagnostics.
///
/// Loading already guarantees the structure (types, ids, dates, attendance arithmetic);
/// the rules here judge the content. Each rule is one function below, with its source.
public struct CongressChecker: Sendable {
    public init() {}

    /// Every rule's diagnostics, in file order.
    public func check(_ congress: Congress) -> [Diagnostic] {
        unassignedItems(congress)
    }
}

private extension CongressChecker {
    /// Every item of the script has a performer (seed 004: "every step must be scripted");
    /// an item without one is a warning, not a failure — the script can still be printed.
    func unassignedItems(_ congress: Congress) -> [Diagnostic] {
        congress.sessions.flatMap(\.items).filter { $0.performer == nil }.map { item in
            Diagnostic(severity: .warning, message: .missingPerformer(item: item.title), location: item.location)
        }
    }
}
