import Diagnostics
import Yams

/// A YAML node together with its key path (`people[2].gender`) and the load it belongs to,
/// so that every reader can report a located diagnostic in one line.
struct Cursor {
    let node: Node
    /// Dotted key path from the document root, `""` for the root.
    let path: String
    let context: LoadContext

    /// Where the node starts (1-based; Yams' mark, in our line numbering).
    var location: SourceLocation {
        context.lineMap.location(node.mark, file: context.file)
    }

    /// The kind of value the node holds, as messages name it.
    var kind: ValueKind {
        switch node {
        case .mapping: return .map
        case .sequence: return .list
        case .alias: return .text
        case let .scalar(scalar):
            if scalar.style != .plain && scalar.style != .any { return .text }
            // Loads compose with Yams' basic resolver, which gives every untagged plain scalar `str`
            // (once asked); the YAML 1.2 core-schema type comes from the text (`PlainScalarTag`; an explicit
            // `!!str` is read the same way).
            let tag = scalar.tag.description
            let resolved = tag.isEmpty || tag == Tag.Name.str.rawValue ? PlainScalarTag.resolve(scalar.string) : Tag.Name(rawValue: tag)
            switch resolved {
            case Tag.Name.null: return .nothing
            case Tag.Name.int: return .integer
            case Tag.Name.float: return .number
            case Tag.Name.bool: return .boolean
            default: return .text
            }
        }
    }

    func error(_ message: Message) {
        context.error(message, at: location)
    }

    func wrongType(_ expected: ValueKind) {
        error(.wrongType(key: path, expected: expected, found: kind))
    }

    /// The node as a map whose keys must be among `keys`; unknown keys are reported with a suggestion.
    func map(keys: [String]) -> MapCursor? {
        guard case let .mapping(mapping) = node else {
            wrongType(.map)
            return nil
        }
        var entries: [(key: String, value: Cursor)] = []
        var suggested: Set<String> = []
        var previousKey: String?
        for (keyNode, valueNode) in mapping {
            let key = context.lineBreaks.restored(keyNode.string ?? "")
            defer { previousKey = key }
            guard keys.contains(key) else {
                let at = context.lineMap.location(keyNode.mark, file: context.file)
                if let previousKey, isCutOffValue(key: keyNode, value: valueNode) {
                    context.error(.unquotedFlowValue(key: previousKey, fragment: key), at: at)
                    continue
                }
                let suggestion = Suggestion.nearest(to: key, among: keys)
                context.error(.unknownKey(key: key, suggestion: suggestion), at: at)
                if let suggestion { suggested.insert(suggestion) }
                continue
            }
            let value = Cursor(node: valueNode, path: path.isEmpty ? key : "\(path).\(key)", context: context)
            context.positions[value.path] = value.location
            entries.append((key, value))
        }
        return MapCursor(cursor: self, entries: entries, suggested: suggested)
    }

    /// The node as a list of cursors (`path[1]`, `path[2]` … counted from 1, as people count).
    func list() -> [Cursor]? {
        guard case let .sequence(sequence) = node else {
            wrongType(.list)
            return nil
        }
        return sequence.enumerated().map { index, node in
            let element = Cursor(node: node, path: "\(path)[\(index + 1)]", context: context)
            context.positions[element.path] = element.location
            return element
        }
    }

    /// `{position: Bí thư Chi bộ, Hiệu trưởng}`: in a one-line map, a plain key with no value (no `:` after it)
    /// is the rest of the value before it, cut by an unquoted `,`. (Yams 6.2.2 gives a mapping the style of its
    /// end event, always `.any`, so "one-line" is read from the text: the map starts with `{`.)
    func isCutOffValue(key: Node, value: Node) -> Bool {
        guard case let .scalar(keyScalar) = key, keyScalar.style == .plain,
              case let .scalar(valueScalar) = value, valueScalar.string.isEmpty, valueScalar.style == .plain,
              let mark = node.mark else { return false }
        return context.yamlScalar(line: mark.line, column: mark.column) == "{"
    }

    /// The raw scalar text, whatever the resolved tag.
    var rawScalar: String? {
        if case let .scalar(scalar) = node { return context.lineBreaks.restored(scalar.string) }
        return nil
    }
}

/// The known keys of one YAML map, looked up by name.
struct MapCursor {
    let cursor: Cursor
    let entries: [(key: String, value: Cursor)]
    /// Keys already offered as "did you mean": their absence is not reported a second time.
    let suggested: Set<String>

    /// The value of an optional key (a `null` value counts as absent).
    func optional(_ key: String) -> Cursor? {
        guard let value = entries.first(where: { $0.key == key })?.value else { return nil }
        return value.kind == .nothing ? nil : value
    }

    /// The value of a required key; a missing one is reported at the map (unless a misspelling was reported).
    func required(_ key: String) -> Cursor? {
        if let value = entries.first(where: { $0.key == key })?.value {
            return value
        }
        guard !suggested.contains(key) else { return nil }
        cursor.error(.missingKey(key: cursor.path.isEmpty ? key : "\(cursor.path).\(key)"))
        return nil
    }
}
