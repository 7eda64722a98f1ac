import DaiHoi
import Foundation
import Preview
import Testing

/// `daihoi serve`: the server started in process on a free port; the index and a paper fetched; the YAML edited
/// (the event stream announces a new version, the paper shows the change), broken (the page shows the error
/// with file:line and the source line above the last good paper), fixed (it recovers); stopping frees the port.
@Suite(.serialized)
struct PreviewServerTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = repository.appendingPathComponent("Templates").path

    /// A copy of the chi-bo-khu-pho-3 sample (the YAML and its prose files) in a fresh folder.
    static func sampleCopy() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: repository.appendingPathComponent("Samples/chi-bo-khu-pho-3"), to: folder)
        return folder.appendingPathComponent("congress.yaml")
    }

    /// Starts `server` in a task and returns it with the port bound.
    static func start(_ server: PreviewServer) async throws -> (Task<Void, Error>, Int) {
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let task = Task { try await server.run(running: { continuation.yield($0) }) }
        var iterator = ports.makeAsyncIterator()
        let port = try #require(await iterator.next())
        return (task, port)
    }

    /// Replaces `old` by `new` in `file` (one occurrence, which must be there).
    static func edit(_ file: URL, _ old: String, _ new: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    @Test func editBreakAndFixAreShownLive() async throws {
        let file = try Self.sampleCopy()
        let server = PreviewServer(file: file.path, port: 0, pipeline: Pipeline(templateFolder: Self.templates), language: .vi,
                                   watchInterval: .milliseconds(100))
        let (task, port) = try await Self.start(server)
        defer { task.cancel() }
        #expect(port > 0)

        let index = try await LoopbackHTTP.get(port: port, path: "/")
        #expect(index.status == 200)
        #expect(index.headers.lowercased().contains("content-type: text/html; charset=utf-8"))
        #expect(index.body.contains("<a href=\"/giay-to/minutes\">"), "\(index.body.prefix(800))")
        #expect(index.body.contains("new EventSource(\"/events\")"))
        let minutes = try await LoopbackHTTP.get(port: port, path: "/giay-to/minutes")
        #expect(minutes.status == 200)
        #expect(minutes.body.contains("Trần Thị Hòa"))
        #expect(minutes.body.contains("var shown = \"1\""))
        #expect(!minutes.body.contains("Tệp đại hội có lỗi"))
        let missing = try await LoopbackHTTP.get(port: port, path: "/giay-to/khong-co")
        #expect(missing.status == 404)

        // The event stream: version 1 now; an edit gives version 2, then the paper shows it.
        let events = try await LoopbackHTTP.open(port: port, path: "/events")
        #expect(await events.awaitVersion(after: nil, seconds: 10) == 1)
        let saved = Date()
        try Self.edit(file, "name: Trần Thị Hòa,", "name: Trần Thị Hồng Hòa,")
        #expect(await events.awaitVersion(after: 1, seconds: 20) == 2)
        let saveToEvent = Date().timeIntervalSince(saved)
        print("[serve] save → new version announced: \(Int(saveToEvent * 1000)) ms")
        #expect(saveToEvent < 10)
        let edited = try await LoopbackHTTP.get(port: port, path: "/giay-to/minutes").body
        #expect(edited.contains("Trần Thị Hồng Hòa"))
        #expect(edited.contains("var shown = \"2\""))

        // Broken: the error with its file:line:column, code and source line at the top, the last good paper below.
        try Self.edit(file, "  number: 12\n", "  number: mười hai\n")
        #expect(await events.awaitVersion(after: 2, seconds: 20) == 3)
        let broken = try await LoopbackHTTP.get(port: port, path: "/giay-to/minutes").body
        #expect(broken.contains("Tệp đại hội có lỗi — văn kiện dưới đây là bản trước khi lỗi"), "\(broken.prefix(1500))")
        #expect(broken.contains("\(file.path):13:11: lỗi [DH104]"), "\(broken.prefix(1500))")
        #expect(broken.contains("  number: mười hai\n"), "the source line is shown")
        #expect(broken.contains("Trần Thị Hồng Hòa"), "the last good paper stays below")
        let brokenIndex = try await LoopbackHTTP.get(port: port, path: "/").body
        #expect(brokenIndex.contains(":13:11: lỗi [DH104]"))

        // Fixed: the error is gone.
        try Self.edit(file, "  number: mười hai\n", "  number: 12\n")
        #expect(await events.awaitVersion(after: 3, seconds: 20) == 4)
        let fixed = try await LoopbackHTTP.get(port: port, path: "/giay-to/minutes").body
        #expect(!fixed.contains("Tệp đại hội có lỗi"))
        #expect(!fixed.contains("[DH104]"))
        #expect(fixed.contains("Trần Thị Hồng Hòa"))

        // A prose file beside the YAML is watched too.
        let prose = file.deletingLastPathComponent().appendingPathComponent("bao-cao/han-che.md")
        try (String(contentsOf: prose, encoding: .utf8) + "\nMột câu thêm vào khi xem trước.\n").write(to: prose, atomically: true, encoding: .utf8)
        #expect(await events.awaitVersion(after: 4, seconds: 20) == 5)

        #expect(PortCheck.probe(port) == .inUse)
        task.cancel()
        _ = await task.result
        #expect(PortCheck.probe(port) == .free, "the port is released once the server stops")
    }

    /// A value from the congress file is escaped in the diagnostics box: no markup of the user's reaches the page.
    @Test func diagnosticsAreEscaped() async throws {
        let file = try Self.sampleCopy()
        try Self.edit(file, "  number: 12\n", "  number: <script>x</script>\n")
        let server = PreviewServer(file: file.path, port: 0, pipeline: Pipeline(templateFolder: Self.templates), language: .vi)
        let (task, port) = try await Self.start(server)
        defer { task.cancel() }
        let index = try await LoopbackHTTP.get(port: port, path: "/").body
        #expect(index.contains("Tệp đại hội có lỗi — sửa rồi lưu"), "no good rendering yet: \(index.prefix(800))")
        #expect(index.contains("number: &lt;script&gt;x&lt;/script&gt;"))
        #expect(!index.contains("<script>x</script>"))
        task.cancel()
        _ = await task.result
    }
}
