/// One face as a PDF font (ISO 32000-1 §9.7): a Type0 font with `/Identity-H` encoding over a CIDFontType2
/// whose CIDs are the glyphs of the document's subset (`/CIDToGIDMap /Identity`), its `/W` widths from `hmtx`,
/// a `/ToUnicode` CMap giving each code back its scalar, and the subset embedded as `/FontFile2`, named
/// `ABCDEF+LiberationSerif`: the six letters a hash of the glyphs drawn.
enum EmbeddedFont {
    /// Writes the font's five objects; `type0` is the number the page resources name.
    static func write(_ codes: FaceCodes, type0: Int, into objects: inout PDFObjects) {
        let face = codes.face
        let subset = FontSubset(face: face, drawn: codes.glyphs, scalars: codes.scalars)
        let cidFont = objects.reserve(), descriptor = objects.reserve(), fontFile = objects.reserve(), toUnicode = objects.reserve()
        let name = subsetTag(codes.glyphs, of: face.postScriptName) + "+" + face.postScriptName
        let scale = 1000 / Double(face.unitsPerEm)

        objects.object(type0) { out in
            out.append("<< /Type /Font /Subtype /Type0 /BaseFont /")
            out.appendText(name)
            out.append(" /Encoding /Identity-H /DescendantFonts [")
            out.append(reference: cidFont)
            out.append("] /ToUnicode ")
            out.append(reference: toUnicode)
            out.append(" >>")
        }
        objects.object(cidFont) { out in
            out.append("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /")
            out.appendText(name)
            out.append(" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ")
            out.append(reference: descriptor)
            out.append(" /CIDToGIDMap /Identity /DW ")
            out.append(real: Double(face.advance(ofGlyph: 0)) * scale)
            out.append("\n/W [1 [")
            for (index, glyph) in codes.glyphs.enumerated() {
                out.append(index % 16 == 15 ? "\n" : " ")
                out.append(real: Double(face.advance(ofGlyph: glyph)) * scale)
            }
            out.append("]] >>")
        }
        objects.object(descriptor) { out in
            // Flags (ISO 32000-1 Table 123): nonsymbolic (32), italic (64), fixed pitch (1).
            let flags = 32 + (face.italicAngle != 0 ? 64 : 0) + (face.isFixedPitch ? 1 : 0)
            let box = face.boundingBox
            out.append("<< /Type /FontDescriptor /FontName /")
            out.appendText(name)
            out.append(" /Flags ")
            out.append(int: flags)
            out.append(" /FontBBox [")
            for (index, value) in [box.xMin, box.yMin, box.xMax, box.yMax].enumerated() {
                if index > 0 { out.append(" ") }
                out.append(real: Double(value) * scale)
            }
            out.append("] /ItalicAngle ")
            out.append(real: face.italicAngle)
            out.append(" /Ascent ")
            out.append(real: Double(face.ascender) * scale)
            out.append(" /Descent ")
            out.append(real: Double(face.descender) * scale)
            out.append(" /CapHeight ")
            out.append(real: Double(face.capHeight) * scale)
            // No font file states its stem width; Typst's estimate from the weight class.
            out.append(" /StemV ")
            out.append(real: 10 + 0.244 * Double(face.weightClass - 50))
            out.append(" /FontFile2 ")
            out.append(reference: fontFile)
            out.append(" >>")
        }
        objects.stream(fontFile, data: subset.bytes, compress: true) { out in
            out.append(" /Length1 ")
            out.append(int: subset.bytes.count)
        }
        objects.stream(toUnicode, data: unicodeMap(codes.scalars), compress: true)
    }

    /// The `/ToUnicode` CMap: code n ↦ the n-th scalar (UTF-16BE), in `bfchar` blocks of at most 100.
    static func unicodeMap(_ scalars: [Unicode.Scalar]) -> [UInt8] {
        var out = PDFBytes(capacity: 400 + 16 * scalars.count)
        out.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
        out.append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
        out.append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
        out.append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
        var start = 0
        while start < scalars.count {
            let end = min(start + 100, scalars.count)
            out.append(int: end - start)
            out.append(" beginbfchar\n")
            for index in start..<end {
                out.append("<")
                out.appendHex16(UInt16(index + 1))
                out.append("> <")
                for unit in String(scalars[index]).utf16 { out.appendHex16(unit) }
                out.append(">\n")
            }
            out.append("endbfchar\n")
            start = end
        }
        out.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
        return out.bytes
    }

    /// Six capital letters from an FNV-1a hash of the face's name and `glyphs` (ISO 32000-1 §9.6.4): another
    /// face or glyph set, another tag.
    static func subsetTag(_ glyphs: [UInt16], of face: String) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in face.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        for glyph in glyphs {
            for byte in [UInt8(glyph >> 8), UInt8(glyph & 0xFF)] { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        var letters = ""
        for _ in 0..<6 {
            letters.unicodeScalars.append(Unicode.Scalar(UInt8(ascii: "A") + UInt8(hash % 26)))
            hash /= 26
        }
        return letters
    }
}
