/// The spec's standalone lines: a line holding only whitespace and one section, inverted, close,
/// comment, partial or set-delimiter tag is removed whole (its whitespace and its line ending).
extension Parser {
    static func removingStandaloneLines(_ tokens: [Scanner.Token]) -> [Scanner.Token] {
        var result: [Scanner.Token] = []
        result.reserveCapacity(tokens.count)
        var lineStart = 0
        while lineStart < tokens.count {
            var lineEnd = lineStart
            while lineEnd < tokens.count {
                lineEnd += 1
                if tokens[lineEnd - 1].endsLine { break }
            }
            let line = tokens[lineStart..<lineEnd]
            if let tagIndex = standaloneTag(in: line) {
                var tag = tokens[tagIndex]
                if tag.kind == .partial {
                    tag.indent = tagIndex > lineStart ? Array(tokens[lineStart].bytes) : []
                }
                result.append(tag)
            } else {
                result.append(contentsOf: line)
            }
            lineStart = lineEnd
        }
        return result
    }

    /// The index of the line's one standalone-capable tag, if the rest of the line is whitespace.
    private static func standaloneTag(in line: ArraySlice<Scanner.Token>) -> Int? {
        var found: Int?
        for index in line.indices {
            let token = line[index]
            switch token.kind {
            case .text:
                guard token.bytes.allSatisfy(Scanner.isWhitespace) else { return nil }
            case .variable:
                return nil
            case .section, .inverted, .close, .comment, .partial, .delimiters:
                if found != nil { return nil }
                found = index
            }
        }
        return found
    }
}
