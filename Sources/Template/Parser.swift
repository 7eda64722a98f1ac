/// Turns a template's source into nodes: scans, removes standalone lines, nests sections, checks names.
struct Parser {
    let template: String
    let source: [UInt8]

    /// The compiled template; throws the first compile error in the source.
    func compile() throws(TemplateError) -> CompiledTemplate {
        var scanner = Scanner(template: template, source: source)
        let tokens = Self.removingStandaloneLines(try scanner.tokens())
        var nodes = try build(tokens)
        nodes = Self.mergingText(nodes)
        return CompiledTemplate(name: template, source: source, nodes: nodes)
    }
}

private extension Parser {
    /// A section being built: its opening tag and the nodes of its body so far.
    struct OpenSection {
        var name: String
        var offset: Int
        var inverted: Bool
        var body: [Node] = []
    }

    func fail(_ kind: TemplateError.Kind, _ offset: Int) -> TemplateError {
        SourcePosition.error(kind, template: template, source: source, offset: offset)
    }

    func build(_ tokens: [Scanner.Token]) throws(TemplateError) -> [Node] {
        var stack = [OpenSection(name: "", offset: 0, inverted: false)]
        for token in tokens {
            switch token.kind {
            case .text:
                stack[stack.count - 1].body.append(.text(Array(token.bytes)))
            case .comment, .delimiters:
                continue
            case .variable:
                let name = try checkedName(token)
                stack[stack.count - 1].body.append(.variable(name, offset: token.offset))
            case .section, .inverted:
                _ = try checkedName(token)
                stack.append(OpenSection(name: token.content, offset: token.offset, inverted: token.kind == .inverted))
            case .close:
                guard stack.count > 1, let open = stack.last, open.name == token.content else {
                    let expected = stack.count > 1 ? stack.last?.name : nil
                    throw fail(.unexpectedClose(expected: expected, found: token.content), token.offset)
                }
                stack.removeLast()
                let node = Node.section(Name(open.name), offset: open.offset, inverted: open.inverted,
                                        body: Self.mergingText(open.body))
                stack[stack.count - 1].body.append(node)
            case .partial:
                try checkPartialName(token)
                stack[stack.count - 1].body.append(partialNode(token))
            }
        }
        if stack.count > 1, let open = stack.last { throw fail(.unclosedSection(open.name), open.offset) }
        return stack[0].body
    }

    func checkedName(_ token: Scanner.Token) throws(TemplateError) -> Name {
        let name = Name(token.content)
        guard name.isValid else { throw fail(.invalidName(token.content), token.offset) }
        return name
    }

    func checkPartialName(_ token: Scanner.Token) throws(TemplateError) {
        let allowed = token.content.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "-")
        }
        guard allowed, !token.content.contains("..") else {
            throw fail(.invalidPartialName(token.content), token.offset)
        }
    }

    /// A partial node; a standalone partial carries the indentation recorded by the standalone pass.
    func partialNode(_ token: Scanner.Token) -> Node {
        .partial(token.content, offset: token.offset, indent: token.indent ?? [], standalone: token.indent != nil)
    }

    /// Joins neighbouring text nodes into one.
    static func mergingText(_ nodes: [Node]) -> [Node] {
        var merged: [Node] = []
        merged.reserveCapacity(nodes.count)
        for node in nodes {
            if case .text(let bytes) = node {
                if bytes.isEmpty { continue }
                if case .text(let previous)? = merged.last {
                    merged[merged.count - 1] = .text(previous + bytes)
                    continue
                }
            }
            merged.append(node)
        }
        return merged
    }
}
