import Foundation
import Testing

/// Tally mode in Chromium (Debian's chromium-driver and python3-selenium, as CountBrowserTests): two clerks type the
/// Khu phố 3 group's sheet by keyboard, one figure differently; the head types the right figure and publishes; the
/// hall and the rendered minutes show the elected and the check code. Screenshots go to docs/count/ with
/// RECORD_SCREENSHOTS=1.
@Suite(.serialized) struct TallyBrowserTests {
    @Test(.enabled(if: CountBrowserTests.available, "needs chromium-driver, python3-selenium and the daihoi binary"))
    func twoClerksEnterAGroupsSheetTheHeadDecidesAndPublishes() throws {
        let (status, output) = try BrowserScript.run("tally_browser.py", sample: "chi-bo-khu-pho-3")
        #expect(status == 0, "\(output)")
        #expect(output.contains("1 passed, 0 failed"), "\(output)")
    }
}
