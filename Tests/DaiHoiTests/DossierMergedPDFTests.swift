import DaiHoi
import Derive
import Diagnostics
import Foundation
import Load
import Testing
import TestSupport
import PDFWriting

/// `render --doc dossier --format pdf` (issue 14): beside each paper's PDF, one PDF of the whole dossier with one
/// bookmark per paper, titled in Vietnamese and pointing at the paper's first page; read back with pdfinfo and
/// pypdf, not with the code that wrote it.
@Suite(.serialized) struct DossierMergedPDFTests {
    static let ready = LibreOfficeTools.ready && PDFMerge.isAvailable
    static var reason: Comment {
        let why: Comment = "skipped: needs soffice, pdfinfo and pypdf under /usr/bin/python3 (apt-get install libreoffice-writer-nogui poppler-utils python3-pypdf)"
        if !ready { print(why) }
        return why
    }

    /// The outline of `pdf` as pypdf reads it: one "page<TAB>title" line per entry, pages counted from 1.
    static func outline(_ pdf: URL) throws -> [String] {
        let script = """
            import sys
            from pypdf import PdfReader
            r = PdfReader(sys.argv[1])
            for o in r.outline:
                print(f"{r.get_destination_page_number(o) + 1}\\t{o.title}")
            """
        let result = try run(PDFMerge.python, ["-c", script, pdf.path])
        #expect(result.status == 0, "\(result.output)")
        return result.output.split(separator: "\n").map(String.init)
    }

    static func pages(_ pdf: URL) throws -> Int {
        let info = try run("pdfinfo", [pdf.path]).output
        return try #require(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) })
    }

    /// Every engine: LibreOffice's PDFs joined by pypdf, Typst's one compile of every paper (skipped without .venv-typst),
    /// the built-in engine's pages of every part in one file (skipped without Liberation Serif).
    @Test("the merged PDF holds every page of the index and the papers, one bookmark at each one's first page",
          .enabled(if: ready, reason), arguments: ["libreoffice", "typst", "builtin"])
    func theMergedPDFHoldsEveryPaperWithABookmarkAtItsFirstPage(engine: String) throws {
        if engine == "typst", TypstPDFTests.typst == nil { print("skipped the Typst engine: no .venv-typst"); return }
        if engine == "builtin", BuiltinPDFTests.builtin == nil { print("skipped the built-in engine: no Liberation Serif"); return }
        let file = try Fixture.write(Fixture.minimal + "settings:\n  dossier_required: [script]\n")
        let out = file.deletingLastPathComponent().appendingPathComponent("out")
        let result = try CLI.run(["render", file.path, "--doc", "dossier", "--format", "pdf", "--pdf-engine", engine, "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let numbered = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted().filter { $0.first!.isNumber }
        #expect(numbered.count >= 3, "\(numbered)")
        let merged = out.appendingPathComponent("ho-so-dai-hoi.pdf")
        // Each part's first page, counted by hand from pdfinfo: 1, then 1 + the pages before.
        // The titles the bookmarks must carry: the index's, then each paper's as the plan names it.
        let congress = try #require(CongressLoader().load(file: file.path).congress)
        let titles = [Dossier.indexTitle] + DossierPlan(congress).papers.map(\.title)
        #expect(titles.count == numbered.count, "\(numbered)")
        var expected: [String] = []
        var next = 1
        for (name, title) in zip(numbered, titles) {
            expected.append("\(next)\t\(title)")
            next += try Self.pages(out.appendingPathComponent(name))
        }
        #expect(try Self.pages(merged) == next - 1)
        #expect(try Self.outline(merged) == expected)
        #expect(expected.first == "1\tMục lục hồ sơ Đại hội")
        #expect(expected.dropFirst().first == "2\tChương trình đại hội")
        // PDF/A (the dossier's default) only where Typst or the built-in engine wrote the whole file; pypdf's join keeps no XMP.
        let meta = try run("pdfinfo", ["-meta", merged.path]).output
        #expect(meta.contains("<pdfaid:part>2</pdfaid:part>") == (engine != "libreoffice"), "\(engine): \(meta.prefix(200))")
    }

    @Test("the same PDFs give the same merged bytes", .enabled(if: ready, reason))
    func theSameInputGivesTheSameBytes() throws {
        let file = try Fixture.write(Fixture.minimal + "settings:\n  dossier_required: [script]\n")
        let out = file.deletingLastPathComponent().appendingPathComponent("out")
        _ = try CLI.run(["render", file.path, "--doc", "dossier", "--format", "pdf", "-o", out.path])
        let parts = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted().filter { $0.first!.isNumber }
            .map { PDFMerge.Part(pdf: out.appendingPathComponent($0), title: "Phần \($0.prefix(2))") }
        let scratch = file.deletingLastPathComponent().appendingPathComponent("scratch")
        let first = try PDFMerge.merge(parts, title: "Hồ sơ", scratch: scratch).get()
        let second = try PDFMerge.merge(parts, title: "Hồ sơ", scratch: scratch).get()
        #expect(first == second)
        #expect(first.starts(with: Array("%PDF-".utf8)))
    }

    @Test("a part that is no PDF is pypdf's failure, with its last line", .enabled(if: PDFMerge.isAvailable))
    func aPartThatIsNoPDFFails() throws {
        let file = try Fixture.write(Fixture.minimal)
        let folder = file.deletingLastPathComponent()
        let bogus = folder.appendingPathComponent("bogus.pdf")
        try Data("not a pdf".utf8).write(to: bogus)
        let result = PDFMerge.merge([PDFMerge.Part(pdf: bogus, title: "X")], title: "X", scratch: folder)
        guard case let .failure(.failed(reason)) = result else {
            Issue.record("expected a failure, got \(result)")
            return
        }
        #expect(reason.contains("Error"), "\(reason)")
        // The message names the merged file and keeps the papers' PDFs.
        let message = Message.io(.dossierMergeFailed(path: "out/ho-so-dai-hoi.pdf", reason: reason))
        #expect(message.code == "DH451")
        #expect(message.text(in: .vi).hasPrefix("không ghép được hồ sơ thành một tệp 'out/ho-so-dai-hoi.pdf': "))
    }
}
