import CongressModel
import Diagnostics
import Foundation

/// Nghi thức chào cờ mở đầu — a session opens with the flag ceremony.
///
/// Every programme of a congress found (kịch bản điều hành đại hội chi bộ, luatminhkhue; the review of the papers,
/// §2.2 defect 7) opens with chào cờ, then tuyên bố lý do and giới thiệu đại biểu, and later khai mạc. An item that
/// states the purpose ("tuyên bố lý do" in its title) or is the opening speech (kind `opening`) placed before the
/// session's flag item is warned at that item. A session without a flag item is not judged.
struct FlagFirst {
    /// The words of a title that make the item the statement of purpose.
    static let statementOfPurpose = "tuyên bố lý do"

    func check(_ congress: Congress) -> [Diagnostic] {
        congress.sessions.flatMap { session -> [Diagnostic] in
            guard let flagIndex = session.items.firstIndex(where: { $0.kind == .flag }) else { return [] }
            let flag = session.items[flagIndex]
            return session.items[..<flagIndex].enumerated().compactMap { index, item in
                guard Self.opensTheCongress(item) else { return nil }
                return Diagnostic(severity: .warning, message: .openedBeforeFlag(item: item.title, flag: flag.title),
                                  location: congress.position(Paths.item(session.kind, index), or: item.location))
            }
        }
    }

    static func opensTheCongress(_ item: ProgrammeItem) -> Bool {
        item.kind == .opening
            || item.title.precomposedStringWithCanonicalMapping.lowercased().contains(statementOfPurpose)
    }
}
