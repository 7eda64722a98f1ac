import Testing
@testable import PDFDrawing

/// The embedded subset read back as a font: the glyphs drawn, renumbered, with their components.
@Suite("Font subset")
struct FontSubsetTests {
    @Test("the subset is a TrueType font of .notdef, the glyphs drawn and their components, widths and outlines kept")
    func subsetReadsBack() throws {
        let face = try FontFaces.liberationSerif().face(.regular)
        var codes = FaceCodes(face: face)
        for scalar in "Đảng Lập 2025".unicodeScalars { _ = codes.code(of: scalar) }
        let drawn = codes.glyphs
        #expect(drawn.count == Set("Đảng Lập 2025".unicodeScalars).count)
        let subset = FontSubset(face: face, drawn: drawn, scalars: codes.scalars)
        let font = try TrueTypeFace(bytes: subset.bytes, path: "subset.ttf")
        // ả and ậ are composites (a + hook above, a + circumflex + dot below): their components come after the drawn glyphs.
        #expect(subset.originalGlyphs.prefix(drawn.count + 1) == [0] + drawn[...])
        #expect(subset.originalGlyphs.count > drawn.count + 1)
        #expect(font.glyphCount == subset.originalGlyphs.count)
        for (new, original) in subset.originalGlyphs.enumerated() {
            #expect(font.advance(ofGlyph: UInt16(new)) == face.advance(ofGlyph: original))
            let outline = Array(font.file.bytes[try font.outlineRange(of: UInt16(new))])
            let originalOutline = Array(face.file.bytes[try face.outlineRange(of: original)])
            // A simple glyph is copied as it is (padded to four bytes); a composite's component numbers change.
            if originalOutline.first.map({ $0 & 0x80 == 0 }) ?? true {
                #expect(outline.prefix(originalOutline.count) == originalOutline[...], "glyph \(original)")
            } else {
                #expect(outline.count >= originalOutline.count && outline.count < originalOutline.count + 4)
            }
        }
        // Its cmap gives each scalar drawn its new glyph: code n is glyph n.
        for (index, scalar) in codes.scalars.enumerated() { #expect(font.glyph(of: scalar) == UInt16(index + 1)) }
        #expect(font.glyph(of: "x") == 0)
        // The whole file sums to 0xB1B0AFBA (head.checkSumAdjustment set), every table 4-byte aligned.
        #expect(FontSubset.checksum(subset.bytes) == 0xB1B0_AFBA)
        for range in font.tables.values { #expect(range.lowerBound % 4 == 0) }
        #expect(Set(font.tables.keys) == ["OS/2", "cmap", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "post", "prep"])
    }
}
