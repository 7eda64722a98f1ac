import Foundation
import Diagnostics
import Yams

/// Turns a Yams error into a located diagnostic (Yams marks are already 1-based; columns count scalars;
/// `lines` turns libyaml's line numbers into ours).
enum YAMLErrorMapping {
    static func diagnostic(for error: Error, file: String, text: String, lines: LineMap) -> Diagnostic {
        guard let yamlError = error as? YamlError else {
            return .error(.yamlSyntax(detail: String(describing: error)), at: SourceLocation(file: file, line: 1, column: 1))
        }
        switch yamlError {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            if let tab = indentingTab(near: mark, in: text) {
                return .error(.tabIndentation, at: lines.location(tab, file: file))
            }
            if let context, context.text.contains("flow mapping"), let cut = cutFlowValue(at: mark, in: text) {
                return .error(.unquotedFlowValue(key: cut.key, fragment: cut.fragment), at: lines.location(mark, file: file))
            }
            // An unclosed quote is reported where it opens: libyaml only notices it at the end of the file, or
            // at what follows the next quote of the file.
            // (A bad escape inside the quotes, "\q" or "\ud800", is its own problem: DH101 at the escape, below.)
            if let context, context.text.contains("quoted scalar"), !problem.contains("escape"), !problem.contains("hexdecimal") {
                return .error(.unclosedQuote(closedOnLine: nil), at: lines.location(context.mark, file: file))
            }
            if let quote = UnclosedQuote.blamed(for: YAMLPosition(mark), in: text) {
                let closed = quote.closedOnLine.map { lines.location(YAMLPosition(line: $0, column: 1), file: file).line }
                return .error(.unclosedQuote(closedOnLine: closed), at: lines.location(quote.opening, file: file))
            }
            // An unclosed '{' or '[' is reported where it opens: libyaml only notices it at the next line's key.
            if let context, context.text.contains("flow"), problem.contains("did not find expected"),
               lines.location(context.mark, file: file).line < lines.location(mark, file: file).line {
                return .error(.yamlSyntax(detail: detail(context, problem, mark, lines, file)), at: lines.location(context.mark, file: file))
            }
            return .error(.yamlSyntax(detail: detail(context, problem, mark, lines, file)), at: lines.location(mark, file: file))
        case let .reader(problem, offset, _, _):
            let at = offset.map { position(ofCharacterOffset: $0, in: text, file: file) }
            return .error(.yamlSyntax(detail: problem), at: at ?? SourceLocation(file: file, line: 1, column: 1))
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? ""
            return .error(.duplicateKey(key: key), at: secondOccurrence(of: key, after: context.mark, in: text, file: file, lines: lines))
        default:
            return .error(.yamlSyntax(detail: String(describing: yamlError)), at: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    /// libyaml's wording; an unclosed bracket or quote ("while parsing a flow mapping") gets the position where it
    /// opened when that is on another line, since that is where the mistake usually is.
    private static func detail(_ context: YamlError.Context?, _ problem: String, _ mark: Mark, _ lines: LineMap,
                               _ file: String) -> String {
        guard let context else { return problem }
        let opened = lines.location(context.mark, file: file), at = lines.location(mark, file: file)
        guard context.text.contains("flow"), opened.line != at.line else { return "\(context.text), \(problem)" }
        return "\(context.text) (line \(opened.line), column \(opened.column)), \(problem) (line \(at.line), column \(at.column))"
    }

    /// `{title: Thảo luận: các ý kiến}`: libyaml stops at a second unquoted `:` of one entry of a one-line map;
    /// the key of that entry and what follows the `:`, to name in the hint.
    private static func cutFlowValue(at mark: Mark, in text: String) -> (key: String, fragment: String)? {
        guard mark.line >= 1, let line = LineMap.yamlLines(of: text, upTo: mark.line).dropFirst(mark.line - 1).first.map(Array.init),
              mark.column >= 1, mark.column <= line.count, line[mark.column - 1] == ":" else { return nil }
        let before = line[..<(mark.column - 1)]
        let start = before.lastIndex(where: { $0 == "," || $0 == "{" }).map { $0 + 1 } ?? before.startIndex
        let entry = String(String.UnicodeScalarView(before[start...]))
        guard let colon = entry.firstIndex(of: ":") else { return nil }
        let key = entry[..<colon].trimmingCharacters(in: .whitespaces)
        let after = line[mark.column...]
        let end = after.firstIndex(where: { $0 == "," || $0 == "}" }) ?? after.endIndex
        let fragment = String(String.UnicodeScalarView(after[..<end])).trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty else { return nil }
        return (key, fragment)
    }

    /// The first tab in the indentation (the blanks that start the line) of the line of `mark` or of the line
    /// before it (libyaml stops at the token after a tab, or at the tab itself): YAML indents with spaces only.
    private static func indentingTab(near mark: Mark, in text: String) -> YAMLPosition? {
        let lines = LineMap.yamlLines(of: text, upTo: mark.line)
        for number in stride(from: min(mark.line, lines.count), through: max(mark.line - 1, 1), by: -1) {
            let line = lines[number - 1]
            if let tab = line.prefix(while: { $0 == " " || $0 == "\t" }).firstIndex(of: "\t") {
                return YAMLPosition(line: number, column: tab - line.startIndex + 1)
            }
        }
        return nil
    }

    /// Yams reports a duplicate at its first occurrence; the error belongs to the second: `key:` later on the
    /// same line (a flow map), else on a later line at the same column before the map's indentation ends.
    private static func secondOccurrence(of key: String, after mark: Mark, in text: String, file: String,
                                         lines: LineMap) -> SourceLocation {
        lines.location(secondOccurrence(of: key, after: mark, in: text), file: file)
    }

    /// The mark (in libyaml's lines) of the second occurrence of `key`.
    private static func secondOccurrence(of key: String, after mark: Mark, in text: String) -> YAMLPosition {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { Array($0.unicodeScalars) }
        guard mark.line >= 1, mark.line <= lines.count else { return YAMLPosition(mark) }
        let needle = Array((key + ":").unicodeScalars)
        let first = lines[mark.line - 1]
        var column = mark.column + needle.count
        while column + needle.count - 1 <= first.count {
            let before = first[column - 2]
            if (before == "," || before == "{" || before == " "), Array(first[(column - 1)..<(column - 1 + needle.count)]) == needle {
                return YAMLPosition(line: mark.line, column: column)
            }
            column += 1
        }
        for index in mark.line..<lines.count {
            let line = lines[index]
            guard let indent = line.firstIndex(where: { $0 != " " }), line[indent] != "#" else { continue }
            if indent + 1 < mark.column { break }
            if indent + 1 == mark.column, Array(line[indent...].prefix(needle.count)) == needle {
                return YAMLPosition(line: index + 1, column: mark.column)
            }
        }
        return YAMLPosition(mark)
    }

    private static func position(ofCharacterOffset offset: Int, in text: String, file: String) -> SourceLocation {
        let prefix = text.prefix(offset)
        let line = prefix.reduce(1) { $1.isNewline ? $0 + 1 : $0 }
        let lastLine = prefix.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).last ?? ""
        return SourceLocation(file: file, line: line, column: lastLine.unicodeScalars.count + 1)
    }
}
