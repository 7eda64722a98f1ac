/// The character codes one face uses in one document: each distinct scalar the face has a glyph for gets the
/// next code from 1 (two bytes in the content stream, Identity-H), in first-use order. The code is also the
/// glyph id in the document's subset of the face (`FontSubset`) and maps back to exactly that scalar in the
/// `/ToUnicode` CMap, so copying the text gives back the NFC text drawn (a no-break space stays U+00A0).
struct FaceCodes {
    let face: TrueTypeFace
    /// The code of each BMP scalar, 0 when not yet used (a table, as the content stream asks per character).
    private var bmpCode: [UInt16]
    private var supplementaryCode: [UInt32: UInt16] = [:]
    /// The scalar of code n at index n − 1.
    private(set) var scalars: [Unicode.Scalar] = []
    /// The face's glyph of code n at index n − 1.
    private(set) var glyphs: [UInt16] = []

    init(face: TrueTypeFace) {
        self.face = face
        bmpCode = [UInt16](repeating: 0, count: 0x1_0000)
    }

    /// The code of `scalar`, given one on first use; nil when the face has no glyph for it (the writer leaves
    /// its advance blank: PDF/A forbids drawing .notdef).
    @inline(__always) mutating func code(of scalar: Unicode.Scalar) -> UInt16? {
        let value = scalar.value
        if value < 0x1_0000, bmpCode[Int(value)] != 0 { return bmpCode[Int(value)] }
        if value >= 0x1_0000, let code = supplementaryCode[value] { return code }
        let glyph = face.glyph(of: scalar)
        guard glyph != 0, scalars.count < 0xFFFE else { return nil }
        scalars.append(scalar)
        glyphs.append(glyph)
        let code = UInt16(scalars.count)
        if value < 0x1_0000 { bmpCode[Int(value)] = code } else { supplementaryCode[value] = code }
        return code
    }

    var isEmpty: Bool { scalars.isEmpty }
}
