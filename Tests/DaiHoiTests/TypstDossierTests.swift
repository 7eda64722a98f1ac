import DaiHoi
import Derive
import Foundation
import Load
import Testing
import TestSupport

/// The merged dossier (`ho-so-dai-hoi.pdf`) through Typst (issue 19): one compile of every paper's tree, so the file
/// is PDF/A-2b as each paper is, each part restarting its page numbers, one bookmark per part; and the PDFs' dates,
/// titles and authors from the congress, not from the clock. Read back with poppler and pypdf.
@Suite("Dossier PDF through Typst", .serialized)
struct TypstDossierTests {
    static let sample = "chi-bo-khu-pho-3"
    static var file: String { Repository.samples.appendingPathComponent(sample).appendingPathComponent("congress.yaml").path }
    static var ready: Bool { TypstPDFTests.typst != nil && onPath("pdfinfo") && onPath("pdftotext") && onPath("pdffonts") }

    /// `render --doc dossier --format pdf` through Typst, PDF/A (the dossier's default); the files written, sorted.
    static func dossier(into out: URL) throws -> [URL] {
        guard let typst = TypstPDFTests.typst else { return [] }
        var pipeline = Pipeline(templateFolder: Repository.templates)
        pipeline.pdfEngine = typst
        pipeline.pdfA = true
        let report = pipeline.renderDossier(file: file, formats: [.pdf], outputDirectory: out.path)
        #expect(!report.hasErrors, "\(report.diagnostics)")
        return report.written.sorted().map(URL.init(fileURLWithPath:))
    }

    static func info(_ pdf: URL, _ field: String) throws -> String {
        let line = try run("pdfinfo", [pdf.path]).output.split(separator: "\n").first { $0.hasPrefix(field + ":") }
        return line.map { $0.dropFirst(field.count + 1).trimmingCharacters(in: .whitespaces) } ?? ""
    }

    /// Each page's text (`pdftotext -layout`, pages split at the form feed).
    static func pageTexts(_ pdf: URL) throws -> [String] {
        var pages = try run("pdftotext", ["-layout", pdf.path, "-"]).output.components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        return pages
    }

    @Test("the merged dossier is PDF/A-2b: pdfaid part 2 / B, output intent with an ICC profile, fonts embedded, tagged, /Lang vi")
    func mergedDossierIsPDFA() throws {
        guard Self.ready else { print("skipped: no .venv-typst or poppler-utils"); return }
        let out = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        _ = try Self.dossier(into: out)
        let merged = out.appendingPathComponent("ho-so-dai-hoi.pdf")
        #expect(try Self.info(merged, "Tagged") == "yes")
        let pypdf = (try? run("/usr/bin/python3", ["-c", "import pypdf"]).status) == 0
        try TypstPDFTests.expectPDFA(merged, pypdf: pypdf)
        if !pypdf { print("output intent not read: no pypdf") }
    }

    @Test("the merged dossier holds each part's pages as printed alone, page for page; each part's first page unnumbered, its second numbered 2; one bookmark per part at its first page")
    func mergedDossierKeepsEachPartsPages() throws {
        guard Self.ready, (try? run("/usr/bin/python3", ["-c", "import pypdf"]).status) == 0 else { print("skipped: no .venv-typst, poppler-utils or pypdf"); return }
        let out = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        _ = try Self.dossier(into: out)
        let merged = out.appendingPathComponent("ho-so-dai-hoi.pdf")
        let parts = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted().filter { $0.first!.isNumber }
            .map { out.appendingPathComponent($0) }
        let congress = try #require(CongressLoader().load(file: Self.file).congress)
        let titles = [Dossier.indexTitle] + DossierPlan(congress).papers.map(\.title)
        #expect(parts.count == titles.count && parts.count >= 10, "\(parts.map(\.lastPathComponent))")
        // Page for page, the merged file is the parts one after the other: the same text, page numbers included.
        // Measured with -bbox: nothing in the top 15 mm of a part's first page, "2" centred there on its second.
        let (bookmarks, numberedTwo) = try PrintedNumbering.expectMergedParts(merged, parts: parts, titles: titles)
        #expect(numberedTwo >= 8, "only \(numberedTwo) parts of two pages or more")
        let outline = try run("/usr/bin/python3", ["-c", """
            import sys
            from pypdf import PdfReader
            r = PdfReader(sys.argv[1])
            for o in r.outline:
                print(f"{r.get_destination_page_number(o) + 1}\\t{o.title}")
            """, merged.path]).output.split(separator: "\n").map(String.init)
        #expect(outline == bookmarks)
    }

    @Test("PDF dates: the congress's date, not 1970; SOURCE_DATE_EPOCH still wins; title and author from the paper; two runs, the same bytes")
    func datesAndProperties() throws {
        guard Self.ready else { print("skipped: no .venv-typst or poppler-utils"); return }
        let out = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let args = ["render", Self.file, "--doc", "minutes", "--format", "pdf", "--pdf-engine", "typst"]
        let first = try CLI.run(args + ["-o", out.appendingPathComponent("a").path])
        let second = try CLI.run(args + ["-o", out.appendingPathComponent("b").path])
        #expect(first.status == 0 && second.status == 0, "\(first.stderr)")
        let a = out.appendingPathComponent("a/minutes.pdf"), b = out.appendingPathComponent("b/minutes.pdf")
        // Khu phố 3's official session: 12 April 2025 (congress.yaml, sessions.official.date).
        #expect(try Self.info(a, "CreationDate") == "Sat Apr 12 00:00:00 2025 UTC")
        #expect(try Self.info(a, "ModDate") == "Sat Apr 12 00:00:00 2025 UTC")
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
        let title = try Self.info(a, "Title")
        #expect(title == "Biên bản Đại hội đảng viên Chi bộ Khu phố 3 lần thứ XII, nhiệm kỳ 2025 - 2027", "\(title)")
        #expect(!title.unicodeScalars.contains { $0 == "\u{2060}" || $0 == "\u{00A0}" }, "\(title.unicodeScalars.map { String($0.value, radix: 16) })")
        let author = try Self.info(a, "Author")
        #expect(author.hasPrefix("ĐẠI HỘI ĐẢNG VIÊN CHI BỘ KHU PHỐ 3 LẦN THỨ XII"), "\(author)")
        // SOURCE_DATE_EPOCH (reproducible builds): 1 600 000 000 s = 13 September 2020, 12:26:40 UTC.
        let stamped = try CLI.run(args + ["-o", out.appendingPathComponent("c").path], environment: ["SOURCE_DATE_EPOCH": "1600000000"])
        #expect(stamped.status == 0, "\(stamped.stderr)")
        #expect(try Self.info(out.appendingPathComponent("c/minutes.pdf"), "CreationDate") == "Sun Sep 13 12:26:40 2020 UTC")
        // A SOURCE_DATE_EPOCH that is no number is ignored: the paper's own date stands.
        let garbled = try CLI.run(args + ["-o", out.appendingPathComponent("d").path], environment: ["SOURCE_DATE_EPOCH": "gestern"])
        #expect(garbled.status == 0, "\(garbled.stderr)")
        #expect(try Self.info(out.appendingPathComponent("d/minutes.pdf"), "CreationDate") == "Sat Apr 12 00:00:00 2025 UTC")
    }
}
