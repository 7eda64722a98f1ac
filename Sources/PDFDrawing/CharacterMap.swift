/// A face's `cmap`: Unicode scalar → glyph id, from the Unicode subtable with the widest reach
/// (format 12 for (3,10) or (0,4), else format 4 for (3,1) or (0,3)). The BMP is unrolled into a 65 536-entry
/// table, so the layout's lookup is one array index.
struct CharacterMap {
    var bmp = [UInt16](repeating: 0, count: 0x1_0000)
    var supplementary: [UInt32: UInt16] = [:]

    init(_ f: FontBytes, cmap: Int, glyphCount: Int) throws {
        let count = Int(try f.u16(cmap + 2))
        var format4: Int?, format12: Int?
        for index in 0..<count {
            let record = cmap + 4 + 8 * index
            let platform = try f.u16(record), encoding = try f.u16(record + 2)
            let subtable = cmap + Int(try f.u32(record + 4))
            let format = try f.u16(subtable)
            let unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10))
            guard unicode else { continue }
            if format == 12, format12 == nil { format12 = subtable }
            if format == 4, format4 == nil { format4 = subtable }
        }
        if let format12 {
            try readFormat12(f, format12, glyphCount: glyphCount)
        } else if let format4 {
            try readFormat4(f, format4, glyphCount: glyphCount)
        } else {
            throw f.fail("no Unicode 'cmap' subtable of format 4 or 12")
        }
    }

    /// Format 4: segments of BMP codes, each mapped by a delta or through the glyph id array.
    private mutating func readFormat4(_ f: FontBytes, _ table: Int, glyphCount: Int) throws {
        let length = Int(try f.u16(table + 2))
        let segments = Int(try f.u16(table + 6)) / 2
        try f.require(table, max(length, 16 + 8 * segments), "the format 4 'cmap' subtable")
        let ends = table + 14, starts = ends + 2 * segments + 2
        let deltas = starts + 2 * segments, rangeOffsets = deltas + 2 * segments
        for segment in 0..<segments {
            let end = Int(f.u16Unchecked(ends + 2 * segment)), start = Int(f.u16Unchecked(starts + 2 * segment))
            guard start <= end else { continue }
            let delta = Int(f.u16Unchecked(deltas + 2 * segment))
            let rangeOffsetAt = rangeOffsets + 2 * segment
            let rangeOffset = Int(f.u16Unchecked(rangeOffsetAt))
            for code in start...end where code != 0xFFFF {
                var glyph: Int
                if rangeOffset == 0 {
                    glyph = (code + delta) & 0xFFFF
                } else {
                    let raw = Int(try f.u16(rangeOffsetAt + rangeOffset + 2 * (code - start)))
                    glyph = raw == 0 ? 0 : (raw + delta) & 0xFFFF
                }
                if glyph >= glyphCount { glyph = 0 }
                bmp[code] = UInt16(glyph)
            }
        }
    }

    /// Format 12: sequential groups of 32-bit codes.
    private mutating func readFormat12(_ f: FontBytes, _ table: Int, glyphCount: Int) throws {
        let groups = Int(try f.u32(table + 12))
        try f.require(table + 16, 12 * groups, "the format 12 'cmap' groups")
        for group in 0..<groups {
            let at = table + 16 + 12 * group
            let start = try f.u32(at), end = try f.u32(at + 4), first = try f.u32(at + 8)
            guard start <= end, end <= 0x10_FFFF, UInt64(first) + UInt64(end - start) < UInt64(glyphCount) else {
                throw f.fail("'cmap' group \(group) (U+\(String(start, radix: 16))…U+\(String(end, radix: 16)) → \(first)) is out of range")
            }
            for code in start...end {
                let glyph = UInt16(first + (code - start))
                if code < 0x1_0000 { bmp[Int(code)] = glyph } else { supplementary[code] = glyph }
            }
        }
    }
}
