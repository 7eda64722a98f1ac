/// Turns a template's source into a flat program: scans, removes standalone lines, nests sections, checks names.
struct Parser {
    /// Sections nested deeper than this are refused (rendering recurses once per level).
    static let sectionDepthLimit = 100

    let template: String
    let source: [UInt8]

    /// The compiled template; throws the first compile error in the source.
    func compile() throws(TemplateError) -> CompiledTemplate {
        guard source.count < Int(Int32.max) / 2 else {
            throw TemplateError(template: template, line: 0, column: 0, kind: .unreadable("\(template) is too large"))
        }
        var scanner = Scanner(template: template, source: source)
        let tokens = Self.removingStandaloneLines(try scanner.tokens())
        return CompiledTemplate(name: template, source: source, program: try build(tokens))
    }
}

private extension Parser {
    /// A section being built: its name and the index of its operation.
    struct OpenSection {
        var name: String
        var op: Int
        var offset: Int
    }

    func fail(_ kind: TemplateError.Kind, _ offset: Int) -> TemplateError {
        SourcePosition.error(kind, template: template, source: source, offset: offset)
    }

    func build(_ tokens: [Scanner.Token]) throws(TemplateError) -> Program {
        var program = Program()
        var open: [OpenSection] = []
        var lastIsText = false
        for token in tokens {
            let offset = Int32(clamping: token.offset)
            switch token.kind {
            case .text:
                program.appendText(token.bytes, extending: lastIsText)
            case .comment, .delimiters:
                continue
            case .variable:
                try checkName(token)
                program.ops.append(Op(kind: .variable, argument: program.name(token.content), end: 0, offset: offset))
            case .section, .inverted:
                try checkName(token)
                guard open.count < Self.sectionDepthLimit else {
                    throw fail(.sectionTooDeep(limit: Self.sectionDepthLimit), token.offset)
                }
                open.append(OpenSection(name: token.content, op: program.ops.count, offset: token.offset))
                program.ops.append(Op(kind: token.kind == .section ? .section : .inverted,
                                      argument: program.name(token.content), end: 0, offset: offset))
            case .close:
                guard let section = open.last, section.name == token.content else {
                    throw fail(.unexpectedClose(expected: open.last?.name, found: token.content), token.offset)
                }
                open.removeLast()
                program.ops[section.op].end = Int32(program.ops.count)
            case .partial:
                try checkPartialName(token)
                program.partials.append(PartialCall(name: token.content, indent: token.indent ?? [],
                                                    standalone: token.indent != nil))
                program.ops.append(Op(kind: .partial, argument: Int32(program.partials.count - 1), end: 0,
                                      offset: offset))
            }
            lastIsText = token.kind == .text || (lastIsText && (token.kind == .comment || token.kind == .delimiters))
        }
        if let section = open.last { throw fail(.unclosedSection(section.name), section.offset) }
        return program
    }

    func checkName(_ token: Scanner.Token) throws(TemplateError) {
        guard Name(token.content).isValid else { throw fail(.invalidName(token.content), token.offset) }
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
}

private extension Program {
    /// Appends literal text, joined to the previous text operation when nothing came between.
    mutating func appendText(_ bytes: ArraySlice<UInt8>, extending: Bool) {
        guard !bytes.isEmpty else { return }
        text.append(contentsOf: bytes)
        if extending, let last = ops.last, last.kind == .text {
            ops[ops.count - 1].end = Int32(text.count)
        } else {
            ops.append(Op(kind: .text, argument: Int32(text.count - bytes.count), end: Int32(text.count), offset: 0))
        }
    }

    /// The index of `name` in the name table, added if new.
    mutating func name(_ text: String) -> Int32 {
        if let index = names.firstIndex(where: { $0.text == text }) { return Int32(index) }
        names.append(Name(text))
        return Int32(names.count - 1)
    }
}
