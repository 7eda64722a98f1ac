import Vietnamese
import Yams

/// YAML aliases that multiply the document ("billion laughs"): `*a` repeats the node anchored `&a`, so a 1 MB file
/// of 20.000 aliases to a 1 MB text is 20 GB of text to read, and nested lists of aliases grow as a power. libyaml
/// and Yams share the repeated node, so composing is cheap; every step after it (normalising, checking, printing)
/// would pay for each repetition and never end.
///
/// The rule is general: the composed document may hold at most twice the nodes and text written in the file (plus
/// 64 KiB), which only aliases can exceed — a congress file that reuses a name or a list a few times stays far
/// below. The walk counts one per node and the UTF-8 bytes of each scalar, and stops as soon as the budget is
/// spent, so it is bounded by the budget however large the expansion (DH151).
enum AliasExpansion {
    /// The node at which the expansion passes the budget for a file of `fileBytes`, or `nil` within it.
    static func excess(in root: Node, fileBytes: Int) -> Node? {
        let budget = fileBytes.saturatingMultiplied(by: 2).saturatingAdding(65_536)
        var spent = 0
        var stack: [Node] = [root]
        while let node = stack.popLast() {
            spent += 1
            switch node {
            case let .scalar(scalar): spent = spent.saturatingAdding(scalar.string.utf8.count)
            case let .mapping(mapping):
                for (key, value) in mapping { stack.append(key); stack.append(value) }
            case let .sequence(sequence): stack.append(contentsOf: sequence)
            case .alias: break
            }
            if spent > budget { return node }
        }
        return nil
    }
}
