import Foundation
import Testing
@testable import TestSupport

/// `assertGolden` itself: passes on equal bytes, reports a missing file and the first differing line.
@Suite(.disabled(if: ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1", "recording snapshots"))
struct SnapshotAssertionTests {
    private func folder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("daihoi-golden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    @Test func equalBytesPass() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("a\nb\n".utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent("x.html"))
        assertGolden("a\nb\n", named: "x.html", in: folder)
    }

    @Test func missingFileAsksToRecord() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        withKnownIssue {
            assertGolden("a\n", named: "sub/missing.html", in: folder)
        } matching: { issue in
            issue.comments.contains { $0.rawValue.contains("missing: run `make snapshots`") }
        }
    }

    @Test func mismatchShowsTheFirstDifferingLine() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("one\ntwo\nthree\n".utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent("x.html"))
        withKnownIssue {
            assertGolden("one\n2\nthree\n", named: "x.html", in: folder)
        } matching: { issue in
            issue.comments.contains { $0.rawValue.contains("at line 2") }
        }
        #expect(goldenMismatch(expected: "one\ntwo\n", actual: "one\n2\n", path: "p").hasSuffix("""
            expected: "two"
              actual:   "2"
            """))
        #expect(goldenMismatch(expected: "a", actual: "a\nb", path: "p").contains("expected: <end of file>"))
    }
}
