import Foundation
import Testing

/// The page numbering a reader sees, checked the same way for every engine that sets PDFs from the tree (Typst,
/// built-in): measured with `pdftotext -bbox` (``PrintedPages``).
enum PrintedNumbering {
    /// Page numbers top centre from page 2, each paper or sheet restarting at 1 and unnumbered, its further pages 2,
    /// 3…: the number the only text in the top margin (above 15 mm), centred on the text area (30 + 165 / 2 mm).
    /// Returns how many pages after the first restart the count (sheets).
    @discardableResult
    static func expectTopCentreFromPageTwo(_ pdf: URL) throws -> Int {
        let pages = try PrintedPages(pdf: pdf).pages
        var expected = 0
        var restarts = 0
        for (index, page) in pages.enumerated() {
            expected = page.startsPaper ? 1 : expected + 1
            if page.startsPaper, index > 0 { restarts += 1 }
            let top = page.words.filter { $0.box.yMin < 15 }
            if expected == 1 {
                #expect(top.isEmpty, "\(pdf.lastPathComponent) p. \(index + 1): a number on a paper's first page: \(top.map(\.text))")
            } else {
                #expect(top.map(\.text) == [String(expected)], "\(pdf.lastPathComponent) p. \(index + 1): \(top.map(\.text)), expected \(expected)")
                if let number = top.first { #expect(abs((number.box.xMin + number.box.xMax) / 2 - 112.5) < 1, "not centred: \(number.box)") }
            }
        }
        #expect(pages.count > 2)
        return restarts
    }

    /// A merged dossier against its parts printed alone: page for page the same text (`pdftotext -layout`), each
    /// part's first page unnumbered and its second numbered 2 (unless it starts a sheet of its own: a ballot, one
    /// member's assignments). Returns the bookmarks expected ("first page<TAB>title", one per part) and how many
    /// parts have a page numbered 2.
    static func expectMergedParts(_ merged: URL, parts: [URL], titles: [String]) throws -> (bookmarks: [String], numberedTwo: Int) {
        var expected: [String] = []
        var firstPages: [(page: Int, count: Int)] = []
        var bookmarks: [String] = []
        for (part, title) in zip(parts, titles) {
            let pages = try TypstDossierTests.pageTexts(part)
            firstPages.append((expected.count, pages.count))
            bookmarks.append("\(expected.count + 1)\t\(title)")
            expected += pages
        }
        let mergedPages = try TypstDossierTests.pageTexts(merged)
        #expect(mergedPages.count == expected.count)
        for (index, (got, want)) in zip(mergedPages, expected).enumerated() where got != want {
            Issue.record("merged page \(index + 1) differs from its part's page:\n\(got.prefix(300))\n---\n\(want.prefix(300))")
            break
        }
        let printed = try PrintedPages(pdf: merged).pages
        var numberedTwo = 0
        for (first, count) in firstPages where first < printed.count {
            #expect(printed[first].words.filter { $0.box.yMin < 15 }.isEmpty, "page \(first + 1), a part's first page, carries a number")
            guard count >= 2, first + 1 < printed.count else { continue }
            let top = printed[first + 1].words.filter { $0.box.yMin < 15 }.map(\.text)
            if printed[first + 1].startsPaper {
                #expect(top.isEmpty, "page \(first + 2) starts a sheet: \(top)")
            } else {
                #expect(top == ["2"], "page \(first + 2): \(top), expected 2")
                numberedTwo += 1
            }
        }
        return (bookmarks, numberedTwo)
    }
}

/// Same input, same bytes, for an engine that sets PDFs from the tree: Khu phố 3 printed twice into two folders
/// by `render(folder, pdfA)`, plain and PDF/A, every file compared byte for byte.
enum SameBytes {
    static func expectTwoRunsAlike(_ render: (URL, Bool) throws -> [URL]) throws {
        let out = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        for pdfA in [false, true] {
            let first = try render(out.appendingPathComponent("a\(pdfA)"), pdfA)
            let second = try render(out.appendingPathComponent("b\(pdfA)"), pdfA)
            #expect(first.count == second.count && first.count >= 10, "\(first.count) and \(second.count) PDFs")
            for (a, b) in zip(first, second) {
                #expect(try Data(contentsOf: a) == Data(contentsOf: b), "\(a.lastPathComponent) differs between two runs (PDF/A \(pdfA))")
            }
        }
    }
}
