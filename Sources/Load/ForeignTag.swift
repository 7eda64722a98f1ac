import Yams

/// Explicit YAML tags the congress format gives no meaning.
///
/// The loader reads every value by its key's type (`CongressFields`), so a tag can only change how a value is
/// read behind the writer's back: `!!binary aGVsbG8=` would print as the text "aGVsbG8=", `!python/object …` or
/// `!x` as plain text. The core schema's own tags (`!!str`, `!!int`, `!!float`, `!!bool`, `!!null`, `!!seq`,
/// `!!map`) and the non-specific `!` say nothing the key's type does not, and are allowed; any other is refused
/// at its node (DH150).
enum ForeignTag {
    static let allowed: Set<String> = [
        "", "!", Tag.Name.str.rawValue, Tag.Name.int.rawValue, Tag.Name.float.rawValue, Tag.Name.bool.rawValue,
        Tag.Name.null.rawValue, Tag.Name.seq.rawValue, Tag.Name.map.rawValue,
    ]

    /// Every node carrying a foreign tag, in document order, with its key path (`organisation.place`, `people[2]`)
    /// and the tag as written (`!!binary` for the yaml.org names). Walks the tree once, without recursion.
    static func all(in root: Node) -> [(node: Node, path: String, tag: String)] {
        var found: [(node: Node, path: String, tag: String)] = []
        var stack: [(Node, String)] = [(root, "")]
        while let (node, path) = stack.popLast() {
            let tag = node.tag.description
            if !allowed.contains(tag) { found.append((node, path.isEmpty ? "(tệp)" : path, shortName(tag))) }
            switch node {
            case let .mapping(mapping):
                for (key, value) in mapping.reversed() {
                    let name = key.string ?? ""
                    if !allowed.contains(key.tag.description) { found.append((key, path.isEmpty ? name : "\(path).\(name)", shortName(key.tag.description))) }
                    stack.append((value, path.isEmpty ? name : "\(path).\(name)"))
                }
            case let .sequence(sequence):
                for (index, element) in sequence.enumerated().reversed() { stack.append((element, "\(path)[\(index + 1)]")) }
            default: break
            }
        }
        return found
    }

    /// `tag:yaml.org,2002:binary` as it is written, `!!binary`.
    static func shortName(_ tag: String) -> String {
        let prefix = "tag:yaml.org,2002:"
        return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }
}
