// Shared test helpers: golden files.
import Foundation
import Testing

/// Compares `actual` byte for byte with the golden file `<folder>/<named>`.
///
/// - With `RECORD_SNAPSHOTS=1` in the environment the file is (re)written atomically, creating
///   folders, and the check passes: review the change with `git diff`.
/// - A missing golden file is an issue that says to run `make snapshots`.
/// - A mismatch is an issue showing the first differing line: its number, the expected and the actual text.
public func assertGolden(_ actual: String, named: String, in folder: String,
                         sourceLocation: SourceLocation = #_sourceLocation) {
    let url = URL(fileURLWithPath: folder).appendingPathComponent(named)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url, options: .atomic)
        } catch {
            Issue.record("could not record golden file \(url.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
        Issue.record("golden file \(url.path) is missing: run `make snapshots` to record it",
                     sourceLocation: sourceLocation)
        return
    }
    guard data != Data(actual.utf8) else { return }
    let expected = String(decoding: data, as: UTF8.self)
    Issue.record(Comment(rawValue: goldenMismatch(expected: expected, actual: actual, path: url.path)),
                 sourceLocation: sourceLocation)
}

/// The message for a mismatch: the first line that differs (1-based), expected and actual.
func goldenMismatch(expected: String, actual: String, path: String) -> String {
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let count = max(expectedLines.count, actualLines.count)
    let index = (0..<count).first { index in
        index >= expectedLines.count || index >= actualLines.count || expectedLines[index] != actualLines[index]
    } ?? 0
    let line = { (lines: [Substring]) in index < lines.count ? "\"\(lines[index])\"" : "<end of file>" }
    return """
        \(path) differs from the output at line \(index + 1) \
        (run `make snapshots` if the change is intended):
          expected: \(line(expectedLines))
          actual:   \(line(actualLines))
        """
}
