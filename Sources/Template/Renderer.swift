/// Renders compiled nodes with a context stack into one byte buffer.
///
/// Lookups are strict: a name found nowhere on the stack is an error, never a blank.
struct Renderer {
    /// Partials nested deeper than this are refused (a partial including itself without end).
    static let partialDepthLimit = 64

    let templates: [String: CompiledTemplate]
    var output: [UInt8] = []
    var stack: [TemplateValue]
    /// The indentation of the standalone partials being rendered, written at the start of each line.
    var indent: [UInt8] = []
    /// Whether the next byte starts a line (and so needs `indent` first).
    var atLineStart = false
    var depth = 0

    init(templates: [String: CompiledTemplate], root: TemplateValue, capacity: Int) {
        self.templates = templates
        stack = [root]
        stack.reserveCapacity(16)
        output.reserveCapacity(capacity)
    }

    mutating func render(_ nodes: [Node], of template: CompiledTemplate) throws(TemplateError) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                appendText(bytes)
            case .variable(let name, let offset):
                try interpolate(name, at: offset, of: template)
            case .section(let name, let offset, let inverted, let body):
                guard let value = lookup(name) else { throw unknown(name, at: offset, of: template) }
                if inverted {
                    if value.isFalsey { try render(body, of: template) }
                } else {
                    try section(value, body, of: template)
                }
            case .partial(let name, let offset, let ownIndent, let standalone):
                try partial(name, at: offset, indent: ownIndent, standalone: standalone, of: template)
            }
        }
    }
}

private extension Renderer {
    func lookup(_ name: Name) -> TemplateValue? {
        guard let first = name.parts.first else { return stack.last }
        var index = stack.count - 1
        while index >= 0 {
            if case .object(let fields) = stack[index], let found = fields[first] {
                var value = found
                for part in name.parts.dropFirst() {
                    guard case .object(let inner) = value, let next = inner[part] else { return nil }
                    value = next
                }
                return value
            }
            index -= 1
        }
        return nil
    }

    mutating func section(_ value: TemplateValue, _ body: [Node], of template: CompiledTemplate) throws(TemplateError) {
        switch value {
        case .bool(false):
            return
        case .list(let elements):
            for element in elements {
                stack.append(element)
                try render(body, of: template)
                stack.removeLast()
            }
        case .bool(true), .object, .string:
            stack.append(value)
            try render(body, of: template)
            stack.removeLast()
        }
    }

    mutating func interpolate(_ name: Name, at offset: Int, of template: CompiledTemplate) throws(TemplateError) {
        guard let value = lookup(name) else { throw unknown(name, at: offset, of: template) }
        guard case .string(let text) = value else {
            throw template.error(.notText(name: name.text, found: value.kindDescription), at: offset)
        }
        startLineIfNeeded()
        if let scalar = XMLEscaper.append(text, to: &output) {
            throw template.error(.refusedCharacter(name: name.text, scalar: scalar), at: offset)
        }
    }

    mutating func partial(_ name: String, at offset: Int, indent ownIndent: [UInt8], standalone: Bool,
                          of template: CompiledTemplate) throws(TemplateError) {
        guard let target = templates[name] else { throw template.error(.unknownPartial(name), at: offset) }
        guard depth < Self.partialDepthLimit else {
            throw template.error(.partialTooDeep(name, limit: Self.partialDepthLimit), at: offset)
        }
        let saved = indent
        if standalone {
            indent += ownIndent
            atLineStart = true
        }
        depth += 1
        try render(target.nodes, of: target)
        depth -= 1
        indent = saved
    }

    mutating func appendText(_ bytes: [UInt8]) {
        if indent.isEmpty {
            output.append(contentsOf: bytes)
            return
        }
        var start = 0
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
            startLineIfNeeded()
            output.append(contentsOf: bytes[start...index])
            atLineStart = true
            start = index + 1
        }
        if start < bytes.count {
            startLineIfNeeded()
            output.append(contentsOf: bytes[start...])
        }
    }

    mutating func startLineIfNeeded() {
        if atLineStart && !indent.isEmpty {
            output.append(contentsOf: indent)
        }
        atLineStart = false
    }

    /// The unknown-name error, with the nearest name on the stack as a hint.
    func unknown(_ name: Name, at offset: Int, of template: CompiledTemplate) -> TemplateError {
        let known = stack.flatMap { frame -> [String] in
            if case .object(let fields) = frame { return Array(fields.keys) }
            return []
        }
        let hint = NameSuggestion.nearest(to: name.parts.last ?? name.text, among: known)
        return template.error(.unknownName(name.text), at: offset, hint: hint)
    }
}

extension TemplateValue {
    /// `false` and the empty list: what an inverted section shows for.
    var isFalsey: Bool {
        switch self {
        case .bool(let flag): return !flag
        case .list(let elements): return elements.isEmpty
        case .string, .object: return false
        }
    }

    /// "a list", "an object", "a flag", "text" — for messages.
    var kindDescription: String {
        switch self {
        case .string: return "text"
        case .bool: return "a flag"
        case .list: return "a list"
        case .object: return "an object"
        }
    }
}
