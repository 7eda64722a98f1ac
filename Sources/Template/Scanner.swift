/// Splits template source into text and tags, following set-delimiter tags as it goes.
///
/// Text is cut after every newline, so that a later pass can find standalone lines.
struct Scanner {
    /// One piece of source: literal text or a tag.
    struct Token {
        enum Kind: Equatable { case text, variable, section, inverted, close, comment, partial, delimiters }
        var kind: Kind
        /// For text: the bytes. For tags: unused (empty).
        var bytes: ArraySlice<UInt8>
        /// For tags: the trimmed content (the name).
        var content: String
        /// Byte offset of the text or of the tag's opening delimiter.
        var offset: Int
        /// For a standalone partial: the whitespace before it on its line (set by the standalone pass).
        var indent: [UInt8]? = nil

        var endsLine: Bool { kind == .text && bytes.last == UInt8(ascii: "\n") }
    }

    let template: String
    let source: [UInt8]
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)

    init(template: String, source: [UInt8]) {
        self.template = template
        self.source = source
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// All tokens of the source, in order.
    mutating func tokens() throws(TemplateError) -> [Token] {
        var tokens: [Token] = []
        var textStart = 0
        var index = 0
        let count = source.count
        while index < count {
            let byte = source[index]
            if byte == UInt8(ascii: "\n") {
                tokens.append(text(textStart..<index + 1))
                index += 1
                textStart = index
            } else if byte == open[0] && matches(open, at: index) {
                if textStart < index { tokens.append(text(textStart..<index)) }
                let (token, next) = try tag(at: index)
                tokens.append(token)
                index = next
                textStart = index
            } else {
                index += 1
            }
        }
        if textStart < count { tokens.append(text(textStart..<count)) }
        return tokens
    }
}

private extension Scanner {
    func text(_ range: Range<Int>) -> Token {
        Token(kind: .text, bytes: source[range], content: "", offset: range.lowerBound)
    }

    func matches(_ delimiter: [UInt8], at index: Int) -> Bool {
        guard index + delimiter.count <= source.count else { return false }
        for (k, byte) in delimiter.enumerated() where source[index + k] != byte { return false }
        return true
    }

    func find(_ delimiter: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + delimiter.count <= source.count {
            if matches(delimiter, at: index) { return index }
            index += 1
        }
        return nil
    }

    func fail(_ kind: TemplateError.Kind, _ offset: Int) -> TemplateError {
        SourcePosition.error(kind, template: template, source: source, offset: offset)
    }

    func trimmed(_ range: Range<Int>) -> String {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper && Self.isWhitespace(source[lower]) { lower += 1 }
        while upper > lower && Self.isWhitespace(source[upper - 1]) { upper -= 1 }
        return String(decoding: source[lower..<upper], as: UTF8.self)
    }

    /// The tag starting at `start` (its opening delimiter) and the offset just after it.
    mutating func tag(at start: Int) throws(TemplateError) -> (Token, Int) {
        let inner = start + open.count
        let sigil: UInt8 = inner < source.count ? source[inner] : 0
        let kind: Token.Kind
        switch sigil {
        case UInt8(ascii: "{"), UInt8(ascii: "&"): throw fail(.rawOutputNotAllowed, start)
        case UInt8(ascii: "#"): kind = .section
        case UInt8(ascii: "^"): kind = .inverted
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: "!"): kind = .comment
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "="): kind = .delimiters
        default: kind = .variable
        }
        let contentStart = kind == .variable ? inner : inner + 1
        let closer = kind == .delimiters ? Array("=".utf8) + close : close
        guard let end = find(closer, from: contentStart) else { throw fail(.unclosedTag, start) }
        let content = kind == .comment ? "" : trimmed(contentStart..<end)
        let token = Token(kind: kind, bytes: [], content: content, offset: start)
        if kind != .comment && content.isEmpty { throw fail(.emptyTag, start) }
        if kind == .delimiters { try setDelimiters(content, at: start) }
        return (token, end + closer.count)
    }

    mutating func setDelimiters(_ content: String, at start: Int) throws(TemplateError) {
        let parts = content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
            throw fail(.invalidDelimiters(content), start)
        }
        open = Array(parts[0].utf8)
        close = Array(parts[1].utf8)
    }
}
