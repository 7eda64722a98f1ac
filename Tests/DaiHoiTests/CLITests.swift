import Foundation
import Testing

/// The `daihoi` command as a user runs it: help, exit codes (0 ok, 1 invalid input, 2 usage), messages in
/// Vietnamese by default and English with --lang en, nothing written for an invalid file.
@Suite(.serialized) struct CLITests {
    @Test func helpTeachesEveryCommandWithExamples() throws {
        let root = try CLI.run(["--help"])
        #expect(root.status == 0)
        for command in ["render", "check", "batch", "sample-batch"] { #expect(root.stdout.contains(command)) }
        for command in ["render", "check", "batch"] {
            let help = try CLI.run([command, "--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("Ví dụ:"), "\(command) --help has no examples")
        }
    }

    @Test func aValidFileChecksWithExitZero() throws {
        let file = try Fixture.write(Fixture.minimal)
        let result = try CLI.run(["check", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Không có lỗi."))
    }

    @Test func anUnknownKeyExitsOneWithAPreciseMessage() throws {
        let file = try Fixture.write(Fixture.minimal.replacingOccurrences(of: "  venue:", with: "  venu:"))
        let vi = try CLI.run(["check", file.path])
        #expect(vi.status == 1)
        #expect(vi.stderr.contains("\(file.path):11:3: lỗi [DH106]: khóa không hợp lệ 'venu' — có phải ý bạn là 'venue'?"),
                "\(vi.stderr)")
        let en = try CLI.run(["check", file.path, "--lang", "en"])
        #expect(en.status == 1)
        #expect(en.stderr.contains("\(file.path):11:3: error [DH106]: unknown key 'venu' — did you mean 'venue'?"), "\(en.stderr)")
        // The source line and a caret under column 3.
        #expect(en.stderr.contains("  venu: Nhà văn hóa Khu phố 3\n  ^"), "\(en.stderr)")
    }

    @Test func renderWritesNothingForAnInvalidFile() throws {
        let file = try Fixture.write(Fixture.minimal.replacingOccurrences(of: "date: 2025-04-12", with: "date: 2025-02-30"))
        let out = file.deletingLastPathComponent().appendingPathComponent("out")
        let result = try CLI.run(["render", file.path, "-o", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("[DH114]"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// An output folder that cannot be made: the file it would be written to and the system's reason,
    /// not Foundation's whole error description.
    @Test func unwritableOutputSaysWhereAndWhy() throws {
        let file = try Fixture.write(Fixture.minimal)
        let blocker = file.deletingLastPathComponent().appendingPathComponent("a-file")
        try Data("x".utf8).write(to: blocker)
        let out = blocker.appendingPathComponent("out")
        let result = try CLI.run(["render", file.path, "-o", out.path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error [DH401]: cannot write '\(out.path)': Not a directory"), "\(result.stderr)")
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try CLI.run(["render", "--no-such-flag"]).status == 2)
        #expect(try CLI.run(["render", "x.yaml", "--doc", "poem"]).status == 2)
        #expect(try CLI.run(["check", "x.yaml", "--as-of", "2025-02-30"]).status == 2)
    }

    @Test func aMissingFileIsInvalidInput() throws {
        let result = try CLI.run(["check", "/nonexistent/congress.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("[DH100]"))
    }

    @Test func jsonOutputForTools() throws {
        let file = try Fixture.write(Fixture.minimal.replacingOccurrences(of: "      - {title: Chào cờ, minutes: 5, performer: hoa, kind: flag}",
                                                                          with: "      - {title: Chào cờ, minutes: 5, kind: flag}"))
        let result = try CLI.run(["check", file.path, "--format", "json", "--lang", "en"])
        #expect(result.status == 0)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == 1)
        #expect(items.first?["code"] as? String == "DH201")
        #expect(items.first?["line"] as? Int == 32)
        #expect(items.first?["message"] as? String == "item 'Chào cờ' has no performer yet")
        // --strict turns the warning into a failure.
        #expect(try CLI.run(["check", file.path, "--strict"]).status == 1)
    }

    @Test func asOfReportsTheScriptDeadline() throws {
        let file = try Fixture.write(Fixture.minimal)
        // Congress on 12/4/2025; the script is due 5 days before, on 07/4/2025.
        let early = try CLI.run(["check", file.path, "--as-of", "2025-04-01", "--lang", "en"])
        #expect(early.status == 0)
        #expect(early.stderr.contains("note [DH204]: 6 days left until the script deadline (07/4/2025); the script is complete"), "\(early.stderr)")
        let lateFile = try Fixture.write(Fixture.minimal.replacingOccurrences(of: "performer: hoa, kind: flag", with: "kind: flag"))
        let late = try CLI.run(["check", lateFile.path, "--as-of", "2025-04-10", "--lang", "en"])
        #expect(late.stderr.contains("warning [DH203]: the script had to be final by 07/4/2025"), "\(late.stderr)")
        #expect(late.stderr.contains("3 days late, 1 items unfinished"), "\(late.stderr)")
    }
}
