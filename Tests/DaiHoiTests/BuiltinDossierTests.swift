import DaiHoi
import Derive
import Foundation
import Load
import Testing
import TestSupport

/// The merged dossier (`ho-so-dai-hoi.pdf`) through the built-in engine (issue 19): one PDF/A-2b file made of every
/// part's pages as printed alone (each part restarting its page numbers), one bookmark per part at its first page,
/// opening on its bookmarks; the index's page counts those of the papers printed. Read back with poppler and pypdf.
@Suite("Dossier PDF through the built-in engine", .serialized)
struct BuiltinDossierTests {
    static let sample = "chi-bo-khu-pho-3"
    static var file: String { Repository.samples.appendingPathComponent(sample).appendingPathComponent("congress.yaml").path }
    static var ready: Bool { BuiltinPDFTests.builtin != nil && onPath("pdfinfo") && onPath("pdftotext") && onPath("pdffonts") }

    /// `render --doc dossier --format pdf` through the built-in engine, PDF/A (the dossier's default).
    static func dossier(into out: URL) throws {
        guard let builtin = BuiltinPDFTests.builtin else { return }
        var pipeline = Pipeline(templateFolder: Repository.templates)
        pipeline.pdfEngine = builtin
        pipeline.pdfA = true
        let report = pipeline.renderDossier(file: file, formats: [.pdf], outputDirectory: out.path)
        #expect(!report.hasErrors, "\(report.diagnostics)")
    }

    @Test("one PDF/A-2b file: the parts' pages page for page, each part's first page unnumbered and its second numbered 2, one bookmark per part, opening on them")
    func mergedDossier() throws {
        guard Self.ready else { print("skipped: no Liberation Serif or poppler-utils"); return }
        let out = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        try Self.dossier(into: out)
        let merged = out.appendingPathComponent("ho-so-dai-hoi.pdf")
        try BuiltinPDFTests.expectPDFA(merged, title: "Hồ sơ Đại hội")
        let parts = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted().filter { $0.first!.isNumber }
            .map { out.appendingPathComponent($0) }
        let congress = try #require(CongressLoader().load(file: Self.file).congress)
        let titles = [Dossier.indexTitle] + DossierPlan(congress).papers.map(\.title)
        #expect(parts.count == titles.count && parts.count >= 10, "\(parts.map(\.lastPathComponent))")
        let (bookmarks, numberedTwo) = try PrintedNumbering.expectMergedParts(merged, parts: parts, titles: titles)
        let pageCount = try parts.reduce(0) { $0 + (Int(try TypstDossierTests.info($1, "Pages")) ?? 0) }
        #expect(try TypstDossierTests.info(merged, "Pages") == String(pageCount))
        #expect(numberedTwo >= 5, "only \(numberedTwo) parts of two pages or more")
        guard BuiltinPDFTests.pypdf else { print("bookmarks not read: no pypdf"); return }
        let outline = try run("/usr/bin/python3", ["-c", """
            import sys
            from pypdf import PdfReader
            r = PdfReader(sys.argv[1])
            print(r.trailer["/Root"].get("/PageMode"))
            for o in r.outline:
                print(f"{r.get_destination_page_number(o) + 1}\\t{o.title}")
            """, merged.path]).output.split(separator: "\n").map(String.init)
        #expect(outline.first == "/UseOutlines", "\(outline.first ?? "")")
        #expect(Array(outline.dropFirst()) == bookmarks)
        // The file's author and date are the index's (the congress's issuing body, its date).
        for field in ["Author", "CreationDate"] {
            let value = try TypstDossierTests.info(merged, field), index = try TypstDossierTests.info(parts[0], field)
            #expect(!value.isEmpty && value == index, "\(field): \(value), the index's \(index)")
        }
    }

    @Test("the dossier twice: the same bytes, merged file included")
    func sameBytes() throws {
        guard Self.ready else { print("skipped: no Liberation Serif or poppler-utils"); return }
        let out = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        try Self.dossier(into: out.appendingPathComponent("a"))
        try Self.dossier(into: out.appendingPathComponent("b"))
        let names = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("a").path).sorted()
        #expect(names.contains("ho-so-dai-hoi.pdf"))
        for name in names {
            #expect(FileManager.default.contents(atPath: out.appendingPathComponent("a/\(name)").path)
                    == FileManager.default.contents(atPath: out.appendingPathComponent("b/\(name)").path), "\(name) differs")
        }
    }
}
