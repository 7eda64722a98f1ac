import Foundation
import Testing

/// The counting room in Chromium (Debian's chromium-driver and python3-selenium, in the Makefile's APT_TEST): two
/// clerks enter the same 297 ballots of a 46-candidate election by keyboard, 5 of them differently, the head resolves
/// the 5 differences and publishes, the hall shows the elected, the rendered minutes carry them and the check code.
/// The script (Browser/count_browser.py) computes the expected result from the ballots and prints
/// "N passed, M failed"; screenshots go to docs/count/ with RECORD_SCREENSHOTS=1.
@Suite(.serialized) struct CountBrowserTests {
    static let script = CountCrashTests.root.appendingPathComponent("Tests/CountTests/Browser/count_browser.py").path
    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver")
            && FileManager.default.isExecutableFile(atPath: CountCrashTests.binary)
            && FileManager.default.fileExists(atPath: "/usr/lib/python3/dist-packages/selenium")
    }

    @Test(.enabled(if: available, "needs chromium-driver, python3-selenium and the daihoi binary"))
    func twoClerksTheHeadAndTheHallInChromium() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("count-browser-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: work) }
        var arguments = [Self.script, CountCrashTests.binary, CountCrashTests.root.appendingPathComponent("Samples/hung-ha").path, work]
        if ProcessInfo.processInfo.environment["RECORD_SCREENSHOTS"] == "1" {
            arguments.append(CountCrashTests.root.appendingPathComponent("docs/count").path)
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
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(output.contains("1 passed, 0 failed"), "\(output)")
        #expect(output.contains("entered 594 ballots by keyboard"), "\(output)")
    }
}
