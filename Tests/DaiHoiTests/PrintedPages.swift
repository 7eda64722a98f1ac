import Foundation

/// A printed PDF as poppler reads it (`pdftotext -bbox-layout`): pages → blocks → lines → words, each
/// with its box in millimetres from the top-left corner of the page. What the pagination assertions
/// (``PageAssertions``) measure.
struct PrintedPages {
    struct Box { var xMin, yMin, xMax, yMax: Double }
    struct Word { var text: String; var box: Box }
    struct Line {
        var words: [Word]
        var box: Box
        var text: String { words.map(\.text).joined(separator: " ") }
    }
    struct Block {
        var lines: [Line]
        var box: Box
        var text: String { lines.map(\.text).joined(separator: " ") }
    }
    struct Page {
        var blocks: [Block]
        /// The sheet's width and height in millimetres.
        var width = 0.0, height = 0.0
        var isLandscape: Bool { width > height }
        var lines: [Line] { blocks.flatMap(\.lines) }
        var words: [Word] { lines.flatMap(\.words) }
        /// Lines of the body, top to bottom: a line in the top margin (the page number, 15 mm and higher up) is not body.
        var bodyLines: [Line] {
            lines.filter { $0.box.yMin >= 15 }.sorted { ($0.box.yMin, $0.box.xMin) < ($1.box.yMin, $1.box.xMin) }
        }
        /// Whether the page starts a paper or a sheet: "ĐẢNG CỘNG SẢN VIỆT NAM" stands in its top 40 mm.
        var startsPaper: Bool {
            words.filter { $0.box.yMin < 40 }.map(\.text).joined(separator: " ").contains("ĐẢNG CỘNG SẢN VIỆT NAM")
        }
    }

    var pages: [Page]

    /// Reads `pdf` with `pdftotext -bbox-layout`.
    init(pdf: URL) throws {
        let xhtml = try run("pdftotext", ["-bbox-layout", pdf.path, "-"]).output
        self.init(bboxLayout: xhtml)
    }

    /// Parses the XHTML `pdftotext -bbox-layout` writes.
    init(bboxLayout xhtml: String) {
        /// The attribute `name` of `tag`, in points, as millimetres.
        func millimetres(_ name: String, of tag: Substring) -> Double {
            guard let range = tag.range(of: "\(name)=\"") else { return 0 }
            let rest = tag[range.upperBound...]
            return (Double(rest.prefix { $0 != "\"" }) ?? 0) * 25.4 / 72
        }
        func box(_ tag: Substring) -> Box {
            Box(xMin: millimetres("xMin", of: tag), yMin: millimetres("yMin", of: tag),
                xMax: millimetres("xMax", of: tag), yMax: millimetres("yMax", of: tag))
        }
        func unescape(_ text: Substring) -> String {
            text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&")
        }
        pages = xhtml.components(separatedBy: "<page ").dropFirst().map { page in
            let blocks = page.components(separatedBy: "<block ").dropFirst().map { block -> Block in
                let lines = block.components(separatedBy: "<line ").dropFirst().map { line -> Line in
                    let words = line.components(separatedBy: "<word ").dropFirst().compactMap { word -> Word? in
                        guard let close = word.firstIndex(of: ">"), let end = word.range(of: "</word>") else { return nil }
                        return Word(text: unescape(word[word.index(after: close)..<end.lowerBound]), box: box(word[..<close]))
                    }
                    return Line(words: words, box: box(Substring(line.prefix { $0 != ">" })))
                }
                return Block(lines: lines, box: box(Substring(block.prefix { $0 != ">" })))
            }
            let tag = Substring(page.prefix { $0 != ">" })
            return Page(blocks: blocks, width: millimetres("width", of: tag), height: millimetres("height", of: tag))
        }
    }
}
