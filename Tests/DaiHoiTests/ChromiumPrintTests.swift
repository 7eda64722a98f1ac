import DaiHoi
import Derive
import Foundation
import Testing
import TestSupport

/// Prints the Hưng Hà minutes through headless Chromium and measures the PDF with poppler:
/// A4 pages, no page number on page 1, the number 2 at the top of page 2, the Vietnamese title intact.
struct ChromiumPrintTests {
    /// The Hưng Hà paper `kind` as HTML, printed by headless Chromium into `out`: the HTML and the PDF.
    /// Nil (the test is skipped) without Chromium or poppler.
    private func printed(_ kind: DocumentKind, into out: URL) throws -> (html: URL, pdf: URL)? {
        guard let chromium = ["chromium", "chromium-browser"].first(where: onPath), onPath("pdfinfo") else {
            print("skipped: chromium or poppler-utils (pdfinfo) not installed")
            return nil
        }
        let file = Repository.samples.appendingPathComponent("hung-ha/congress.yaml").path
        let report = Pipeline(templateFolder: Repository.templates)
            .render(file: file, documents: [kind], formats: [.html], outputDirectory: out.path)
        #expect(!report.hasErrors, "\(report.diagnostics)")
        let html = out.appendingPathComponent("\(kind.rawValue).html")
        let pdf = out.appendingPathComponent("\(kind.rawValue).pdf")
        try run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                           "--user-data-dir=\(out.appendingPathComponent("profile").path)",
                           "--print-to-pdf=\(pdf.path)", html.absoluteString])
        return (html, pdf)
    }

    @Test func minutesPrintAsA4WithPageNumbersFromPageTwo() throws {
        let out = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        guard let (_, pdf) = try printed(.minutes, into: out) else { return }
        let info = try run("pdfinfo", [pdf.path]).output
        // Chromium prints A4 as 594.96 × 841.92 pt; poppler labels it "(A4)".
        #expect(info.contains("(A4)"), "not A4: \(info)")
        let pages = Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?
            .split(separator: " ").last ?? "") ?? 0
        try #require(pages >= 2, "the minutes should span at least two pages")

        let first = try run("pdftotext", ["-f", "1", "-l", "1", "-layout", pdf.path, "-"]).output
        let second = try run("pdftotext", ["-f", "2", "-l", "2", "-layout", pdf.path, "-"]).output
        #expect(first.contains("BIÊN BẢN"))
        #expect(first.contains("ĐẢNG CỘNG SẢN VIỆT NAM"))
        let firstLine = { (text: String) in
            text.split(separator: "\n").first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?
                .trimmingCharacters(in: .whitespaces) ?? ""
        }
        #expect(firstLine(second) == "2", "page 2 should open with its number, found \(firstLine(second))")
        #expect(firstLine(first) != "1", "page 1 carries no number")
    }

    /// A ballot is handed to each voter alone: one page per ballot, none carrying a page number —
    /// the Hưng Hà committee ballot too (46 names, in two columns).
    @Test func ballotsPrintWithoutPageNumbers() throws {
        let out = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        guard let (html, pdf) = try printed(.ballots, into: out) else { return }
        let text = try run("pdftotext", ["-layout", pdf.path, "-"]).output
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).dropLast()
        let sheets = try String(contentsOf: html, encoding: .utf8).components(separatedBy: "<div class=\"sheet").count - 1
        try #require(pages.count == sheets, "every ballot should be one page (\(pages.count) pages, \(sheets) sheets)")
        for (index, page) in pages.enumerated() {
            let firstLine = page.split(separator: "\n").first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?
                .trimmingCharacters(in: .whitespaces) ?? ""
            #expect(Int(firstLine) == nil, "page \(index + 1) opens with the number \(firstLine)")
        }
    }
}
