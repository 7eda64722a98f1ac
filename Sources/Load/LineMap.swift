import Diagnostics
import Yams

/// Turns libyaml's positions into ours. libyaml ends a line at U+0085 (NEL), U+2028 and U+2029 as well as at
/// LF, CR and CRLF (YAML 1.1 line breaks); an editor, and our diagnostics (`DiagnosticRenderer`,
/// `ControlCharacter`), end lines only at LF, CR and CRLF. Without this, each such character inside a value
/// would move every later diagnostic one line down. Built in one pass over the text, only when it holds one.
struct LineMap {
    /// For each libyaml line (index = line − 1): our line, and how many characters of it come before.
    private let starts: [(line: Int, offset: Int)]?

    init(text: String) {
        guard text.unicodeScalars.contains(where: Self.isYAMLOnlyBreak) else {
            starts = nil
            return
        }
        var starts: [(line: Int, offset: Int)] = [(1, 0)]
        var line = 1, column = 0
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\n" where previousWasCR:
                starts[starts.count - 1] = (line, 0)
            case "\n", "\r":
                line += 1
                column = 0
                starts.append((line, 0))
            default:
                column += 1
                if Self.isYAMLOnlyBreak(scalar) { starts.append((line, column)) }
            }
        }
        self.starts = starts
    }

    /// A Yams mark (1-based) as our line and column in `file`.
    func location(_ mark: Mark?, file: String) -> SourceLocation {
        location(YAMLPosition(line: mark?.line ?? 1, column: mark?.column ?? 1), file: file)
    }

    /// A position in libyaml's lines as our line and column in `file`.
    func location(_ position: YAMLPosition, file: String) -> SourceLocation {
        let line = max(position.line, 1), column = max(position.column, 1)
        guard let starts, line <= starts.count else { return SourceLocation(file: file, line: line, column: column) }
        let start = starts[line - 1]
        return SourceLocation(file: file, line: start.line, column: start.offset + column)
    }

    /// The first `count` lines of `text` as libyaml counts them (LF, CR, CRLF, NEL, LS, PS), as scalars; for the
    /// diagnostics that look at the text around a libyaml position.
    static func yamlLines(of text: String, upTo count: Int) -> [ArraySlice<Unicode.Scalar>] {
        var lines: [ArraySlice<Unicode.Scalar>] = []
        var current: [Unicode.Scalar] = []
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            if scalar == "\n" && previousWasCR { continue }
            if scalar == "\n" || scalar == "\r" || isYAMLOnlyBreak(scalar) {
                lines.append(current[...])
                if lines.count >= count { return lines }
                current = []
            } else {
                current.append(scalar)
            }
        }
        lines.append(current[...])
        return lines
    }

    /// NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR: line breaks to libyaml only.
    static func isYAMLOnlyBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029
    }
}

/// A 1-based line and column as libyaml counts them (Yams' `Mark` cannot be made outside Yams).
struct YAMLPosition {
    let line: Int
    let column: Int

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    init(_ mark: Mark) {
        self.init(line: mark.line, column: mark.column)
    }
}
