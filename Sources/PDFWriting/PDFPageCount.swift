import Foundation

/// How many pages a PDF has, read from the file: each page object is a dictionary `/Type /Page` (the page tree's
/// nodes are `/Type /Pages`). LibreOffice writes its objects uncompressed, so they can be counted without a PDF
/// library; a file whose objects are all compressed (object streams) or that is no PDF gives `nil`.
public enum PDFPageCount {
    public static func count(_ data: Data) -> Int? {
        guard data.starts(with: Array("%PDF-".utf8)) else { return nil }
        let type = Array("/Type".utf8), page = Array("/Page".utf8)
        var pages = 0
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var i = 0
            while i + type.count <= bytes.count {
                guard bytes[i] == 0x2F, matches(type, in: bytes, at: i) else { i += 1; continue }
                var j = i + type.count
                while j < bytes.count, isWhitespace(bytes[j]) { j += 1 }
                if matches(page, in: bytes, at: j) {
                    let next = j + page.count
                    // "/Pages" is a node of the tree, not a page; "/Page" ends at a delimiter or whitespace.
                    if next >= bytes.count || !isRegular(bytes[next]) { pages += 1 }
                }
                i = j
            }
        }
        return pages > 0 ? pages : nil
    }

    /// The page count of the PDF at `url`; `nil` when it cannot be read or counted.
    public static func count(at url: URL) -> Int? {
        (try? Data(contentsOf: url)).flatMap(count)
    }

    private static func matches(_ word: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + word.count <= bytes.count else { return false }
        for k in 0..<word.count where bytes[index + k] != word[k] { return false }
        return true
    }

    /// PDF whitespace: NUL, tab, LF, FF, CR, space.
    private static func isWhitespace(_ b: UInt8) -> Bool { [0, 9, 10, 12, 13, 32].contains(b) }

    /// A regular character: neither whitespace nor a delimiter `( ) < > [ ] { } / %` (PDF 32000-1 §7.2.2).
    private static func isRegular(_ b: UInt8) -> Bool {
        !isWhitespace(b) && !Array("()<>[]{}/%".utf8).contains(b)
    }
}
