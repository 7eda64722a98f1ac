import CongressModel
import Vietnamese

/// Số văn bản — one counter from 01 shared by every numbered paper of the congress (DOMAIN.md §1: `01-NQ/ĐH`).
///
/// The numbered papers are counted in the order they are issued, from the preparatory session to the
/// closing: the credentials report, the political report, the resolution. A paper keeps its place in the
/// count whether or not it applies; a number stated in `document_numbers` wins over the counted one.
public enum DocumentNumbering {
    /// The numbered papers in order of issue, with their type code (BC báo cáo, NQ nghị quyết).
    public static let order: [(kind: DocumentKind, code: String)] = [
        (.credentials, "BC"), (.report, "BC"), (.resolution, "NQ"),
    ]

    /// "02-BC/ĐH"; `nil` for a paper that carries no number.
    public static func number(of kind: DocumentKind, in congress: Congress) -> String? {
        if let stated = congress.documentNumbers[kind.rawValue] { return stated }
        guard let index = order.firstIndex(where: { $0.kind == kind }) else { return nil }
        return "\(VietnameseNumber.padded2(index + 1))-\(order[index].code)/ĐH"
    }
}
