/// A compiled template: its nodes, and its source to turn byte offsets into line and column.
struct CompiledTemplate: Sendable {
    let name: String
    let source: [UInt8]
    let nodes: [Node]

    /// An error at byte `offset` of this template's source.
    func error(_ kind: TemplateError.Kind, at offset: Int, hint: String? = nil) -> TemplateError {
        SourcePosition.error(kind, template: name, source: source, offset: offset, hint: hint)
    }
}

/// One step of a compiled template; sections hold their body.
indirect enum Node: Sendable {
    /// Literal text, copied as is.
    case text([UInt8])
    /// `{{name}}`: looked up, escaped, appended. `offset` is the tag's place in the source.
    case variable(Name, offset: Int)
    /// `{{#name}}…{{/name}}` or, when `inverted`, `{{^name}}…{{/name}}`.
    case section(Name, offset: Int, inverted: Bool, body: [Node])
    /// `{{> name}}`; `indent` is the whitespace before a standalone partial tag.
    case partial(String, offset: Int, indent: [UInt8], standalone: Bool)
}

/// A name as written (`a.b.c`) and split into its parts; `.` has no parts (the implicit iterator).
struct Name: Sendable {
    let text: String
    let parts: [String]

    init(_ text: String) {
        self.text = text
        parts = text == "." ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    /// Whether the name is `.` or dotted parts without spaces, none empty.
    var isValid: Bool {
        text == "." || (!parts.contains(where: \.isEmpty) && !text.utf8.contains(where: Scanner.isWhitespace))
    }
}

/// Byte offsets → 1-based line and column (in characters).
enum SourcePosition {
    static func error(_ kind: TemplateError.Kind, template: String, source: [UInt8], offset: Int,
                      hint: String? = nil) -> TemplateError {
        let end = min(max(offset, 0), source.count)
        var line = 1
        var lineStart = 0
        for index in 0..<end where source[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: source[lineStart..<end], as: UTF8.self).count + 1
        return TemplateError(template: template, line: line, column: column, kind: kind, hint: hint)
    }
}
