/// Finds the quote a YAML syntax error most likely comes from: a value that opens with `"` or `'` and is not
/// closed on its own line. YAML lets a quoted value run over several lines, so libyaml reads on to the next
/// quote of the file and reports what follows that one (or the end of the file) — far from the mistake.
///
/// One pass over the lines up to the error, with a small state machine: outside a value's quote, a `"` or `'`
/// opens one only where a value starts (after `:`, `-`, `[`, `{`, `,` or at the line's start), a `#` after a
/// blank starts a comment; inside, `\` escapes in double quotes and `''` is a quote in single quotes.
enum UnclosedQuote {
    struct Finding {
        /// Where the quote opens (libyaml's lines).
        let opening: YAMLPosition
        /// The line where the next quote closed it, or `nil` when nothing did.
        let closedOnLine: Int?
    }

    /// The quote that opened on an earlier line and was still open at `error`, or closed on `error`'s line.
    static func blamed(for error: YAMLPosition, in text: String) -> Finding? {
        var line = 1, column = 0
        var quote: Unicode.Scalar?
        var opening = YAMLPosition(line: 1, column: 1)
        var escaped = false, pendingSingle = false, inComment = false
        var previous: Unicode.Scalar?
        var lastValueStart = true
        var spanning: Finding?
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            if scalar == "\n" && previousWasCR { continue }
            let isBreak = scalar == "\n" || scalar == "\r" || LineMap.isYAMLOnlyBreak(scalar)
            if pendingSingle {
                pendingSingle = false
                if scalar == "'" { continue }
                quote = nil
                if opening.line < line { spanning = Finding(opening: opening, closedOnLine: line) }
            }
            if isBreak {
                if line >= error.line { break }
                line += 1
                column = 0
                inComment = false
                previous = nil
                lastValueStart = true
                continue
            }
            column += 1
            if line > error.line || (line == error.line && column > error.column) { break }
            if let open = quote {
                if escaped {
                    escaped = false
                } else if open == "\"" && scalar == "\\" {
                    escaped = true
                } else if scalar == open {
                    if open == "'" {
                        pendingSingle = true
                    } else {
                        quote = nil
                        if opening.line < line { spanning = Finding(opening: opening, closedOnLine: line) }
                    }
                }
                continue
            }
            if inComment { continue }
            if scalar == "#" && (previous == nil || previous == " " || previous == "\t") {
                inComment = true
                continue
            }
            if (scalar == "\"" || scalar == "'") && lastValueStart {
                quote = scalar
                opening = YAMLPosition(line: line, column: column)
            }
            if scalar != " " && scalar != "\t" {
                lastValueStart = [":", "-", "[", "{", ","].contains(scalar)
            }
            previous = scalar
        }
        if quote != nil, opening.line < error.line { return Finding(opening: opening, closedOnLine: nil) }
        if let spanning, spanning.closedOnLine == error.line { return spanning }
        return nil
    }
}
