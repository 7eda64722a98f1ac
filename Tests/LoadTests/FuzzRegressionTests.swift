import Diagnostics
import Foundation
@testable import Load
import Testing

/// The inputs under Fuzz/regressions/loader that crashed, hung or exhausted memory under `make fuzz`
/// (Fuzz/README.md), each fed to the loader as the fuzz target feeds it: a diagnostic, in good time.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz/regressions/loader")

    /// The input's text, loaded as `congress.yaml`, with the seconds loading took.
    func loadRegression(_ name: String) throws -> (result: LoadResult, seconds: Double) {
        let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
        let start = ContinuousClock.now
        let result = load(text)
        let elapsed = ContinuousClock.now - start
        return (result, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    /// A 14 000-character id naming nobody, next to a 14 000-character id: "did you mean" filled a
    /// 14 000 × 14 000 table (1.5 GB, minutes) to find that they are not two edits apart.
    @Test func aLongUnknownIdIsReportedWithoutATableOfItsLengthSquared() throws {
        let (result, _) = try loadRegression("long-unknown-person-id.yaml")
        let unknown = result.diagnostics.filter { $0.code == "DH112" }
        #expect(unknown.map { $0.location?.description } == ["congress.yaml:4:13"])
        #expect(unknown.first?.message == .unknownPerson(id: String(repeating: "b", count: 14_000), suggestion: nil))
        #expect(result.congress == nil)
    }

    /// 1 500 delegates naming nobody among 1 500 people: each was compared in full with every id.
    /// Every one is still reported; "did you mean" stops when its budget is spent.
    @Test func manyUnknownIdsAreReportedInGoodTime() throws {
        let (result, _) = try loadRegression("many-unknown-people.yaml")
        let unknown = result.diagnostics.filter { $0.code == "DH112" }
        #expect(unknown.count == 1_500)
        // q0000 is one edit from p0000 (and from no other id, all being p followed by four digits).
        #expect(unknown.first?.message == .unknownPerson(id: "q0000", suggestion: "p0000"))
        #expect(unknown.last?.message == .unknownPerson(id: "q1499", suggestion: nil))
    }
}

/// A diagnostic on a long line shows the part of the line around its column.
@Suite struct LongLineRenderingTests {
    /// 2 000 unknown ids in one flow list on one 22 000-character line: each diagnostic printed the whole
    /// line, 66 MB of text for a 60 kB file (found while checking the fuzz regressions through the CLI).
    @Test func manyErrorsOnOneLongLineRenderInLinearSpace() throws {
        let (result, _) = try FuzzRegressionTests().loadRegression("many-errors-on-one-line.yaml")
        let renderer = DiagnosticRenderer(sources: result.sources)
        let rendered = result.diagnostics.map { renderer.render($0, language: .en) }
        #expect(result.diagnostics.filter { $0.code == "DH112" }.count == 2_000)
        let widest = rendered.flatMap { $0.split(separator: "\n") }.map(\.unicodeScalars.count).max() ?? 0
        #expect(widest <= 200, "widest rendered line: \(widest)")
    }

    /// 300 scalars, the fault at column 200: 60 scalars before it and 99 after, between "…", caret under it.
    @Test func aLongLineIsShownAroundTheColumn() {
        let line = String(repeating: "a", count: 199) + "X" + String(repeating: "b", count: 100)
        let diagnostic = Diagnostic(severity: .error, message: .unknownKey(key: "X", suggestion: nil),
                                    location: SourceLocation(file: "a.yaml", line: 1, column: 200))
        let rendered = DiagnosticRenderer(sources: ["a.yaml": line + "\n"]).render(diagnostic, language: .en)
        #expect(rendered == "a.yaml:1:200: error [DH106]: unknown key 'X'\n"
            + "…" + String(repeating: "a", count: 60) + "X" + String(repeating: "b", count: 99) + "…\n"
            + String(repeating: " ", count: 61) + "^")
    }

    /// A line of exactly the widest length is shown whole; near its end the window ends with the line.
    @Test func shortLinesAndLineEndsAreShownWithoutEllipsis() {
        let whole = String(repeating: "c", count: 160)
        let atEnd = String(repeating: "d", count: 200)
        let sources = ["a.yaml": whole + "\n" + atEnd + "\n"]
        let renderer = DiagnosticRenderer(sources: sources)
        let first = renderer.render(Diagnostic(severity: .error, message: .unknownKey(key: "c", suggestion: nil),
                                               location: SourceLocation(file: "a.yaml", line: 1, column: 150)), language: .en)
        #expect(first.split(separator: "\n")[1] == Substring(whole))
        let second = renderer.render(Diagnostic(severity: .error, message: .unknownKey(key: "d", suggestion: nil),
                                                location: SourceLocation(file: "a.yaml", line: 2, column: 200)), language: .en)
        #expect(second.split(separator: "\n")[1] == Substring("…" + String(repeating: "d", count: 160)))
        #expect(second.split(separator: "\n")[2] == Substring(String(repeating: " ", count: 160) + "^"))
    }
}

struct BoundedSuggestionDistanceTests {

    /// The banded distance agrees with the full table whenever the full distance is within the bound.
    @Test func agreesWithTheFullDistanceWithinTheBound() {
        let words = ["", "a", "ab", "ba", "abc", "acb", "name", "nmae", "venue", "venu", "hoa", "nma", "nam",
                     "Hòa", "Hoa", "abcdef", "badcfe", "xyz", "dang-vien", "dang-vein", "chi-uy", "chi-bo"]
        for a in words {
            for b in words {
                let full = Suggestion.distance(a, b)
                for limit in 0...3 {
                    let bounded = Suggestion.distance(Array(a), Array(b), limit: limit)
                    #expect(bounded == (full <= limit ? full : limit + 1), "\(a) → \(b) within \(limit)")
                }
            }
        }
    }
}
