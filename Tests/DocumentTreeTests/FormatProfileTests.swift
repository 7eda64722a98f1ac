import DocumentTree
import Testing

/// The format turned sideways for a wide table (`FormatProfile.landscape`).
struct FormatProfileTests {
    @Test("landscape swaps the sheet's sides and turns the margins with it: the binding margin on top")
    func landscape() {
        let portrait = FormatProfile.hd36_2018
        let turned = portrait.landscape
        #expect((turned.pageWidthMM, turned.pageHeightMM) == (297, 210))
        #expect((turned.marginTopMM, turned.marginRightMM, turned.marginBottomMM, turned.marginLeftMM) == (30, 20, 15, 20))
        // 297 − 20 − 20 = 257 mm of text width, 210 − 30 − 15 = 165 mm of text height: portrait's width.
        #expect(turned.pageHeightMM - turned.marginTopMM - turned.marginBottomMM == portrait.pageWidthMM - portrait.marginLeftMM - portrait.marginRightMM)
        #expect(turned.bodySizePt == portrait.bodySizePt && turned.compactTableSizePt == portrait.compactTableSizePt)
        // Turning twice does not turn back.
        #expect(turned.landscape == turned)
    }
}
