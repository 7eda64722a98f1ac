import Foundation
import Testing

/// The counting room in Chromium (Debian's chromium-driver and python3-selenium, in the Makefile's APT_TEST): two
/// clerks enter the same 297 ballots of a 46-candidate election by keyboard, 5 of them differently, the head resolves
/// the 5 differences and publishes, the hall shows the elected, the rendered minutes carry them and the check code.
/// The script (Browser/count_browser.py) computes the expected result from the ballots and prints
/// "N passed, M failed"; screenshots go to docs/count/ with RECORD_SCREENSHOTS=1.
@Suite(.serialized) struct CountBrowserTests {
    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver")
            && FileManager.default.isExecutableFile(atPath: CountCrashTests.binary)
            && FileManager.default.fileExists(atPath: "/usr/lib/python3/dist-packages/selenium")
    }

    @Test(.enabled(if: available, "needs chromium-driver, python3-selenium and the daihoi binary"))
    func twoClerksTheHeadAndTheHallInChromium() throws {
        let (status, output) = try BrowserScript.run("count_browser.py", sample: "hung-ha")
        #expect(status == 0, "\(output)")
        #expect(output.contains("1 passed, 0 failed"), "\(output)")
        #expect(output.contains("entered 594 ballots by keyboard"), "\(output)")
    }
}
