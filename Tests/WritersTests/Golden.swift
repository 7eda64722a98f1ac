import Foundation
import Testing

/// Compares `actual` with the golden file `Golden/<name>` next to this file, byte for byte.
/// `RECORD_SNAPSHOTS=1` (or a missing golden file) writes the file instead; a missing file also fails
/// the test, so a first run never passes silently.
func assertGolden(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden", isDirectory: true).appendingPathComponent(name)
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
        if !record { Issue.record("golden file \(name) was missing and has been recorded; review it and re-run", sourceLocation: sourceLocation) }
        return
    }
    guard actual != expected else { return }
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let line = Array(zip(actualLines, expectedLines)).firstIndex { $0 != $1 } ?? min(actualLines.count, expectedLines.count)
    let got = line < actualLines.count ? String(actualLines[line]) : "<end>"
    let want = line < expectedLines.count ? String(expectedLines[line]) : "<end>"
    Issue.record("\(name) differs from its golden file at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)\n(RECORD_SNAPSHOTS=1 re-records)",
                 sourceLocation: sourceLocation)
}
