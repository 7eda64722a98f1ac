import Derive

/// The papers `daihoi --help` names, taken from the dossier's order and each paper's own name, so the help cannot
/// fall behind when a paper is added (`HelpListsEveryPaperTests`).
enum PaperList {
    /// "chương trình đại hội (programme), quy chế làm việc của đại hội (working-rules), …"
    static var vietnamese: String {
        Dossier.order.map { "\($0.title) (\($0.rawValue))" }.joined(separator: ", ")
    }

    /// "programme, working-rules, …"
    static var english: String {
        Dossier.order.map(\.rawValue).joined(separator: ", ")
    }
}
