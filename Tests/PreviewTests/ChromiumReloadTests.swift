import DaiHoi
import Foundation
import Preview
import Testing

/// The page reloads by itself in a real browser: headless Chromium keeps the paper open (DevTools port), the
/// YAML is saved, and the tab's title moves to the next rendering ("· lần 2") with no request from the test;
/// a broken file then gives a page whose title says the next rendering too.
struct ChromiumReloadTests {
    static var chromium: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The titles of Chromium's open pages, from its DevTools HTTP endpoint.
    static func titles(devtools: Int) async -> [String] {
        guard let list = try? await LoopbackHTTP.get(port: devtools, path: "/json/list").body,
              let data = list.data(using: .utf8),
              let targets = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { return [] }
        return targets.filter { $0["type"] as? String == "page" }.compactMap { $0["title"] as? String }
    }

    /// Waits until a page title satisfies `done`; returns the titles seen last.
    static func waitForTitle(devtools: Int, seconds: Double, _ done: (String) -> Bool) async -> [String] {
        let deadline = Date().addingTimeInterval(seconds)
        var seen: [String] = []
        while Date() < deadline {
            seen = await titles(devtools: devtools)
            if seen.contains(where: done) { return seen }
            try? await Task.sleep(for: .milliseconds(100))
        }
        return seen
    }

    @Test func theOpenPageReloadsItselfWhenTheFileIsSaved() async throws {
        guard let chromium = Self.chromium else {
            print("skipped: chromium not installed")
            return
        }
        let file = try PreviewServerTests.sampleCopy()
        let server = PreviewServer(file: file.path, port: 0, pipeline: Pipeline(templateFolder: PreviewServerTests.templates),
                                   language: .vi, watchInterval: .milliseconds(100))
        let (task, port) = try await PreviewServerTests.start(server)
        defer { task.cancel() }

        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)")
        let browser = Process()
        browser.executableURL = URL(fileURLWithPath: chromium)
        browser.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-port=0",
                             "--user-data-dir=\(profile.path)", "http://127.0.0.1:\(port)/giay-to/minutes"]
        browser.standardError = FileHandle.nullDevice
        browser.standardOutput = FileHandle.nullDevice
        try browser.run()
        defer {
            browser.terminate()
            browser.waitUntilExit()
            try? FileManager.default.removeItem(at: profile)
        }
        // Chromium writes the DevTools port it bound as the first line of DevToolsActivePort.
        var devtools = 0
        let started = Date()
        while devtools == 0, Date().timeIntervalSince(started) < 60 {
            let text = (try? String(contentsOf: profile.appendingPathComponent("DevToolsActivePort"), encoding: .utf8)) ?? ""
            devtools = Int(text.split(separator: "\n").first ?? "") ?? 0
            if devtools == 0 { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(devtools > 0, "Chromium's DevTools port")
        let first = await Self.waitForTitle(devtools: devtools, seconds: 60) { $0.hasSuffix("· lần 1") }
        #expect(first.contains { $0.hasSuffix("· lần 1") }, "\(first)")

        let saved = Date()
        try PreviewServerTests.edit(file, "name: Trần Thị Hòa,", "name: Trần Thị Hồng Hòa,")
        let second = await Self.waitForTitle(devtools: devtools, seconds: 30) { $0.hasSuffix("· lần 2") }
        #expect(second.contains { $0.hasSuffix("· lần 2") }, "the page did not reload by itself: \(second)")
        print("[serve] save → Chromium's page reloaded: \(Int(Date().timeIntervalSince(saved) * 1000)) ms")

        try PreviewServerTests.edit(file, "  number: 12\n", "  number: mười hai\n")
        let third = await Self.waitForTitle(devtools: devtools, seconds: 30) { $0.hasSuffix("· lần 3") }
        #expect(third.contains { $0.hasSuffix("· lần 3") }, "\(third)")
    }
}
