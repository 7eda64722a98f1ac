import Foundation

/// One TrueType face read from its file (OpenType spec, "TrueType" outlines): what the layout needs (advances,
/// vertical metrics) and what the PDF writer needs (glyph ids, names, descriptor figures and the
/// `glyf` data to subset). Parsed by hand, every read bounds-checked; no font library.
///
/// No pair kerning: LibreOffice sets the project's ODT papers without it (measured on the Hưng Hà minutes,
/// `pdftotext -bbox`: 19 of the 22 words holding a `kern` pair measure their plain advances' sum within 0.02 pt,
/// none is clearly kerned), so the built-in engine matches it by summing advances only.
public final class TrueTypeFace: Sendable {
    /// The file's bytes (the PDF writer subsets from them).
    let file: FontBytes
    /// Where each table lies in the file, by tag.
    let tables: [String: Range<Int>]

    /// `name` ID 6, e.g. `LiberationSerif-Bold` (the PDF's `/BaseFont` after its subset tag).
    public let postScriptName: String
    /// `head.unitsPerEm` (2048 for Liberation).
    public let unitsPerEm: Int
    /// `maxp.numGlyphs`.
    public let glyphCount: Int
    /// `head` bounding box of all glyphs, in font units (xMin, yMin, xMax, yMax).
    public let boundingBox: (xMin: Int, yMin: Int, xMax: Int, yMax: Int)
    /// `hhea` ascender and descender (descender negative), in font units.
    public let ascender: Int
    public let descender: Int
    /// `OS/2` usWinAscent and usWinDescent (both positive), in font units: the line LibreOffice sets.
    public let winAscent: Int
    public let winDescent: Int
    /// `OS/2` sCapHeight (version ≥ 2), else 70 % of the em.
    public let capHeight: Int
    /// `OS/2` usWeightClass (400 regular, 700 bold).
    public let weightClass: Int
    /// `post` italicAngle in degrees (negative for a slant to the right).
    public let italicAngle: Double
    /// `post` isFixedPitch.
    public let isFixedPitch: Bool
    /// `head.indexToLocFormat`: 0 short offsets (÷2), 1 long.
    let longLoca: Bool

    /// Advance width of each glyph, in font units (`hmtx`; glyphs past numberOfHMetrics repeat the last).
    let glyphAdvance: [UInt16]
    /// Left side bearing of each glyph, in font units (`hmtx`; 0 where the table is short).
    let glyphLeftBearing: [Int16]
    /// The glyph of each BMP scalar (0 = .notdef): one table lookup for the layout's hottest call.
    let bmpGlyph: [UInt16]
    /// The advance of each BMP scalar in ems.
    let bmpAdvanceEm: [Double]
    /// Glyphs of scalars above the BMP (cmap format 12).
    let supplementaryGlyph: [UInt32: UInt16]

    public convenience init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FontFaceError.malformed(path: path, reason: "the file cannot be read")
        }
        try self.init(bytes: [UInt8](data), path: path)
    }

    public init(bytes: [UInt8], path: String) throws {
        let f = FontBytes(bytes: bytes, path: path)
        file = f
        let version = try f.u32(0)
        guard version == 0x0001_0000 || version == 0x7472_7565 /* 'true' */ else {
            throw f.fail(version == 0x4F54_544F ? "CFF outlines (OTTO), not TrueType" : "not a TrueType file (sfnt version \(String(version, radix: 16)))")
        }
        let tableCount = Int(try f.u16(4))
        var tables: [String: Range<Int>] = [:]
        for index in 0..<tableCount {
            let record = 12 + 16 * index
            try f.require(record, 16, "table record \(index)")
            let tag = String(decoding: bytes[record..<record + 4], as: UTF8.self)
            let offset = Int(try f.u32(record + 8)), length = Int(try f.u32(record + 12))
            try f.require(offset, length, "table '\(tag)'")
            tables[tag] = offset..<offset + length
        }
        self.tables = tables
        func table(_ tag: String, minimum: Int) throws -> Int {
            guard let range = tables[tag] else { throw f.fail("no '\(tag)' table") }
            guard range.count >= minimum else { throw f.fail("'\(tag)' table is \(range.count) bytes, expected at least \(minimum)") }
            return range.lowerBound
        }

        let head = try table("head", minimum: 54)
        guard try f.u32(head + 12) == 0x5F0F_3CF5 else { throw f.fail("'head' table has the wrong magic number") }
        unitsPerEm = Int(try f.u16(head + 18))
        guard (16...16384).contains(unitsPerEm) else { throw f.fail("unitsPerEm \(unitsPerEm) outside 16…16384") }
        boundingBox = (Int(try f.i16(head + 36)), Int(try f.i16(head + 38)), Int(try f.i16(head + 40)), Int(try f.i16(head + 42)))
        let locFormat = try f.i16(head + 50)
        guard locFormat == 0 || locFormat == 1 else { throw f.fail("indexToLocFormat \(locFormat) is neither 0 nor 1") }
        longLoca = locFormat == 1

        let maxp = try table("maxp", minimum: 6)
        glyphCount = Int(try f.u16(maxp + 4))
        guard glyphCount > 0 else { throw f.fail("the font has no glyphs") }

        let hhea = try table("hhea", minimum: 36)
        ascender = Int(try f.i16(hhea + 4))
        descender = Int(try f.i16(hhea + 6))
        let metricCount = Int(try f.u16(hhea + 34))
        guard metricCount >= 1, metricCount <= glyphCount else {
            throw f.fail("numberOfHMetrics \(metricCount) outside 1…\(glyphCount)")
        }
        let hmtx = try table("hmtx", minimum: 4 * metricCount)
        var advances = [UInt16](repeating: 0, count: glyphCount)
        for glyph in 0..<glyphCount {
            advances[glyph] = f.u16Unchecked(hmtx + 4 * min(glyph, metricCount - 1))
        }
        glyphAdvance = advances
        var bearings = [Int16](repeating: 0, count: glyphCount)
        let hmtxEnd = tables["hmtx"]!.upperBound
        for glyph in 0..<glyphCount {
            let at = glyph < metricCount ? hmtx + 4 * glyph + 2 : hmtx + 4 * metricCount + 2 * (glyph - metricCount)
            if at + 2 <= hmtxEnd { bearings[glyph] = Int16(bitPattern: f.u16Unchecked(at)) }
        }
        glyphLeftBearing = bearings

        if let os2 = tables["OS/2"], os2.count >= 78 {
            let o = os2.lowerBound
            weightClass = Int(try f.u16(o + 4))
            winAscent = Int(try f.u16(o + 74))
            winDescent = Int(try f.u16(o + 76))
            capHeight = try f.u16(o) >= 2 && os2.count >= 90 ? Int(try f.i16(o + 88)) : unitsPerEm * 7 / 10
        } else {
            weightClass = 400
            winAscent = ascender
            winDescent = -descender
            capHeight = unitsPerEm * 7 / 10
        }

        if let post = tables["post"], post.count >= 16 {
            italicAngle = Double(try f.i32(post.lowerBound + 4)) / 65536
            isFixedPitch = try f.u32(post.lowerBound + 12) != 0
        } else {
            italicAngle = 0
            isFixedPitch = false
        }

        postScriptName = try Self.postScriptName(f, tables["name"])
        let map = try CharacterMap(f, cmap: try table("cmap", minimum: 4), glyphCount: glyphCount)
        bmpGlyph = map.bmp
        supplementaryGlyph = map.supplementary
        let em = Double(unitsPerEm)
        var bmpAdvances = map.bmp.map { Double(advances[Int($0)]) / em }
        for value in 0..<0x1_0000 where map.bmp[value] == 0 {
            if let scalar = Unicode.Scalar(UInt32(value)), Self.isIgnorable(scalar) { bmpAdvances[value] = 0 }
        }
        bmpAdvanceEm = bmpAdvances
        if tables["glyf"] == nil || tables["loca"] == nil { throw f.fail("no 'glyf'/'loca' tables (TrueType outlines)") }
        try f.require(tables["loca"]!.lowerBound, (glyphCount + 1) * (longLoca ? 4 : 2), "the 'loca' table")
    }

    /// The glyph of `scalar` (0, .notdef, when the font lacks it).
    @inline(__always) public func glyph(of scalar: Unicode.Scalar) -> UInt16 {
        let value = scalar.value
        return value < 0x1_0000 ? bmpGlyph[Int(value)] : supplementaryGlyph[value] ?? 0
    }

    /// The advance of `scalar` in ems: its glyph's, .notdef's when the face lacks it, 0 when the face lacks an
    /// ignorable character (`isInvisible`).
    @inline(__always) public func advanceEm(of scalar: Unicode.Scalar) -> Double {
        let value = scalar.value
        if value < 0x1_0000 { return bmpAdvanceEm[Int(value)] }
        let glyph = supplementaryGlyph[value] ?? 0
        if glyph == 0, Self.isIgnorable(scalar) { return 0 }
        return Double(glyphAdvance[Int(glyph)]) / Double(unitsPerEm)
    }

    /// Whether `scalar` is a default-ignorable character the face has no glyph for — the word joiner U+2060 that
    /// NoBreakSpacing puts after a dash, a zero-width space, a variation selector: drawn as nothing, 0 wide
    /// (Unicode §5.21, "Default Ignorable Code Points"), as LibreOffice does (the Hưng Hà minutes' "2020 -⁠ 2025":
    /// `pdftotext -bbox` puts one space, 3.5 pt at 14 pt, on each side of the dash), not as .notdef.
    public func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        glyph(of: scalar) == 0 && Self.isIgnorable(scalar)
    }

    /// Unicode's Default_Ignorable_Code_Point property (DerivedCoreProperties.txt), from the standard library.
    static func isIgnorable(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isDefaultIgnorableCodePoint
    }

    /// The advance of `glyph` in font units.
    public func advance(ofGlyph glyph: UInt16) -> Int {
        Int(glyph) < glyphAdvance.count ? Int(glyphAdvance[Int(glyph)]) : Int(glyphAdvance[0])
    }

    /// The left side bearing of `glyph` in font units.
    func leftSideBearing(ofGlyph glyph: UInt16) -> Int {
        Int(glyph) < glyphLeftBearing.count ? Int(glyphLeftBearing[Int(glyph)]) : 0
    }

    /// Where `glyph`'s outline lies in the file (`loca`/`glyf`); empty for a glyph with no outline (space).
    func outlineRange(of glyph: UInt16) throws -> Range<Int> {
        guard Int(glyph) < glyphCount, let loca = tables["loca"], let glyf = tables["glyf"] else {
            throw file.fail("glyph \(glyph) outside the font's \(glyphCount) glyphs")
        }
        let start: Int, end: Int
        if longLoca {
            start = Int(try file.u32(loca.lowerBound + 4 * Int(glyph)))
            end = Int(try file.u32(loca.lowerBound + 4 * Int(glyph) + 4))
        } else {
            start = 2 * Int(try file.u16(loca.lowerBound + 2 * Int(glyph)))
            end = 2 * Int(try file.u16(loca.lowerBound + 2 * Int(glyph) + 2))
        }
        guard start <= end, end <= glyf.count else {
            throw file.fail("glyph \(glyph)'s outline (\(start)…\(end)) lies outside the 'glyf' table (\(glyf.count) bytes)")
        }
        return glyf.lowerBound + start..<glyf.lowerBound + end
    }

    /// `name` record 6 (PostScript name), Windows UTF-16BE or Macintosh Roman; the file's name when absent.
    private static func postScriptName(_ f: FontBytes, _ name: Range<Int>?) throws -> String {
        let fallback = String(f.path.split(separator: "/").last ?? "Font").split(separator: ".").first.map(String.init) ?? "Font"
        guard let name, name.count >= 6 else { return sanitized(fallback) }
        let base = name.lowerBound
        let count = Int(try f.u16(base + 2)), storage = base + Int(try f.u16(base + 4))
        var found: String?
        for index in 0..<count {
            let record = base + 6 + 12 * index
            guard try f.u16(record + 6) == 6 else { continue }
            let platform = try f.u16(record), length = Int(try f.u16(record + 8)), offset = Int(try f.u16(record + 10))
            try f.require(storage + offset, length, "the PostScript name")
            let raw = f.bytes[storage + offset..<storage + offset + length]
            if platform == 3 || platform == 0 {
                var units: [UInt16] = []
                var i = raw.startIndex
                while i + 1 < raw.endIndex { units.append(UInt16(raw[i]) << 8 | UInt16(raw[i + 1])); i += 2 }
                found = String(decoding: units, as: UTF16.self)
                break
            } else if platform == 1 {
                found = String(decoding: raw, as: UTF8.self)
            }
        }
        return sanitized(found ?? fallback)
    }

    /// A PostScript name is printable ASCII without PDF delimiters or spaces.
    private static func sanitized(_ name: String) -> String {
        let kept = name.unicodeScalars.filter { $0.value > 0x20 && $0.value < 0x7F && !"[](){}<>/%#".unicodeScalars.contains($0) }
        return kept.isEmpty ? "Font" : String(String.UnicodeScalarView(kept))
    }
}
