/// One page's content stream: runs of text in BT … ET, each moved to with `Td` from the run before, in hex glyph
/// codes; lines as `m l S`; the font, size, line width and dash set only when they change. The page's top-down
/// points become PDF's bottom-up space here (y' = height − y). Positions are rounded to thousandths of a point
/// and each `Td` is the difference of two rounded positions, so no error adds up along a page.
struct PageContent {
    private(set) var stream = PDFBytes()
    private var inText = false
    /// The start of the last run in the text object, in thousandths of a point (BT starts at 0 0).
    private var lineStart = (x: 0, y: 0)
    private var font: (face: FaceStyle, size: Double)?
    private var lineWidth = 1.0
    private var dash: [Double] = []

    /// The stream of `page`, its text encoded through `codes` (one per face, made on first use).
    init(page: DrawnPage, faces: FontFaces, codes: inout [FaceCodes?]) {
        stream = PDFBytes(capacity: 64 + 48 * page.items.count)
        for item in page.items {
            switch item {
            case let .text(x, baseline, face, sizePt, text):
                guard !text.isEmpty, sizePt.isFinite, sizePt > 0 else { continue }
                if codes[face.rawValue] == nil { codes[face.rawValue] = FaceCodes(face: faces.face(face)) }
                drawText(x: x, y: page.heightPt - baseline, face: face, size: sizePt, text: text, codes: &codes[face.rawValue]!)
            case let .line(x1, y1, x2, y2, widthPt, dashPt):
                drawLine(x1, page.heightPt - y1, x2, page.heightPt - y2, width: widthPt, dash: dashPt)
            }
        }
        endText()
    }

    private mutating func drawText(x: Double, y: Double, face: FaceStyle, size: Double, text: String, codes: inout FaceCodes) {
        if !inText {
            stream.append("BT\n")
            inText = true
            lineStart = (0, 0)
        }
        if font?.face != face || font?.size != size {
            stream.append("/F")
            stream.append(int: face.rawValue)
            stream.append(" ")
            stream.append(real: size)
            stream.append(" Tf\n")
            font = (face, size)
        }
        let start = (x: Self.thousandths(x), y: Self.thousandths(y))
        stream.append(thousandths: start.x - lineStart.x)
        stream.append(" ")
        stream.append(thousandths: start.y - lineStart.y)
        stream.append(" Td\n")
        lineStart = start
        // A character the face lacks leaves a gap of .notdef's advance (the layout measured it so; PDF/A forbids
        // drawing .notdef), an ignorable one (a word joiner) nothing; the run carries its text as /ActualText so
        // copying it loses nothing.
        var missing = false
        for scalar in text.unicodeScalars where codes.face.glyph(of: scalar) == 0 { missing = true; break }
        if !missing {
            stream.append("<")
            for scalar in text.unicodeScalars { stream.appendHex16(codes.code(of: scalar)!) }
            stream.append("> Tj\n")
            return
        }
        let gap = -Double(codes.face.advance(ofGlyph: 0)) * 1000 / Double(codes.face.unitsPerEm)
        stream.append("/Span << /ActualText ")
        stream.append(textString: text)
        stream.append(" >> BDC\n[<")
        for scalar in text.unicodeScalars {
            if let code = codes.code(of: scalar) {
                stream.appendHex16(code)
            } else if !codes.face.isInvisible(scalar) {
                stream.append("> ")
                stream.append(real: gap)
                stream.append(" <")
            }
        }
        stream.append(">] TJ\nEMC\n")
    }

    private mutating func drawLine(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, width: Double, dash pattern: [Double]) {
        endText()
        let width = width.isFinite && width >= 0 ? width : 1
        if width != lineWidth {
            stream.append(real: width)
            stream.append(" w\n")
            lineWidth = width
        }
        // A dash of no length, negative or not finite draws solid (PDF forbids an all-zero pattern).
        let pattern = pattern.allSatisfy { $0.isFinite && $0 >= 0 } && pattern.contains { $0 > 0 } ? pattern : []
        if pattern != dash {
            stream.append("[")
            for (index, length) in pattern.enumerated() {
                if index > 0 { stream.append(" ") }
                stream.append(real: length)
            }
            stream.append("] 0 d\n")
            dash = pattern
        }
        stream.append(real: x1)
        stream.append(" ")
        stream.append(real: y1)
        stream.append(" m ")
        stream.append(real: x2)
        stream.append(" ")
        stream.append(real: y2)
        stream.append(" l S\n")
    }

    /// `points` in thousandths, rounded (not finite or beyond a billion points: 0).
    static func thousandths(_ points: Double) -> Int {
        points.isFinite && points.magnitude < 1e12 ? Int((points * 1000).rounded()) : 0
    }

    private mutating func endText() {
        if inText { stream.append("ET\n"); inText = false }
    }
}
