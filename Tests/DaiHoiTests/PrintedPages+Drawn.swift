import Foundation
import PDFDrawing

extension PrintedPages {
    /// Drawn pages read as poppler reads the printed PDF, without a PDF in between: each run of text a word (split
    /// at its spaces, as pdftotext splits), its box from the baseline by the font's ascender and descender; runs on
    /// one baseline less than ``columnGapEm`` apart one line (a justified line's stretched spaces stay inside it), each
    /// line a block of its own. Positions in millimetres from the page's top-left corner.
    init(drawn pages: [DrawnPage], metrics: any TextMetrics) {
        let mm = 25.4 / 72
        self.init(bboxLayout: "")
        self.pages = pages.map { page in
            var runs: [(x: Double, baseline: Double, size: Double, words: [Word])] = []
            for item in page.items {
                guard case .text(let x, let baseline, let face, let size, let text) = item else { continue }
                var words: [Word] = []
                var cursor = x
                for piece in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == " " || $0 == "\u{00A0}" }) {
                    let width = metrics.width(of: piece, in: face, sizePt: size)
                    if !piece.isEmpty {
                        words.append(Word(text: String(piece), box: Box(xMin: cursor * mm, yMin: (baseline - metrics.ascenderEm * size) * mm,
                                                                         xMax: (cursor + width) * mm, yMax: (baseline + metrics.descenderEm * size) * mm)))
                    }
                    cursor += width + metrics.advance(of: " ", in: face) * size
                }
                runs.append((x, baseline, size, words))
            }
            runs.sort { ($0.baseline, $0.x) < ($1.baseline, $1.x) }
            var lines: [Line] = []
            var lastBaseline = -1.0, lastRight = 0.0
            for run in runs where !run.words.isEmpty {
                let left = run.words[0].box.xMin / mm
                if !lines.isEmpty, abs(run.baseline - lastBaseline) < 0.5, left - lastRight < Self.columnGapEm * run.size {
                    lines[lines.count - 1].words += run.words
                } else {
                    lines.append(Line(words: run.words, box: Box(xMin: 0, yMin: 0, xMax: 0, yMax: 0)))
                }
                lastBaseline = run.baseline
                lastRight = (run.words.last?.box.xMax ?? 0) / mm
                let words = lines[lines.count - 1].words
                lines[lines.count - 1].box = Box(xMin: words.map(\.box.xMin).min() ?? 0, yMin: words.map(\.box.yMin).min() ?? 0,
                                                 xMax: words.map(\.box.xMax).max() ?? 0, yMax: words.map(\.box.yMax).max() ?? 0)
            }
            return Page(blocks: lines.map { Block(lines: [$0], box: $0.box) }, width: page.widthPt * mm, height: page.heightPt * mm)
        }
    }

    /// Runs further apart than this (in ems) on one baseline are in two columns (the header block, signers).
    static let columnGapEm = 3.0
}
