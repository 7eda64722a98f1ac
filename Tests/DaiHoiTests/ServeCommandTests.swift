import Foundation
import Testing
import TestSupport

/// `daihoi serve` as a process: it says where it serves, headless Chromium shows the paper, then the error of a
/// broken file at the top of the page, then the paper again once fixed; a second server on the same port is
/// DH466 with --port suggested; Ctrl-C (SIGINT) stops it with exit 0 and one line.
@Suite(.serialized)
struct ServeCommandTests {
    /// Starts `daihoi serve` with `arguments`; returns the process, its stderr lines as they come, and the port.
    static func start(_ arguments: [String]) throws -> (Process, Pipe, Int) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["serve"] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["DAIHOI_TEMPLATES": Repository.templates]) { $1 }
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Read stderr until the line that names the address.
        var text = ""
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, !text.contains("/ — ") {
            let data = err.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
        }
        let port = text.range(of: "http://127.0.0.1:").flatMap { range in
            Int(text[range.upperBound...].prefix { $0.isNumber })
        } ?? 0
        return (process, err, port)
    }

    /// The DOM headless Chromium makes of `url` (after its scripts ran), or nil without Chromium.
    static func chromiumDOM(_ url: String) throws -> String? {
        guard let chromium = ["chromium", "chromium-browser"].first(where: onPath) else { return nil }
        return try run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", url]).output
    }

    /// Polls `url` through Chromium until its DOM satisfies `done` (the server renders again within a second).
    static func waitForDOM(_ url: String, _ done: (String) -> Bool) throws -> String? {
        let deadline = Date().addingTimeInterval(30)
        var dom = ""
        while Date() < deadline {
            guard let now = try chromiumDOM(url) else { return nil }
            dom = now
            if done(dom) { return dom }
            Thread.sleep(forTimeInterval: 0.3)
        }
        return dom
    }

    @Test func chromiumSeesTheErrorAndTheRecoveryAndCtrlCStopsCleanly() throws {
        let folder = try Repository.temporaryFolder().appendingPathComponent("chi-bo")
        try FileManager.default.copyItem(at: Repository.samples.appendingPathComponent("chi-bo-khu-pho-3"), to: folder)
        let file = folder.appendingPathComponent("congress.yaml")
        let (server, err, port) = try Self.start([file.path, "--port", "0"])
        defer { if server.isRunning { server.terminate() } }
        #expect(port > 0)
        let url = "http://127.0.0.1:\(port)/giay-to/minutes"

        if let dom = try Self.chromiumDOM(url) {
            #expect(dom.contains("BIÊN BẢN"), "\(dom.prefix(600))")
            #expect(!dom.contains("Tệp đại hội có lỗi"))
            let original = try String(contentsOf: file, encoding: .utf8)
            try original.replacingOccurrences(of: "  number: 12\n", with: "  number: mười hai\n")
                .write(to: file, atomically: true, encoding: .utf8)
            let broken = try #require(try Self.waitForDOM(url) { $0.contains("Tệp đại hội có lỗi") })
            #expect(broken.contains(":13:11: lỗi [DH104]"), "\(broken.prefix(1500))")
            #expect(broken.contains("BIÊN BẢN"), "the last good paper stays below the error")
            try original.write(to: file, atomically: true, encoding: .utf8)
            let fixed = try #require(try Self.waitForDOM(url) { !$0.contains("Tệp đại hội có lỗi") })
            #expect(fixed.contains("BIÊN BẢN"))
        } else {
            print("skipped: chromium not installed (the in-process PreviewServerTests still ran)")
        }

        // The port is taken: a second server says so and suggests --port.
        let second = try CLI.run(["serve", file.path, "--port", "\(port)"])
        #expect(second.status == 1)
        #expect(second.stderr.contains("lỗi [DH466]: cổng \(port) đang có chương trình khác dùng — chọn cổng khác bằng --port"),
                "\(second.stderr)")

        kill(server.processIdentifier, SIGINT)
        let rest = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        server.waitUntilExit()
        #expect(server.terminationReason == .exit)
        #expect(server.terminationStatus == 0, "\(rest)")
        #expect(rest.contains("Đã dừng xem trước."), "\(rest)")
        #expect(!rest.contains("error"), "nothing but the stop line on Ctrl-C: \(rest)")
    }
}
