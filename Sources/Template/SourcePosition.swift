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
