/// Prints diagnostics the way a compiler does:
///
/// ```
/// congress.yaml:12:7: lỗi [DH104]: …
///   name: 12
///         ^
/// ```
/// The caret stands under the column, counted so that text with Vietnamese letters before it still aligns.
/// A line longer than ``widestLine`` is shown as the part around the column, between "…", so that many
/// diagnostics on one long line (a whole list written on one line) print in time linear in their number.
public struct DiagnosticRenderer: Sendable {
    /// Each source line as Unicode scalars, the unit columns count (split once, so a diagnostic costs only
    /// the part of its line it shows).
    private let lines: [String: [[Unicode.Scalar]]]
    /// The most scalars of a source line shown in full.
    static let widestLine = 160
    /// Of a longer line, the scalars shown before the column (and, with the column, `widestLine` in all).
    static let shownBefore = 60

    /// - Parameter sources: every input text read, by file name as diagnostics name it.
    public init(sources: [String: String]) {
        lines = sources.mapValues { Self.lines($0).map { Array($0.unicodeScalars) } }
    }

    /// The lines of a text, ended by LF, CR or CRLF. Split on UTF-8 bytes: comparing `Character`s compares
    /// them in NFC, which costs the square of a character's length (a letter with a megabyte of marks).
    static func lines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex, index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            guard byte == 0x0A || byte == 0x0D else {
                index = utf8.index(after: index)
                continue
            }
            lines.append(text[start..<index])
            index = utf8.index(after: index)
            if byte == 0x0D, index != utf8.endIndex, utf8[index] == 0x0A { index = utf8.index(after: index) }
            start = index
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    /// The diagnostic as text: the heading line, then the source line and the caret when the source is known.
    /// No trailing newline.
    public func render(_ d: Diagnostic, language: Language) -> String {
        let heading = "\(severityWord(d.severity, language)) [\(d.code)]: \(d.message.text(in: language))"
        guard let location = d.location else { return heading }
        var out = "\(location): \(heading)"
        if let line = sourceLine(location) {
            let (shown, column) = excerpt(of: line, around: location.column)
            out += "\n" + shown + "\n" + caretLine(under: column, in: shown)
        }
        return out
    }
}

private extension DiagnosticRenderer {
    func severityWord(_ severity: Severity, _ language: Language) -> String {
        switch (severity, language) {
        case (.error, .vi): "lỗi"
        case (.error, .en): "error"
        case (.warning, .vi): "cảnh báo"
        case (.warning, .en): "warning"
        case (.note, .vi): "ghi chú"
        case (.note, .en): "note"
        }
    }

    func sourceLine(_ location: SourceLocation) -> [Unicode.Scalar]? {
        guard let fileLines = lines[location.file], location.line >= 1, location.line <= fileLines.count else {
            return nil
        }
        return fileLines[location.line - 1]
    }

    /// The line as shown, and the column in it: the whole line when it is short enough, else at most
    /// ``widestLine`` scalars around the column, with "…" where the line goes on; printable (`printable`).
    func excerpt(of line: [Unicode.Scalar], around column: Int) -> (text: String, column: Int) {
        guard line.count > Self.widestLine else { return (Self.printable(line[...]), column) }
        let start = min(max(column - 1 - Self.shownBefore, 0), line.count - Self.widestLine)
        let end = start + Self.widestLine
        let before = start > 0 ? "…" : "", after = end < line.count ? "…" : ""
        return (before + Self.printable(line[start..<end]) + after, column - start + before.unicodeScalars.count)
    }

    /// The text as it may go to a terminal: a control character (C0 but tab, DEL, C1) of a hostile file would
    /// be obeyed by the terminal (ESC sequences), so each is shown as U+FFFD — one for one, the caret stays put.
    static func printable(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        let isControl = { (s: Unicode.Scalar) in (s.value < 0x20 && s != "\t") || (0x7F..<0xA0).contains(s.value) }
        var out = String.UnicodeScalarView()
        for scalar in scalars { out.append(isControl(scalar) ? "\u{FFFD}" : scalar) }
        return String(out)
    }

    /// Spaces (tabs kept as tabs) for every character before the column, which counts Unicode scalars.
    func caretLine(under column: Int, in line: String) -> String {
        let scalars = line.unicodeScalars
        let end = scalars.index(scalars.startIndex, offsetBy: max(column - 1, 0), limitedBy: scalars.endIndex)
            ?? scalars.endIndex
        let prefix = String(scalars[scalars.startIndex..<end])
        let padding = String(prefix.map { $0.utf8.first == 0x09 ? "\t" : " " })
        let overflow = max(column - 1 - scalars.count, 0)
        return padding + String(repeating: " ", count: overflow) + "^"
    }
}
