import Count
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// Durability: the real `daihoi count` server (the binary `swift build` made) is killed with SIGKILL at random
/// moments while two clerks enter ballots over HTTP, 20 times, and restarted on the same database; every ballot the
/// server acknowledged (201) is there exactly once, and no position is ever stored twice.
@Suite(.serialized) struct CountCrashTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let binary = root.appendingPathComponent(".build/debug/daihoi").path

    /// A running server: its process and the tokens it printed (on its first start only).
    struct Server {
        let process: Process
        let port: Int
        let tokens: [String: String]
    }

    static func start(_ congress: String, port: Int) throws -> Server {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["count", congress, "--port", String(port)]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var tokens: [String: String] = [:]
        var buffer = Data()
        let handle = out.fileHandleForReading
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            buffer.append(chunk)
            let text = String(decoding: buffer, as: UTF8.self)
            if text.contains("http://127.0.0.1:\(port)/") {
                for line in text.split(separator: "\n") where line.hasPrefix("  ") && line.contains(": ") {
                    let parts = line.dropFirst(2).split(separator: " ", maxSplits: 1)
                    if parts.count == 2 { tokens[String(parts[1].split(separator: ":").last!.trimmingCharacters(in: .whitespaces))] = String(parts[0]) }
                }
                return Server(process: process, port: port, tokens: tokens)
            }
        }
        process.terminate()
        throw CocoaError(.fileReadUnknown)
    }

    /// POSTs one ballot; the HTTP status, or nil when the connection failed (the server died).
    static func enter(port: Int, token: String, pile: Int, position: Int, reading: String) async -> Int? {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/api/enter")!)
        request.httpMethod = "POST"
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.timeoutInterval = 10
        request.httpBody = Data(#"{"election":"chi-uy","round":1,"pile":\#(pile),"position":\#(position),"reading":"\#(reading)"}"#.utf8)
        guard let (_, response) = try? await URLSession.shared.data(for: request) else { return nil }
        return (response as? HTTPURLResponse)?.statusCode
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary), "needs `swift build` (the daihoi binary)"))
    func killedTwentyTimesLosesNoAcknowledgedBallot() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("count-crash-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Samples/chi-bo-khu-pho-3"), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let congress = folder.appendingPathComponent("congress.yaml").path
        let readings = ["K:1,2,3", "K:1,2,4", "K:2,3,4", "K:1,3", "I:name-added"]
        var tokens: [String] = []
        var acknowledged: [String: String] = [:]      // "clerk/pile/position" → reading
        var next = [1, 1]                             // each clerk's next position (pile 1)
        var generator = SystemRandomNumberGenerator()
        var port = 20_000 + Int.random(in: 0..<20_000, using: &generator)
        // Twenty kills at least, and more (up to sixty) until over forty ballots were acknowledged: on a slow or busy
        // machine twenty random kills (20–400 ms each) once acknowledged exactly forty, too few to mean something.
        var kill = 0
        while kill < 20 || (acknowledged.count <= 40 && kill < 60) {
            kill += 1
            port += 1
            let server = try Self.start(congress, port: port)
            if tokens.isEmpty { tokens = ["Bùi Thị Hạnh", "Lương Bích Ngọc"].compactMap { server.tokens[$0] } }
            #expect(tokens.count == 2, "tokens printed on the first start: \(server.tokens)")
            // Kill at a random moment, usually while a request is in flight.
            let pid = server.process.processIdentifier
            let delay = UInt64.random(in: 20_000_000...400_000_000, using: &generator)
            let killer = Task {
                try? await Task.sleep(nanoseconds: delay)
                Foundation.kill(pid, SIGKILL)
            }
            sending: while true {
                for clerk in 0..<2 {
                    let position = next[clerk]
                    let reading = readings[(position + clerk) % readings.count]
                    guard let status = await Self.enter(port: port, token: tokens[clerk], pile: 1, position: position, reading: reading) else {
                        break sending
                    }
                    switch status {
                    case 201: acknowledged["\(clerk)/1/\(position)"] = reading; next[clerk] += 1
                    // Stored before the last kill but never acknowledged: the retry is refused, the row is there.
                    case 409: next[clerk] += 1
                    default: Issue.record("unexpected status \(status) at kill \(kill)"); break sending
                    }
                }
            }
            await killer.value
            server.process.waitUntilExit()
            #expect(server.process.terminationReason == .uncaughtSignal)
        }
        let store = try CountStore(path: folder.appendingPathComponent(CountStore.fileName).path)
        let clerks = try store.members().filter { $0.role == .clerk }.map(\.id)
        let entries = try store.log(election: "chi-uy", round: 1).entries
        var stored: [String: [String]] = [:]
        for e in entries { stored["\(clerks.firstIndex(of: e.clerk) ?? -1)/\(e.pile)/\(e.position)", default: []].append(e.reading) }
        #expect(acknowledged.count > 40, "enough ballots were acknowledged to mean something: \(acknowledged.count)")
        for (key, reading) in acknowledged {
            #expect(stored[key] == [reading], "acknowledged \(key) must be stored exactly once")
        }
        #expect(stored.values.allSatisfy { $0.count == 1 }, "no position stored twice")
        #expect(entries.count == stored.count)
    }
}
