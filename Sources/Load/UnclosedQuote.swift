/// Finds the quote a YAML syntax error most likely comes from: a value that opens with `"` or `'` and is not
/// closed on its own line. YAML lets a quoted value run over several lines, so libyaml reads on to the next
/// quote of the file and reports what follows that one (or the end of the file) — far from the mistake.
///
/// One pass over the lines up to the error, with a small state machine: outside a value's quote, a `"` or `'`
/// opens one only where a value starts (after `:`, `-`, `[`, `{`, `,` or at the line's start), a `#` after a
/// blank starts a comment, and the lines of a block scalar (`|`, `>`) are skipped; inside a quote, `\` escapes
/// in double quotes and `''` is a quote in single quotes.
enum UnclosedQuote {
    struct Finding {
        /// Where the quote opens (libyaml's lines).
        let opening: YAMLPosition
        /// The line where the next quote closed it, or `nil` when nothing did.
        let closedOnLine: Int?
    }

    /// The quote that opened on an earlier line and was still open at `error`, or closed on `error`'s line.
    static func blamed(for error: YAMLPosition, in text: String) -> Finding? {
        var scanner = Scanner()
        var blockIndent: Int?
        for (index, line) in LineMap.yamlLines(of: text, upTo: error.line).enumerated() {
            let number = index + 1
            if scanner.quote == nil, let block = blockIndent {
                let indent = line.prefix { $0 == " " }.count
                if indent == line.count || indent > block { continue }
                blockIndent = nil
            }
            let end = number == error.line ? min(max(error.column - 1, 0), line.count) : line.count
            let comment = scanner.scan(line[..<end], line: number)
            if number < error.line, scanner.quote == nil, opensBlockScalar(Array(line[..<(comment ?? line.count)])) {
                blockIndent = line.prefix { $0 == " " }.count
            }
        }
        if scanner.quote != nil, scanner.opening.line < error.line {
            return Finding(opening: scanner.opening, closedOnLine: nil)
        }
        if let spanning = scanner.spanning, spanning.closedOnLine == error.line { return spanning }
        return nil
    }
}

private extension UnclosedQuote {
    /// The quote state carried from line to line.
    struct Scanner {
        var quote: Unicode.Scalar?
        var opening = YAMLPosition(line: 1, column: 1)
        /// The last quote that closed on a later line than it opened.
        var spanning: Finding?

        /// Scans one line's characters; returns where a comment starts, if one does.
        mutating func scan(_ characters: ArraySlice<Unicode.Scalar>, line: Int) -> Int? {
            var valueStarts = true, escaped = false
            var previous: Unicode.Scalar?
            var index = characters.startIndex
            while index < characters.endIndex {
                let scalar = characters[index]
                let column = index - characters.startIndex + 1
                index += 1
                if let open = quote {
                    if escaped {
                        escaped = false
                    } else if open == "\"" && scalar == "\\" {
                        escaped = true
                    } else if scalar == open {
                        if open == "'", index < characters.endIndex, characters[index] == "'" {
                            index += 1
                            continue
                        }
                        quote = nil
                        if opening.line < line { spanning = Finding(opening: opening, closedOnLine: line) }
                    }
                    continue
                }
                if scalar == "#" && (previous == nil || previous == " " || previous == "\t") { return column - 1 }
                if (scalar == "\"" || scalar == "'") && valueStarts {
                    quote = scalar
                    opening = YAMLPosition(line: line, column: column)
                    continue
                }
                if scalar != " " && scalar != "\t" { valueStarts = [":", "-", "[", "{", ","].contains(scalar) }
                previous = scalar
            }
            return nil
        }
    }

    /// `key: |`, `- >-`, `text: |2`: the line opens a block scalar, whose lines are text, not YAML.
    static func opensBlockScalar(_ line: [Unicode.Scalar]) -> Bool {
        var rest = line[...]
        while let last = rest.last, last == " " || last == "\t" { rest = rest.dropLast() }
        var indicators = 0
        while let last = rest.last, last == "-" || last == "+" || ("1"..."9").contains(last), indicators < 2 {
            rest = rest.dropLast()
            indicators += 1
        }
        guard let indicator = rest.last, indicator == "|" || indicator == ">" else { return false }
        rest = rest.dropLast()
        while let last = rest.last, last == " " || last == "\t" { rest = rest.dropLast() }
        return rest.isEmpty || rest.last == ":" || rest.last == "-"
    }
}
