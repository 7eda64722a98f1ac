import PDFDrawing

/// Text metrics with round numbers, so a test can work a position out by hand: every character half an em wide,
/// a space a quarter em, Liberation Serif's ascender and descender; bold a tenth wider.
struct FixedMetrics: TextMetrics {
    func advance(of scalar: Unicode.Scalar, in face: FaceStyle) -> Double {
        let base = scalar == " " ? 0.25 : 0.5
        return face.isBold ? base * 1.1 : base
    }
    let ascenderEm = 0.891
    let descenderEm = 0.216
}

extension DrawnPage {
    /// The runs of text on the page, in the order drawn.
    var texts: [(x: Double, baseline: Double, face: FaceStyle, size: Double, text: String)] {
        items.compactMap { item in
            if case .text(let x, let baseline, let face, let size, let text) = item { return (x, baseline, face, size, text) }
            return nil
        }
    }

    /// The lines drawn on the page.
    var lines: [(x1: Double, y1: Double, x2: Double, y2: Double, width: Double, dash: [Double])] {
        items.compactMap { item in
            if case .line(let x1, let y1, let x2, let y2, let width, let dash) = item { return (x1, y1, x2, y2, width, dash) }
            return nil
        }
    }
}
