/// A TrueType font program holding only the glyphs a document draws, renumbered: glyph 0 is .notdef, glyphs
/// 1…n the document's character codes in first-use order (so the PDF's CID is the glyph id, `/CIDToGIDMap
/// /Identity`), then the components of composite glyphs (Vietnamese letters with their marks) the drawn glyphs
/// are built of, their references rewritten to the new numbers.
///
/// Tables kept: `head` (long `loca`, checksum adjusted), `hhea` and `maxp` (new glyph count), `hmtx`, `loca`,
/// `glyf`, the hinting programs `cvt `/`fpgm`/`prep`, `OS/2`, `post` as format 3 (no glyph names), and a `cmap`
/// (3,10) format 12 of the scalars drawn (a CIDFont needs none, ISO 32000-1 §9.9, but the font then reads as the
/// font it is); `name`, `kern`, `GSUB`/`GPOS`/`GDEF` are left out.
struct FontSubset {
    /// The original glyph id of each new glyph.
    private(set) var originalGlyphs: [UInt16]
    /// The subset's bytes.
    private(set) var bytes: [UInt8] = []

    /// The subset of `face` for `drawn`, the original glyph of each character code 1…n, whose scalars are
    /// `scalars` (the same count).
    init(face: TrueTypeFace, drawn: [UInt16], scalars: [Unicode.Scalar]) {
        originalGlyphs = [0] + drawn
        var newNumber: [UInt16: UInt16] = [:]
        for (index, glyph) in originalGlyphs.enumerated() where newNumber[glyph] == nil { newNumber[glyph] = UInt16(index) }
        var outlines: [[UInt8]] = []
        var index = 0
        // Components are appended as they are met, so the loop reaches them too (a component may itself be composite).
        while index < originalGlyphs.count {
            var outline = Self.outline(face, originalGlyphs[index])
            if outline.count >= 10, outline[0] & 0x80 != 0 {
                if !Self.renumberComponents(&outline, renumber: { component in
                    if let number = newNumber[component] { return number }
                    guard Int(component) < face.glyphCount, originalGlyphs.count < 0xFFFF else { return nil }
                    let number = UInt16(originalGlyphs.count)
                    originalGlyphs.append(component)
                    newNumber[component] = number
                    return number
                }) { outline = [] }
            }
            outlines.append(outline)
            index += 1
        }
        bytes = Self.fontFile(face, originalGlyphs: originalGlyphs, outlines: outlines, cmap: Self.characterMap(scalars))
    }

    /// A `cmap` with one (3,10) format 12 subtable: scalar n − 1 of `scalars` → glyph n, one group each.
    private static func characterMap(_ scalars: [Unicode.Scalar]) -> [UInt8] {
        let groups = scalars.enumerated().map { (scalar: $0.element.value, glyph: UInt32($0.offset + 1)) }.sorted { $0.scalar < $1.scalar }
        var out: [UInt8] = []
        appendU16(&out, 0) // version
        appendU16(&out, 1) // one subtable
        appendU16(&out, 3); appendU16(&out, 10); appendU32(&out, 12)
        appendU16(&out, 12); appendU16(&out, 0)
        appendU32(&out, UInt32(16 + 12 * groups.count))
        appendU32(&out, 0) // language
        appendU32(&out, UInt32(groups.count))
        for group in groups {
            appendU32(&out, group.scalar); appendU32(&out, group.scalar); appendU32(&out, group.glyph)
        }
        return out
    }

    /// The `glyf` bytes of `glyph` (empty when it has no outline or its `loca` entry is out of range).
    private static func outline(_ face: TrueTypeFace, _ glyph: UInt16) -> [UInt8] {
        guard let range = try? face.outlineRange(of: glyph) else { return [] }
        return Array(face.file.bytes[range])
    }

    /// Rewrites each component's glyph index of the composite `outline` through `renumber`; false when the
    /// outline is malformed (then the glyph is drawn empty rather than wrong).
    private static func renumberComponents(_ outline: inout [UInt8], renumber: (UInt16) -> UInt16?) -> Bool {
        var at = 10
        while true {
            guard at + 4 <= outline.count else { return false }
            let flags = UInt16(outline[at]) << 8 | UInt16(outline[at + 1])
            let component = UInt16(outline[at + 2]) << 8 | UInt16(outline[at + 3])
            guard let number = renumber(component) else { return false }
            outline[at + 2] = UInt8(number >> 8)
            outline[at + 3] = UInt8(number & 0xFF)
            at += 4 + (flags & 0x0001 != 0 ? 4 : 2)
            if flags & 0x0008 != 0 { at += 2 } else if flags & 0x0040 != 0 { at += 4 } else if flags & 0x0080 != 0 { at += 8 }
            guard at <= outline.count else { return false }
            if flags & 0x0020 == 0 { return true }
        }
    }

    private static func fontFile(_ face: TrueTypeFace, originalGlyphs: [UInt16], outlines: [[UInt8]], cmap: [UInt8]) -> [UInt8] {
        let file = face.file.bytes
        func table(_ tag: String) -> [UInt8]? { face.tables[tag].map { Array(file[$0]) } }
        let count = originalGlyphs.count

        var glyf: [UInt8] = [], loca: [UInt8] = []
        glyf.reserveCapacity(outlines.reduce(0) { $0 + $1.count + 3 })
        loca.reserveCapacity(4 * (count + 1))
        for outline in outlines {
            appendU32(&loca, UInt32(glyf.count))
            glyf.append(contentsOf: outline)
            while glyf.count % 4 != 0 { glyf.append(0) }
        }
        appendU32(&loca, UInt32(glyf.count))

        var hmtx: [UInt8] = []
        hmtx.reserveCapacity(4 * count)
        for glyph in originalGlyphs {
            appendU16(&hmtx, UInt16(face.advance(ofGlyph: glyph)))
            appendU16(&hmtx, UInt16(bitPattern: Int16(face.leftSideBearing(ofGlyph: glyph))))
        }

        var tables: [(tag: String, data: [UInt8])] = [("glyf", glyf), ("loca", loca), ("hmtx", hmtx), ("cmap", cmap)]
        if var head = table("head") {
            put16(&head, 50, 1) // long loca offsets
            put32(&head, 8, 0) // checkSumAdjustment, set below
            tables.append(("head", head))
        }
        if var hhea = table("hhea") { put16(&hhea, 34, UInt16(count)); tables.append(("hhea", hhea)) }
        if var maxp = table("maxp") { put16(&maxp, 4, UInt16(count)); tables.append(("maxp", maxp)) }
        if let post = table("post"), post.count >= 32 {
            var header = Array(post[0..<32])
            put32(&header, 0, 0x0003_0000)
            tables.append(("post", header))
        }
        for tag in ["cvt ", "fpgm", "prep", "OS/2"] { if let data = table(tag) { tables.append((tag, data)) } }
        return assemble(tables)
    }

    /// An sfnt file of `tables`: the directory sorted by tag, each table's checksum, padding to four bytes and
    /// `head.checkSumAdjustment` (OpenType spec, "Font file").
    private static func assemble(_ unsorted: [(tag: String, data: [UInt8])]) -> [UInt8] {
        let tables = unsorted.sorted { Array($0.tag.utf8).lexicographicallyPrecedes(Array($1.tag.utf8)) }
        var out: [UInt8] = []
        out.reserveCapacity(12 + 16 * tables.count + tables.reduce(0) { $0 + $1.data.count + 3 })
        var power = 1, log = 0
        while power * 2 <= tables.count { power *= 2; log += 1 }
        appendU32(&out, 0x0001_0000)
        appendU16(&out, UInt16(tables.count))
        appendU16(&out, UInt16(16 * power))
        appendU16(&out, UInt16(log))
        appendU16(&out, UInt16(16 * (tables.count - power)))
        var offset = 12 + 16 * tables.count
        var headOffset: Int?
        for table in tables {
            out.append(contentsOf: table.tag.utf8)
            appendU32(&out, checksum(table.data))
            appendU32(&out, UInt32(offset))
            appendU32(&out, UInt32(table.data.count))
            if table.tag == "head" { headOffset = offset }
            offset += (table.data.count + 3) & ~3
        }
        for table in tables {
            out.append(contentsOf: table.data)
            while out.count % 4 != 0 { out.append(0) }
        }
        if let headOffset, headOffset + 12 <= out.count {
            put32(&out, headOffset + 8, 0xB1B0_AFBA &- checksum(out))
        }
        return out
    }

    /// The sum of `data` read as big-endian 32-bit words, zero-padded.
    static func checksum(_ data: [UInt8]) -> UInt32 {
        var sum: UInt32 = 0, index = 0
        while index + 4 <= data.count {
            sum &+= UInt32(data[index]) << 24 | UInt32(data[index + 1]) << 16 | UInt32(data[index + 2]) << 8 | UInt32(data[index + 3])
            index += 4
        }
        if index < data.count {
            var last: UInt32 = 0
            for shift in 0..<4 { last |= UInt32(index + shift < data.count ? data[index + shift] : 0) << (24 - 8 * shift) }
            sum &+= last
        }
        return sum
    }

    private static func appendU16(_ out: inout [UInt8], _ value: UInt16) {
        out.append(UInt8(value >> 8)); out.append(UInt8(value & 0xFF))
    }

    private static func appendU32(_ out: inout [UInt8], _ value: UInt32) {
        appendU16(&out, UInt16(value >> 16)); appendU16(&out, UInt16(value & 0xFFFF))
    }

    private static func put16(_ out: inout [UInt8], _ at: Int, _ value: UInt16) {
        guard at + 2 <= out.count else { return }
        out[at] = UInt8(value >> 8); out[at + 1] = UInt8(value & 0xFF)
    }

    private static func put32(_ out: inout [UInt8], _ at: Int, _ value: UInt32) {
        put16(&out, at, UInt16(value >> 16)); put16(&out, at + 2, UInt16(value & 0xFFFF))
    }
}
