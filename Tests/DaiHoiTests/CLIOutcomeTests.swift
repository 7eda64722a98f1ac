import Foundation
import Testing

/// What the command line says it did, and the exit codes that mean it (issue 12 §5): a paper asked for
/// that the data cannot make, an output folder that is a file, a missing or empty batch folder, files a
/// batch would otherwise skip, Ctrl-C, and every line a user reads in Vietnamese by default.
@Suite(.serialized) struct CLIOutcomeTests {
    /// How many lines of `text` contain `fragment`.
    private func lines(_ text: String, containing fragment: String) -> Int {
        text.split(separator: "\n").filter { $0.contains(fragment) }.count
    }

    @Test func aPaperAskedForThatTheDataCannotMakeIsAnError() throws {
        let file = try Fixture.write(Fixture.minimal)
        let out = file.deletingLastPathComponent().appendingPathComponent("out")
        let result = try CLI.run(["render", file.path, "--doc", "report", "--doc", "minutes", "-o", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("lỗi [DH410]: không xuất được báo cáo chính trị ('report'): dữ liệu cần khóa `political_report` hoặc `targets`"),
                "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing is written")
        let en = try CLI.run(["render", file.path, "--doc", "resolution", "-o", out.path, "--lang", "en"])
        #expect(en.status == 1)
        #expect(en.stderr.contains("error [DH410]: cannot write the nghị quyết đại hội ('resolution'): the data needs the key `resolution` or `political_report` or `targets`"),
                "\(en.stderr)")
    }

    @Test func docAllSaysInOneNoteWhichPapersWereLeftOut() throws {
        let file = try Fixture.write(Fixture.minimal)
        let out = file.deletingLastPathComponent().appendingPathComponent("out")
        let result = try CLI.run(["render", file.path, "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(lines(result.stderr, containing: "[DH411]") == 1, "\(result.stderr)")
        // One paper a line under the note, each with the keys that would make it.
        // As many papers as lines under it.
        let listed = result.stderr.components(separatedBy: "\n  – ").count - 1
        #expect(result.stderr.contains("ghi chú [DH411]: không xuất \(listed) văn kiện vì dữ liệu chưa có:\n  – phiếu bầu cử: cần `elections`\n  – biên bản kiểm phiếu: cần `elections[].rounds`\n  – báo cáo chính trị: cần `political_report` hoặc `targets`\n"),
                "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("minutes.html").path))
    }

    @Test func anOutputThatIsAFileIsRefusedOnceBeforeRendering() throws {
        let file = try Fixture.write(Fixture.minimal)
        let blocker = file.deletingLastPathComponent().appendingPathComponent("afile")
        try Data("x".utf8).write(to: blocker)
        let result = try CLI.run(["render", file.path, "-o", blocker.path])
        #expect(result.status == 1)
        #expect(lines(result.stderr, containing: "[DH412]") == 1, "\(result.stderr)")
        #expect(result.stderr.contains("'\(blocker.path)' là một tệp, không phải thư mục"), "\(result.stderr)")
        #expect(!result.stderr.contains("[1/"), "refused before any paper is rendered: \(result.stderr)")
        #expect(!result.stderr.contains("[DH401]"))
        let batch = try CLI.run(["batch", file.deletingLastPathComponent().path, "-o", blocker.path])
        #expect(batch.status == 1)
        #expect(lines(batch.stderr, containing: "[DH412]") == 1, "\(batch.stderr)")
    }

    @Test func aMissingOrEmptyBatchFolderIsAnError() throws {
        let root = try Repository.temporaryFolder()
        let out = root.appendingPathComponent("out")
        let missing = try CLI.run(["batch", root.appendingPathComponent("no-such-dir").path, "-o", out.path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("lỗi [DH413]: không mở được thư mục các chi bộ '\(root.path)/no-such-dir': không có tệp hoặc thư mục này"),
                "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path), "no empty dashboard")
        let empty = root.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let none = try CLI.run(["batch", empty.path, "-o", out.path, "--lang", "en"])
        #expect(none.status == 1)
        #expect(none.stderr.contains("error [DH414]: the folder '\(empty.path)' holds no branch"), "\(none.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))
        let merge = try CLI.run(["batch", "--merge", "-o", root.appendingPathComponent("nothing").path])
        #expect(merge.status == 1, "\(merge.stderr)")
        #expect(merge.stderr.contains("[DH414]"))
    }

    @Test func aMisnamedCongressFileAndAYAMLAtTheTopAreReported() throws {
        let input = try Repository.temporaryFolder()
        #expect(try CLI.run(["sample-batch", "3", input.path]).status == 0)
        let misnamed = input.appendingPathComponent("chi-bo-0002/congress.yml")
        try FileManager.default.moveItem(at: input.appendingPathComponent("chi-bo-0002/congress.yaml"), to: misnamed)
        let stray = input.appendingPathComponent("congress-chung.yaml")
        try Fixture.minimal.write(to: stray, atomically: true, encoding: .utf8)
        let out = try Repository.temporaryFolder()
        let result = try CLI.run(["batch", input.path, "-o", out.path, "--jobs", "1"])
        #expect(result.status == 1, "a branch left out is an error")
        #expect(result.stderr.contains("\(misnamed.path):1:1: lỗi [DH415]: bỏ qua '\(misnamed.path)': tệp đại hội phải tên là congress.yaml"),
                "\(result.stderr)")
        #expect(result.stderr.contains("\(stray.path):1:1: cảnh báo [DH416]: bỏ qua '\(stray.path)'"), "\(result.stderr)")
        #expect(result.stderr.contains("2 chi bộ: 2 đã xuất, 0 không đổi, 0 có lỗi"), "\(result.stderr)")
    }

    /// SIGINT in the middle of a batch: one line saying how many branches are done, exit 130, no
    /// temporary or partial file; the rerun completes the rest.
    @Test func interruptedBatchSaysWhatWasDoneAndExits130() async throws {
        let input = try Repository.temporaryFolder()
        #expect(try CLI.run(["sample-batch", "150", input.path]).status == 0)
        let out = try Repository.temporaryFolder()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["batch", input.path, "-o", out.path, "--jobs", "2", "--format", "html", "--format", "odt"]
        process.environment = ["DAIHOI_TEMPLATES": Repository.templates]
        let err = Pipe()
        process.standardError = err
        try process.run()
        // Wait for the first finished branch (the handler is installed by then), then interrupt.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, !FileManager.default.fileExists(atPath: out.appendingPathComponent("chi-bo-0001/.daihoi-result.json").path) {
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        kill(process.processIdentifier, SIGINT)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 130, "\(stderr)")
        let stopped = stderr.split(separator: "\n").filter { $0.hasPrefix("Đã dừng: đã xong ") }
        #expect(stopped.count == 1, "\(stderr)")
        #expect(stopped.first?.hasSuffix("/150 chi bộ; chạy lại lệnh để hoàn tất.") == true, "\(stderr)")
        var leftovers: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: out.path)
        while let relative = enumerator?.nextObject() as? String {
            if relative.contains(".tmp-") { leftovers.append(relative) }
            if relative.hasSuffix(".html") {
                let text = try String(contentsOf: out.appendingPathComponent(relative), encoding: .utf8)
                #expect(text.hasSuffix("</html>\n"), "\(relative) is partial")
            }
        }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
        let rerun = try CLI.run(["batch", input.path, "-o", out.path, "--jobs", "2", "--format", "html", "--format", "odt"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(rerun.stderr.contains("150 chi bộ: "), "\(rerun.stderr)")
        #expect(!rerun.stderr.contains(" 0 không đổi"), "the rerun keeps what was finished: \(rerun.stderr)")
    }

    @Test func helpIsVietnameseByDefaultAndEnglishWithLangEn() throws {
        for command in ["render", "check", "batch", "sample-batch"] {
            let vi = try CLI.run([command, "--help"])
            #expect(vi.status == 0)
            #expect(vi.stdout.contains("Ví dụ:") && vi.stdout.contains("TÙY CHỌN:") && vi.stdout.contains("Xem hướng dẫn."), "\(vi.stdout)")
            #expect(!vi.stdout.contains("OPTIONS:") && !vi.stdout.contains("Examples:") && !vi.stdout.contains("Show help"), "\(vi.stdout)")
            let en = try CLI.run([command, "--help", "--lang", "en"])
            #expect(en.stdout.contains("Examples:") && en.stdout.contains("OPTIONS:"), "\(en.stdout)")
        }
        // The default of --jobs is named once.
        let batch = try CLI.run(["batch", "--help"])
        let jobs = batch.stdout.components(separatedBy: "-j, --jobs").dropFirst().first?.components(separatedBy: "--force").first ?? ""
        #expect(jobs.components(separatedBy: "mặc định").count == 2, "\(jobs)")
    }

    @Test func usageErrorsAreVietnameseWithDidYouMean() throws {
        let command = try CLI.run(["rendr", "x.yaml"])
        #expect(command.status == 2)
        #expect(command.stderr.hasPrefix("Lỗi: không có lệnh 'rendr' — có phải ý bạn là 'render'?"), "\(command.stderr)")
        let doc = try CLI.run(["render", "x.yaml", "--doc", "minute"])
        #expect(doc.status == 2)
        #expect(doc.stderr.hasPrefix("Lỗi: giá trị 'minute' không hợp lệ cho --doc — có phải ý bạn là 'minutes'?"), "\(doc.stderr)")
        #expect(doc.stderr.contains("Cách dùng: daihoi render"), "\(doc.stderr)")
        let option = try CLI.run(["render", "x.yaml", "--formt", "html"])
        #expect(option.stderr.hasPrefix("Lỗi: không có tùy chọn '--formt' — có phải ý bạn là '--format'?"), "\(option.stderr)")
        let en = try CLI.run(["batch", "d", "--format", "htm", "--lang", "en"])
        #expect(en.status == 2)
        #expect(en.stderr.hasPrefix("Error: the value 'htm' is invalid for --format — did you mean 'html'?"), "\(en.stderr)")
        // A mistyped command followed by an option only the commands know: the command is what is wrong.
        let mistypedEn = try CLI.run(["rendr", "x.yaml", "--lang", "en"])
        #expect(mistypedEn.status == 2)
        #expect(mistypedEn.stderr.hasPrefix("Error: there is no command 'rendr' — did you mean 'render'?"), "\(mistypedEn.stderr)")
        let mistypedVi = try CLI.run(["chek", "x.yaml", "--as-of", "2025-01-01"])
        #expect(mistypedVi.stderr.hasPrefix("Lỗi: không có lệnh 'chek' — có phải ý bạn là 'check'?"), "\(mistypedVi.stderr)")
        let validation = try CLI.run(["check", "x.yaml", "--as-of", "2025-02-30"])
        #expect(validation.stderr.hasPrefix("Lỗi: --as-of cần một ngày có thật dạng YYYY-MM-DD."), "\(validation.stderr)")
    }

    @Test func progressAndSummariesFollowTheLanguage() throws {
        let file = try Fixture.write(Fixture.minimal)
        let out = file.deletingLastPathComponent().appendingPathComponent("out")
        let vi = try CLI.run(["render", file.path, "-o", out.path, "--doc", "minutes"])
        #expect(vi.stderr.contains("[đọc] \(file.path)\n[kiểm tra] Chi bộ Khu phố 3\n[1/1] biên bản đại hội\n"), "\(vi.stderr)")
        let en = try CLI.run(["render", file.path, "-o", out.path, "--doc", "minutes", "--lang", "en"])
        #expect(en.stderr.contains("[load] \(file.path)\n[check] Chi bộ Khu phố 3\n[1/1] minutes\n"), "\(en.stderr)")
        let folder = try Repository.temporaryFolder()
        let sampleEn = try CLI.run(["sample-batch", "2", folder.path, "--lang", "en"])
        #expect(sampleEn.status == 0)
        #expect(sampleEn.stderr == "2 branches (0 broken) → \(folder.path)\n", "\(sampleEn.stderr)")
        let sampleVi = try CLI.run(["sample-batch", "2", folder.path])
        #expect(sampleVi.stderr == "2 chi bộ (0 bị làm hỏng) → \(folder.path)\n", "\(sampleVi.stderr)")
        let batchOut = try Repository.temporaryFolder()
        let batch = try CLI.run(["batch", folder.path, "-o", batchOut.path, "--jobs", "1"])
        #expect(batch.stderr.contains("[batch] 2/2 lỗi: 0 còn: 0 s (chi-bo-0002)"), "\(batch.stderr)")
        #expect(batch.stderr.contains("2 chi bộ: 2 đã xuất, 0 không đổi, 0 có lỗi → \(batchOut.path)/index.html"), "\(batch.stderr)")
    }

    /// The system's reason for a failed write, in Vietnamese by default (English with --lang en is in CLITests).
    @Test func theSystemsReasonIsVietnamese() throws {
        let file = try Fixture.write(Fixture.minimal)
        let blocker = file.deletingLastPathComponent().appendingPathComponent("a-file")
        try Data("x".utf8).write(to: blocker)
        let out = blocker.appendingPathComponent("out")
        let result = try CLI.run(["render", file.path, "-o", out.path, "--doc", "minutes"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("lỗi [DH401]: không ghi được '\(out.path)': một phần của đường dẫn không phải là thư mục"),
                "\(result.stderr)")
    }

    /// `<script>` in report prose: its text is not printed, and the writer is warned at the field that holds it.
    @Test func scriptInReportProseIsDroppedWithAWarning() throws {
        let source = Repository.root.appendingPathComponent("Tests/DaiHoiTests/Fixtures/hung-ha-report")
        let folder = try Repository.temporaryFolder().appendingPathComponent("hung-ha")
        try FileManager.default.copyItem(at: source, to: folder)
        let prose = folder.appendingPathComponent("bao-cao/han-che.md")
        let text = try String(contentsOf: prose, encoding: .utf8)
        try (text + "\nMột câu <script>alert(\"x\")</script> và <style>p{color:red}</style>hết.\n")
            .write(to: prose, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let file = folder.appendingPathComponent("congress.yaml").path
        let result = try CLI.run(["render", file, "--doc", "report", "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("\(file):73:16: cảnh báo [DH417]: 'political_report.limitations' có HTML ('<script>')"), "\(result.stderr)")
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(!html.contains("alert") && !html.contains("color:red"))
        #expect(html.contains("Một câu và hết."), "the text around the tags is kept")
    }
}
