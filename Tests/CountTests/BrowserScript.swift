import Foundation

/// Runs one of the Chromium scripts of Tests/CountTests/Browser (`script DAIHOI SAMPLE WORK [SCREENSHOTS]`) on a
/// copy of a sample in a fresh folder, screenshots to docs/count/ with RECORD_SCREENSHOTS=1; returns its exit status
/// and everything it printed.
enum BrowserScript {
    static func run(_ name: String, sample: String) throws -> (status: Int32, output: String) {
        let root = CountCrashTests.root
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("count-browser-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: work) }
        var arguments = [root.appendingPathComponent("Tests/CountTests/Browser/\(name)").path, CountCrashTests.binary,
                         root.appendingPathComponent("Samples/\(sample)").path, work]
        if ProcessInfo.processInfo.environment["RECORD_SCREENSHOTS"] == "1" {
            arguments.append(root.appendingPathComponent("docs/count").path)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}
