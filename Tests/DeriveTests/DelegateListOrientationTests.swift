import CongressModel
import Testing
@testable import Derive

/// Khổ ngang for a long delegate list (DelegateListOrientation): by length, or as the setting says.
struct DelegateListOrientationTests {
    @Test("a list of up to 40 delegates stays portrait, a longer one turns; the setting overrides both ways")
    func byLengthOrSetting() {
        var congress = Fixtures.chiBo()
        #expect(congress.delegates.count == 19)
        #expect(!DelegateListOrientation.isLandscape(congress))
        let first = congress.delegates[0]
        congress.delegates = Array(repeating: first, count: 40)
        #expect(!DelegateListOrientation.isLandscape(congress))
        congress.delegates.append(first)
        #expect(DelegateListOrientation.isLandscape(congress))
        congress.settings.delegateListLandscape = false
        #expect(!DelegateListOrientation.isLandscape(congress))
        congress.delegates = [first]
        congress.settings.delegateListLandscape = true
        #expect(DelegateListOrientation.isLandscape(congress))
    }
}
