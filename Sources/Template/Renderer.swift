/// Renders a compiled program with a context stack into one byte buffer.
///
/// Lookups are strict: a name found nowhere on the stack is an error, never a blank.
struct Renderer {
    /// Partials nested deeper than this are refused (a partial including itself without end).
    static let partialDepthLimit = 64
    /// Operations one render may run: sections nested over lists multiply (`{{#l}}` twenty deep over a
    /// list of three is 3²⁰ passes), so a short template could otherwise run for ever (found by fuzzing).
    /// The largest paper of the samples (hung-ha, 300 delegates) runs under 6 000.
    static let operationLimit = 1_000_000
    /// Bytes one render may write, for the same reason: no Party paper comes near 64 MiB.
    static let outputLimit = 64 << 20
    /// Sections and partials open at once: each is a level of recursion, and 100 sections in each of 64
    /// nested partials overflowed the stack (found by fuzzing). The templates open fewer than ten.
    static let nestingLimit = 256

    let templates: [String: CompiledTemplate]
    var output: [UInt8] = []
    var stack: [TemplateValue]
    /// The indentation of the standalone partials being rendered, written at the start of each line.
    var indent: [UInt8] = []
    /// Whether the next byte starts a line (and so needs `indent` first).
    var atLineStart = false
    var depth = 0
    /// Operations run so far (against ``operationLimit``).
    var operations = 0
    /// Sections and partials open now (against ``nestingLimit``).
    var nesting = 0

    init(templates: [String: CompiledTemplate], root: TemplateValue, capacity: Int) {
        self.templates = templates
        stack = [root]
        stack.reserveCapacity(16)
        output.reserveCapacity(capacity)
    }

    /// Runs the operations `range` of `template`.
    mutating func render(_ template: CompiledTemplate, _ range: Range<Int>) throws(TemplateError) {
        var pc = range.lowerBound
        while pc < range.upperBound {
            let op = template.ops[pc]
            operations += 1
            guard operations <= Self.operationLimit, output.count <= Self.outputLimit else {
                throw template.error(.renderTooLarge(operations: Self.operationLimit, bytes: Self.outputLimit), at: op.offset)
            }
            switch op.kind {
            case .text:
                appendText(template, Int(op.argument)..<Int(op.end))
            case .variable:
                try interpolate(template, op)
            case .section, .inverted:
                let body = pc + 1..<Int(op.end)
                guard let value = lookup(template.names[Int(op.argument)]) else { throw unknown(template, op) }
                guard nesting < Self.nestingLimit else {
                    throw template.error(.nestingTooDeep(limit: Self.nestingLimit), at: op.offset)
                }
                nesting += 1
                defer { nesting -= 1 }
                if op.kind == .inverted {
                    if value.isFalsey { try render(template, body) }
                } else {
                    try section(value, template, body)
                }
                pc = body.upperBound
                continue
            case .partial:
                try partial(template, op)
            }
            pc += 1
        }
    }
}

private extension Renderer {
    func lookup(_ name: Name) -> TemplateValue? {
        if name.isImplicitIterator { return stack.last }
        var index = stack.count - 1
        while index >= 0 {
            if case .object(let fields) = stack[index], let found = fields[name.first] {
                return name.rest.isEmpty ? found : Self.resolve(name.rest, in: found)
            }
            index -= 1
        }
        return nil
    }

    /// The later parts of a dotted name, each in the value of the one before; nil where one is missing.
    static func resolve(_ parts: [String], in value: TemplateValue) -> TemplateValue? {
        var value = value
        for part in parts {
            guard case .object(let inner) = value, let next = inner[part] else { return nil }
            value = next
        }
        return value
    }

    mutating func section(_ value: TemplateValue, _ template: CompiledTemplate,
                          _ body: Range<Int>) throws(TemplateError) {
        switch value {
        case .bool(false):
            return
        case .list(let elements):
            for element in elements {
                stack.append(element)
                try render(template, body)
                stack.removeLast()
            }
        case .bool(true), .object, .string:
            stack.append(value)
            try render(template, body)
            stack.removeLast()
        }
    }

    mutating func interpolate(_ template: CompiledTemplate, _ op: Op) throws(TemplateError) {
        let name = template.names[Int(op.argument)]
        guard let value = lookup(name) else { throw unknown(template, op) }
        guard case .string(let text) = value else {
            throw template.error(.notText(name: name.text, found: value.kindDescription), at: op.offset)
        }
        startLineIfNeeded()
        if let scalar = XMLEscaper.append(text, to: &output) {
            throw template.error(.refusedCharacter(name: name.text, scalar: scalar), at: op.offset)
        }
    }

    mutating func partial(_ template: CompiledTemplate, _ op: Op) throws(TemplateError) {
        let call = template.partials[Int(op.argument)]
        guard let target = templates[call.name] else { throw template.error(.unknownPartial(call.name), at: op.offset) }
        guard depth < Self.partialDepthLimit else {
            throw template.error(.partialTooDeep(call.name, limit: Self.partialDepthLimit), at: op.offset)
        }
        guard nesting < Self.nestingLimit else {
            throw template.error(.nestingTooDeep(limit: Self.nestingLimit), at: op.offset)
        }
        nesting += 1
        defer { nesting -= 1 }
        let saved = indent
        if call.standalone {
            indent += call.indent
            atLineStart = true
        }
        depth += 1
        try render(target, target.ops.indices)
        depth -= 1
        indent = saved
    }

    mutating func appendText(_ template: CompiledTemplate, _ range: Range<Int>) {
        template.text.withUnsafeBufferPointer { all in
            let bytes = UnsafeBufferPointer(rebasing: all[range])
            if indent.isEmpty {
                output.append(contentsOf: bytes)
                return
            }
            var start = 0
            for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
                startLineIfNeeded()
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...index]))
                atLineStart = true
                start = index + 1
            }
            if start < bytes.count {
                startLineIfNeeded()
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
            }
        }
    }

    mutating func startLineIfNeeded() {
        if atLineStart && !indent.isEmpty {
            output.append(contentsOf: indent)
        }
        atLineStart = false
    }

    /// The unknown-name error, with the nearest name on the stack as a hint.
    func unknown(_ template: CompiledTemplate, _ op: Op) -> TemplateError {
        let name = template.names[Int(op.argument)]
        let known = stack.flatMap { frame -> [String] in
            if case .object(let fields) = frame { return Array(fields.keys) }
            return []
        }
        let hint = NameSuggestion.nearest(to: name.rest.last ?? name.first, among: known)
        return template.error(.unknownName(name.text), at: op.offset, hint: hint)
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
