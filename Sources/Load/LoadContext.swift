import CongressModel
import Diagnostics
import Foundation

/// The state of one load: the file, the diagnostics found so far, the texts read, the person references seen.
///
/// A reference type so the many small readers can share it without threading it back; it never leaves one load.
final class LoadContext {
    /// The YAML file's name as given.
    let file: String
    /// The folder `{file: …}` references resolve against ("" for the current folder).
    let folder: String
    /// U+0085, U+2028, U+2029 hidden from libyaml, restored in every scalar.
    let lineBreaks: UnicodeLineBreaks
    /// The text as libyaml reads it (`lineBreaks` hidden).
    let yamlText: String
    /// libyaml's line numbers → ours (they differ after U+0085, U+2028, U+2029 when those could not be hidden).
    let lineMap: LineMap
    private(set) var diagnostics: [Diagnostic] = []
    var sources: [String: String]
    /// Every person id referred to outside `people`, with where, in file order.
    private(set) var references: [(id: PersonID, location: SourceLocation)] = []
    /// Where each person's `id` value stands.
    var idLocations: [PersonID: SourceLocation] = [:]
    /// The valid ids of `people` in file order, once the list was read (even when some entry had an error),
    /// so references are checked whatever else failed.
    var knownIDs: [PersonID]?
    /// Where each delegate entry's person id stands, in order.
    var delegateLocations: [SourceLocation] = []
    /// Where each declared attendance figure stands.
    var attendanceLocations: [String: SourceLocation] = [:]
    /// Where every map value and list element read stands, by key path (becomes `Congress.sourceMap`).
    var positions: [String: SourceLocation] = [:]

    init(file: String, text: String) {
        self.file = file
        self.folder = (file as NSString).deletingLastPathComponent
        self.sources = [file: text]
        self.lineBreaks = UnicodeLineBreaks(text: text)
        self.yamlText = lineBreaks.hidden(text)
        self.lineMap = LineMap(text: yamlText)
    }

    /// The character at a libyaml position of `yamlText` (read by scanning: for the rare diagnostic that asks).
    func yamlScalar(line: Int, column: Int) -> Unicode.Scalar? {
        let lines = LineMap.yamlLines(of: yamlText, upTo: line)
        guard line >= 1, line <= lines.count, column >= 1, column <= lines[line - 1].count else { return nil }
        return lines[line - 1].dropFirst(column - 1).first
    }

    func error(_ message: Message, at location: SourceLocation?) {
        diagnostics.append(.error(message, at: location))
    }

    func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    func refer(to id: PersonID, at location: SourceLocation) {
        references.append((id, location))
    }
}
