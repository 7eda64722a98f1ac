import Foundation
import Testing

/// Absurd integers are invalid input, never a crash: a figure of a sample set to `Int.max` (or past 64 bits) is
/// DH108 at its line and column, and figures under the cap whose sums exceed the totals are the domain errors at
/// the line they concern. `check` and `render` both exit 1 (a trap would exit 132) and nothing is written.
struct OverflowInputTests {
    /// One line of a sample holding `old`, which becomes `new` (the first such line).
    struct Edit: Sendable {
        let old: String
        let new: String
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let sample: String
        let edits: [Edit]
        /// The code expected, on the first line (after the edits) that holds `line`.
        let code: String
        let line: String
        /// When set, the expected column is where this text starts on that line.
        var column: String?
        /// Codes that must not be reported (a cascade the rules avoid).
        var never: [String] = []

        var testDescription: String { name }
    }

    static let max = String(Int.max)
    static let large = "9000000"
    static let chiBo = "chi-bo-khu-pho-3"
    static let hungHa = "hung-ha"

    /// Each figure at `Int.max`: DH108 at the value.
    static func atMaximum(_ name: String, _ old: String, _ new: String, in sample: String = chiBo) -> Case {
        Case(name: name, sample: sample, edits: [Edit(old: old, new: new)], code: "DH108", line: new, column: Self.max)
    }

    static let cases: [Case] = [
        atMaximum("item minutes", "minutes: 10", "minutes: \(max)"),
        atMaximum("election seats", "seats: 3", "seats: \(max)"),
        atMaximum("candidate votes", "votes: {hoa: 15,", "votes: {hoa: \(max),"),
        atMaximum("round issued", "issued: 15", "issued: \(max)"),
        atMaximum("attendance summoned", "summoned: 19", "summoned: \(max)"),
        atMaximum("attendance present", "present: 17", "present: \(max)"),
        atMaximum("attendance absent", "absent: 2}", "absent: \(max)}"),
        atMaximum("base exclusion count", "mien-sinh-hoat-vang-mat, count: 1}", "mien-sinh-hoat-vang-mat, count: \(max)}"),
        atMaximum("motion for", "Đại hội, for: 15}", "Đại hội, for: \(max)}"),
        atMaximum("motion against", "for: 14, against: 1}", "for: 14, against: \(max)}"),
        atMaximum("motion abstain", "for: 295, against: 1, abstain: 1}", "for: 295, against: 1, abstain: \(max)}", in: hungHa),
        atMaximum("declared base", "base: 41", "base: \(max)", in: hungHa),
        atMaximum("round valid", "valid: 295", "valid: \(max)", in: hungHa),
        atMaximum("invalid reason count", "count: 2}]", "count: \(max)}]", in: hungHa),
        Case(name: "votes past 64 bits", sample: chiBo, edits: [Edit(old: "votes: {hoa: 15,", new: "votes: {hoa: 99999999999999999999,")],
             code: "DH108", line: "99999999999999999999", column: "99999999999999999999", never: ["DH104"]),
        // Under the cap, added up past the totals.
        Case(name: "motion sum above those present", sample: chiBo,
             edits: [Edit(old: "for: 14, against: 1}", new: "for: \(large), against: \(large), abstain: \(large)}")],
             code: "DH222", line: "abstain: \(large)"),
        Case(name: "attendance sum", sample: chiBo,
             edits: [Edit(old: "attendance: {summoned: 19, present: 17, absent: 2}",
                          new: "attendance: {summoned: \(large), present: \(large), absent: \(large)}")],
             code: "DH117", line: "attendance:"),
        Case(name: "votes sum above valid ballots × places", sample: chiBo,
             edits: [Edit(old: "votes: {hoa: 15, thang: 14, lan: 12, duc: 4}",
                          new: "votes: {hoa: \(large), thang: \(large), lan: \(large), duc: \(large)}")],
             code: "DH216", line: "votes: {hoa:"),   // at the votes line, not the round's first line
        // The sample's first exclusions are the secret vote's on a motion (before the elections): its base, the
        // official members summoned less them, is judged as an election's is.
        Case(name: "exclusions above those summoned", sample: chiBo,
             edits: [Edit(old: "mien-sinh-hoat-vang-mat, count: 1}", new: "mien-sinh-hoat-vang-mat, count: \(large)}"),
                     Edit(old: "vang-mat-co-ly-do, count: 1}", new: "vang-mat-co-ly-do, count: \(large)}")],
             code: "DH580", line: "- {reason: mien-sinh-hoat-vang-mat", never: ["DH221"]),   // at the exclusions
    ]

    /// The sample's folder copied (its `{file: …}` prose included) with the edits made to `congress.yaml`;
    /// returns the file and the 1-based line and column the case expects.
    private func write(_ c: Case) throws -> (file: URL, line: Int, column: Int?) {
        let folder = try Repository.temporaryFolder().appendingPathComponent(c.sample)
        try FileManager.default.copyItem(at: Repository.samples.appendingPathComponent(c.sample), to: folder)
        let file = folder.appendingPathComponent("congress.yaml")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        for edit in c.edits {
            let index = try #require(lines.firstIndex { $0.contains(edit.old) }, "no line of \(c.sample) holds '\(edit.old)'")
            lines[index] = lines[index].replacingOccurrences(of: edit.old, with: edit.new)
        }
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let index = try #require(lines.firstIndex { $0.contains(c.line) }, "no edited line holds '\(c.line)'")
        let column = c.column.flatMap { text in lines[index].range(of: text).map { lines[index].distance(from: lines[index].startIndex, to: $0.lowerBound) + 1 } }
        return (file, index + 1, column)
    }

    @Test(arguments: cases) func anAbsurdFigureIsInvalidInputNotACrash(_ c: Case) throws {
        let (file, line, column) = try write(c)
        let position = "\(file.path):\(line):" + (column.map { "\($0):" } ?? "")
        let check = try CLI.run(["check", file.path])
        #expect(check.status == 1, "\(c.name): exit \(check.status)\n\(check.stderr)")
        #expect(check.stderr.split(separator: "\n").contains { $0.hasPrefix(position) && $0.contains("lỗi [\(c.code)]") },
                "\(c.name): no \(c.code) at \(position)\n\(check.stderr)")
        for code in c.never { #expect(!check.stderr.contains("[\(code)]"), "\(c.name): \(check.stderr)") }
        let english = try CLI.run(["check", file.path, "--lang", "en"])
        #expect(english.stderr.split(separator: "\n").contains { $0.hasPrefix(position) && $0.contains("error [\(c.code)]") },
                "\(c.name): \(english.stderr)")

        let out = file.deletingLastPathComponent().appendingPathComponent("out")
        let render = try CLI.run(["render", file.path, "-o", out.path])
        #expect(render.status == 1, "\(c.name): render exit \(render.status)\n\(render.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path), "\(c.name): nothing is written for an invalid file")
    }
}
