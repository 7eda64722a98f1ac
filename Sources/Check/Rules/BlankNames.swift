import CongressModel
import Diagnostics

/// Tên — every paper names its issuer and each person by name.
///
/// Hướng dẫn 36-HD/VPTW (DOMAIN.md §1): the header carries the issuing body and its superior
/// ("tên cơ quan ban hành", "tên cơ quan cấp trên trực tiếp"); the papers name every member in full
/// ("họ và tên"). A name that is empty or only spaces would print an empty heading or "đồng chí ,".
struct BlankNames {
    func check(_ congress: Congress) -> [Diagnostic] {
        var named: [(key: String, text: String)] = [
            ("organisation.name", congress.organisation.name),
            ("organisation.superior", congress.organisation.superior),
        ]
        named += congress.people.enumerated().map { ("people[\($0.offset + 1)].name", $0.element.name) }
        return named.filter { Self.isBlank($0.text) }.map {
            .error(.blankName(key: $0.key), at: congress.position($0.key, or: nil))
        }
    }

    /// Empty, or nothing but white space (any Unicode space, including U+00A0 and U+3000).
    static func isBlank(_ text: String) -> Bool {
        text.allSatisfy { $0.isWhitespace }
    }
}
