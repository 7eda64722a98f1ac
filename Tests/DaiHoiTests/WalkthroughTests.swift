import Foundation
import Testing
import TestSupport

/// docs/huong-dan.md, followed as its reader would: every line of its ```sh blocks runs, in order, in a fresh
/// folder — `daihoi …` through the built binary, `cd` moves the working folder, `sed` (the guide's "accept every
/// example" step) through /bin/sh; any other command fails the test, so the guide can only show what this runs.
/// The ```csv block is the `danh-sach.csv` the guide tells the reader to save. `serve` runs with `--port 0` as a
/// process: its line names the address, the index answers, Ctrl-C (SIGINT) stops it with exit 0.
@Suite(.serialized)
struct WalkthroughTests {
    static let guide = Repository.root.appendingPathComponent("docs/huong-dan.md")

    /// The commands of the guide's ```sh blocks, in order (blank lines and comments left out).
    static func commands(_ markdown: String) -> [String] {
        var inOther = false
        var inShell = false
        var commands: [String] = []
        for line in markdown.components(separatedBy: "\n") {
            if line.hasPrefix("```") {
                if inShell || inOther { inShell = false; inOther = false }
                else if line == "```sh" { inShell = true }
                else { inOther = true }
                continue
            }
            let command = line.trimmingCharacters(in: .whitespaces)
            if inShell, !command.isEmpty, !command.hasPrefix("#") { commands.append(command) }
        }
        return commands
    }

    static func exists(_ path: URL) -> Bool { FileManager.default.fileExists(atPath: path.path) }

    @Test func everyCommandOfTheGuideRunsAsItSays() throws {
        let markdown = try String(contentsOf: Self.guide, encoding: .utf8)
        let commands = Self.commands(markdown)
        let root = try Repository.temporaryFolder()
        // The spreadsheet the guide shows, saved where the reader types the commands.
        let csv = try #require(Self.csvBlock(markdown))
        try csv.write(to: root.appendingPathComponent("danh-sach.csv"), atomically: true, encoding: .utf8)
        // Without LibreOffice, PDF cannot be printed here: the render steps then write HTML and ODT instead.
        let pdf = onPath("soffice")
        if !pdf { print("WalkthroughTests: soffice not on PATH — the guide's --format pdf runs as --format html --format odt") }
        let paper = pdf ? "pdf" : "html"

        var folder = root
        var accepted = false
        var ran: [String] = []
        for command in commands {
            let words = command.split(separator: " ").map(String.init)
            switch words.first {
            case "cd":
                #expect(words.count == 2, "\(command)")
                folder = folder.appendingPathComponent(words[1])
                #expect(Self.exists(folder), "the guide changes into a folder that is not there: \(command)")
            case "sed":
                let result = try run("sh", ["-c", "cd '\(folder.path)' && \(command)"])
                #expect(result.status == 0, "\(command)")
                accepted = true
            case "daihoi":
                var arguments = Array(words.dropFirst())
                if !pdf, let at = arguments.firstIndex(of: "pdf"), at > 0, arguments[at - 1] == "--format" {
                    arguments.replaceSubrange(at - 1...at, with: ["--format", "html", "--format", "odt"])
                }
                try Self.step(arguments, in: folder, accepted: accepted, paper: paper, command: command)
            default:
                Issue.record("the guide shows a command this test does not know how to run: \(command)")
            }
            ran.append(words.prefix(2).joined(separator: " "))
        }
        // The guide covers the whole way, init to the dossier, in this order.
        #expect(ran == ["daihoi init", "daihoi init", "cd chi-bo-khu-pho-1", "daihoi check", "sed -i", "daihoi check",
                        "daihoi serve", "daihoi render", "daihoi render"])
    }

    /// The body of the guide's ```csv block.
    static func csvBlock(_ markdown: String) -> String? {
        guard let start = markdown.range(of: "```csv\n"),
              let end = markdown.range(of: "\n```", range: start.upperBound..<markdown.endIndex) else { return nil }
        return String(markdown[start.upperBound..<end.lowerBound]) + "\n"
    }

    /// Runs one `daihoi` command of the guide and checks what the guide says it does.
    static func step(_ arguments: [String], in folder: URL, accepted: Bool, paper: String, command: String) throws {
        switch arguments.first {
        case "init":
            let result = try CLI.run(arguments, in: folder)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            let made = folder.appendingPathComponent(arguments[1])
            for file in ["congress.yaml", "congress.schema.json", "bao-cao/nhiem-vu.md"] {
                #expect(exists(made.appendingPathComponent(file)), "\(command) did not write \(file)")
            }
            let yaml = try String(contentsOf: made.appendingPathComponent("congress.yaml"), encoding: .utf8)
            #expect(yaml.hasPrefix("# yaml-language-server: $schema=congress.schema.json\n"), "the line the guide shows")
            if arguments.contains("--members") {
                // The spreadsheet's people are in the file, the dự bị member among them.
                #expect(yaml.contains("Vũ Thị Giang") && yaml.contains("Hoàng Văn Em"), "\(yaml.prefix(1500))")
                let check = try CLI.run(["check", made.appendingPathComponent("congress.yaml").path])
                #expect(!check.stderr.contains("lỗi ["), "\(check.stderr)")
            }
        case "check":
            let result = try CLI.run(arguments, in: folder)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            if accepted {
                #expect(result.stdout + result.stderr == "Không có lỗi.\n", "\(result.stdout)\(result.stderr)")
            } else {
                // Before the placeholders are replaced: the warning the guide quotes, and only DH460.
                #expect(result.stderr.contains("congress.yaml:9:9: cảnh báo [DH460]: 'organisation.name' còn chữ giữ chỗ «Chi bộ Khu phố 1»"),
                        "\(result.stderr)")
                let codes = Set(result.stderr.split(separator: "\n").compactMap { line in
                    line.range(of: #"\[DH\d+\]"#, options: .regularExpression).map { String(line[$0]) }
                })
                #expect(codes == ["[DH460]"], "\(result.stderr)")
            }
        case "serve":
            try serve(arguments + ["--port", "0"], in: folder)
        case "render":
            let result = try CLI.run(arguments, in: folder)
            let output = folder.appendingPathComponent(arguments[(arguments.firstIndex(of: "-o") ?? 0) + 1])
            let written = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
            if arguments.contains("dossier") {
                // As the guide says: before the congress (no count, no closing time) the dossier sent to the
                // delegates, exit 0; the papers that record the congress named in one DH422 note, none missing.
                #expect(result.status == 0, "\(command): \(result.stderr)")
                #expect(!result.stderr.contains("[DH420]"), "\(result.stderr)")
                for later in ["biên bản kiểm phiếu", "biên bản đại hội", "tờ trình đề nghị chuẩn y kết quả bầu cử"] {
                    #expect(result.stderr.contains("ghi chú [DH422]") && result.stderr.contains("\n  – \(later)"),
                            "\(later): \(result.stderr)")
                }
                #expect(written.contains("00-muc-luc-ho-so-dai-hoi.\(paper)"), "\(written.sorted())")
                if paper == "pdf" { #expect(written.contains("ho-so-dai-hoi.pdf"), "the whole dossier in one PDF: \(written.sorted())") }
                // Numbered in the dossier's order (the numbers move as papers are added; the names stay).
                for file in ["chuong-trinh-dai-hoi", "kich-ban-dieu-hanh-dai-hoi", "bao-cao-chinh-tri", "nghi-quyet-dai-hoi",
                             "to-trinh-nhan-su-va-danh-sach-trich-ngang", "the-le-bau-cu", "phieu-bau-cu"] {
                    #expect(written.contains { $0.range(of: #"^\d\d-"# + file + "\\." + paper + "$", options: .regularExpression) != nil },
                            "\(file).\(paper) not in \(written.sorted())")
                }
            } else {
                #expect(result.status == 0, "\(command): \(result.stderr)")
                #expect(result.stderr.contains("ghi chú [DH411]") && result.stderr.contains("sessions.official.closed_at"),
                        "the note the guide describes: \(result.stderr)")
                for file in ["programme", "script", "assignments", "delegates", "credentials", "report", "resolution"] {
                    #expect(written.contains("\(file).\(paper)"), "\(file).\(paper) not in \(written.sorted())")
                }
            }
        default:
            Issue.record("the guide shows a daihoi command this test does not check: \(command)")
        }
    }

    /// `daihoi serve` as the reader starts it (with `--port 0`): a line names the address, the index lists the papers,
    /// Ctrl-C stops it with exit 0.
    static func serve(_ arguments: [String], in folder: URL) throws {
        // The file the guide names, resolved in the folder the reader is in (ServeCommandTests starts the process).
        let file = folder.appendingPathComponent(arguments[1]).path
        let (process, err, port) = try ServeCommandTests.start([file] + arguments.dropFirst(2))
        defer { if process.isRunning { process.terminate() } }
        #expect(port > 0, "a line names the address")
        let fetch = "import sys, urllib.request; sys.stdout.write(urllib.request.urlopen(sys.argv[1], timeout=30).read().decode())"
        let index = try run("/usr/bin/python3", ["-c", fetch, "http://127.0.0.1:\(port)/"])
        #expect(index.status == 0)
        #expect(index.output.contains("<a href=\"/giay-to/report\">Báo cáo chính trị</a>"), "\(index.output.prefix(800))")
        #expect(!index.output.contains("Tệp đại hội có lỗi"), "the accepted file has no error: \(index.output.prefix(1500))")
        kill(process.processIdentifier, SIGINT)
        let rest = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0, "\(rest)")
        #expect(rest.contains("Đã dừng xem trước."), "\(rest)")
    }
}
