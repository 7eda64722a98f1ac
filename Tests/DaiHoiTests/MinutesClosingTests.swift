import CongressModel
import Derive
import Foundation
import Testing
import Vietnamese

/// The minutes record the actual closing time (`closed_at`), never the planned end; without it they are refused.
@Suite(.serialized) struct MinutesClosingTests {
    /// The Hưng Hà fixture closes at 16:45 against a planned end of 17:00.
    @Test func theMinutesPrintTheActualClosingTime() throws {
        let congress = try PaperWordingTests.congress()
        let text = try PaperWordingTests.text(.minutes, congress)
        #expect(text.contains("Đại hội bế mạc vào hồi 16 giờ 45, ngày 19 tháng 5 năm 2020."), "\(text.suffix(400))")
        #expect(!text.contains("17 giờ 00"))
    }

    /// A congress built in code with no closing time: the view model leaves a blank, never the planned end.
    @Test func noClosingTimeIsABlankNotThePlannedEnd() throws {
        var congress = try PaperWordingTests.congress()
        congress.officialSession.closedAt = nil
        #expect(!DocumentKind.minutes.applies(to: congress))
        let text = try PaperWordingTests.text(.minutes, congress)
        #expect(text.contains("Đại hội bế mạc vào hồi …… giờ ……, ngày 19 tháng 5 năm 2020."))
        #expect(!text.contains("17 giờ 00"))
    }

    private var withoutClosingTime: String {
        let yaml = Fixture.minimal
        #expect(yaml.contains("    closed_at: \"11:10\"\n"))
        return yaml.replacingOccurrences(of: "    closed_at: \"11:10\"\n", with: "")
    }

    @Test func minutesAskedForWithoutAClosingTimeAreAnError() throws {
        let file = try Fixture.write(withoutClosingTime)
        let out = file.deletingLastPathComponent().appendingPathComponent("out")
        let result = try CLI.run(["render", file.path, "--doc", "minutes", "-o", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("lỗi [DH410]: không xuất được biên bản đại hội ('minutes'): dữ liệu cần khóa `sessions.official.closed_at`"),
                "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing is written")
    }

    @Test func docAllLeavesTheMinutesOutWithANote() throws {
        let file = try Fixture.write(withoutClosingTime)
        let out = file.deletingLastPathComponent().appendingPathComponent("out")
        let result = try CLI.run(["render", file.path, "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("\n  – biên bản đại hội: cần `sessions.official.closed_at`\n"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("minutes.html").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("script.html").path))
    }
}
