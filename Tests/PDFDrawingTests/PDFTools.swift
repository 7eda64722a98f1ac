import Foundation
import Testing
import TestSupport

/// The poppler, qpdf and pypdf programs the tests read PDFs with (all in the Makefile's APT_TEST).
enum PDFTools {
    /// Runs `executable` with `arguments` (``runProgram(_:_:withErrors:)``); its standard output and exit status.
    static func run(_ executable: String, _ arguments: [String]) throws -> (output: String, status: Int32) {
        let result = try runProgram(executable, arguments)
        return (result.output, result.status)
    }

    /// `bytes` written to a fresh temporary file, handed to `body`, then removed.
    static func withFile<T>(_ bytes: [UInt8], _ body: (String) throws -> T) throws -> T {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pdfdrawing-\(UUID().uuidString).pdf").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try body(path)
    }

    /// One word of `pdftotext -bbox`.
    struct Word: Equatable {
        var text: String
        var xMin: Double, yMin: Double, xMax: Double, yMax: Double
    }

    /// The words of each page, as poppler places them (points, top-down).
    static func words(_ path: String) throws -> [[Word]] {
        let html = try run("pdftotext", ["-bbox", path, "-"]).output
        var pages: [[Word]] = []
        for page in html.components(separatedBy: "<page ").dropFirst() {
            var words: [Word] = []
            for line in page.split(separator: "\n") where line.contains("<word ") {
                func number(_ key: String) -> Double {
                    guard let range = line.range(of: key + "=\"") else { return .nan }
                    return Double(line[range.upperBound...].prefix { $0 != "\"" }) ?? .nan
                }
                guard let open = line.range(of: "\">"), let close = line.range(of: "</word>") else { continue }
                let text = String(line[open.upperBound..<close.lowerBound])
                    .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                    .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
                words.append(Word(text: text, xMin: number("xMin"), yMin: number("yMin"), xMax: number("xMax"), yMax: number("yMax")))
            }
            pages.append(words)
        }
        return pages
    }
}
