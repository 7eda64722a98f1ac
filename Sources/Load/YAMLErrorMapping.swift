import Diagnostics
import Yams

/// Turns a Yams error into a located diagnostic (Yams marks are already 1-based; columns count scalars).
enum YAMLErrorMapping {
    static func diagnostic(for error: Error, file: String, text: String) -> Diagnostic {
        guard let yamlError = error as? YamlError else {
            return .error(.yamlSyntax(detail: String(describing: error)), at: SourceLocation(file: file, line: 1, column: 1))
        }
        switch yamlError {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            return .error(.yamlSyntax(detail: detail(context, problem, mark)), at: location(mark, file))
        case let .reader(problem, offset, _, _):
            let at = offset.map { position(ofCharacterOffset: $0, in: text, file: file) }
            return .error(.yamlSyntax(detail: problem), at: at ?? SourceLocation(file: file, line: 1, column: 1))
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? ""
            return .error(.duplicateKey(key: key), at: secondOccurrence(of: key, after: context.mark, in: text, file: file))
        default:
            return .error(.yamlSyntax(detail: String(describing: yamlError)), at: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    /// libyaml's wording; an unclosed bracket or quote ("while parsing a flow mapping") gets the position where it
    /// opened when that is on another line, since that is where the mistake usually is.
    private static func detail(_ context: YamlError.Context?, _ problem: String, _ mark: Mark) -> String {
        guard let context else { return problem }
        let opened = context.text.contains("flow") || context.text.contains("quoted")
        let start = !opened || context.mark.line == mark.line ? "" : " (line \(context.mark.line), column \(context.mark.column))"
        return "\(context.text)\(start), \(problem)"
    }

    private static func location(_ mark: Mark, _ file: String) -> SourceLocation {
        SourceLocation(file: file, line: max(mark.line, 1), column: max(mark.column, 1))
    }

    /// Yams reports a duplicate at its first occurrence; the error belongs to the second: `key:` later on the
    /// same line (a flow map), else on a later line at the same column before the map's indentation ends.
    private static func secondOccurrence(of key: String, after mark: Mark, in text: String, file: String) -> SourceLocation {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { Array($0.unicodeScalars) }
        guard mark.line >= 1, mark.line <= lines.count else { return location(mark, file) }
        let needle = Array((key + ":").unicodeScalars)
        let first = lines[mark.line - 1]
        var column = mark.column + needle.count
        while column + needle.count - 1 <= first.count {
            let before = first[column - 2]
            if (before == "," || before == "{" || before == " "), Array(first[(column - 1)..<(column - 1 + needle.count)]) == needle {
                return SourceLocation(file: file, line: mark.line, column: column)
            }
            column += 1
        }
        for index in mark.line..<lines.count {
            let line = lines[index]
            guard let indent = line.firstIndex(where: { $0 != " " }), line[indent] != "#" else { continue }
            if indent + 1 < mark.column { break }
            if indent + 1 == mark.column, Array(line[indent...].prefix(needle.count)) == needle {
                return SourceLocation(file: file, line: index + 1, column: mark.column)
            }
        }
        return location(mark, file)
    }

    private static func position(ofCharacterOffset offset: Int, in text: String, file: String) -> SourceLocation {
        let prefix = text.prefix(offset)
        let line = prefix.reduce(1) { $1.isNewline ? $0 + 1 : $0 }
        let lastLine = prefix.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).last ?? ""
        return SourceLocation(file: file, line: line, column: lastLine.unicodeScalars.count + 1)
    }
}
