@testable import DaiHoi
import Derive
import Foundation
import Testing
import TestSupport

/// PDF through the built-in engine (issue 19) as the user gets it: `render --pdf-engine builtin` with neither
/// LibreOffice nor Typst on the machine, PDF/A-2b read back (XMP identification, output intent with its ICC profile,
/// every font embedded), the same bytes for the same input, page numbers top centre from page 2 with sheets
/// restarting, the engine's resolution said in Vietnamese and English, and a batch printed by it.
@Suite("PDF through the built-in engine", .serialized)
struct BuiltinPDFTests {
    static var builtin: PDFEngine? {
        if case .success(let (engine, _)) = PDFEngine.resolve(.builtin, language: .en) { return engine }
        return nil
    }

    static func render(_ sample: String, into out: URL, documents: [DocumentKind] = DocumentKind.allCases, pdfA: Bool,
                       options: PaperOptions = PaperOptions()) throws -> [URL] {
        guard let builtin else { return [] }
        var pipeline = Pipeline(templateFolder: Repository.templates, paperOptions: options)
        pipeline.pdfEngine = builtin
        pipeline.pdfA = pdfA
        let file = Repository.samples.appendingPathComponent(sample).appendingPathComponent("congress.yaml").path
        let report = pipeline.render(file: file, documents: documents, formats: [.pdf], outputDirectory: out.path)
        #expect(!report.hasErrors, "\(report.diagnostics)")
        return report.written.filter { $0.hasSuffix(".pdf") }.sorted().map(URL.init(fileURLWithPath:))
    }

    static var pypdf: Bool { (try? run("/usr/bin/python3", ["-c", "import pypdf"]).status) == 0 }

    /// The PDF/A-2b claim of `pdf` read back: the XMP identification (`pdfaid:part` 2, `pdfaid:conformance` B) and
    /// the title in `dc:title` (pdfinfo -meta); every font Liberation Serif, embedded (pdffonts); with pypdf, the
    /// output intent `/GTS_PDFA1` and its ICC profile (`acsp` at byte 36), `/Lang` vi, no encryption.
    static func expectPDFA(_ pdf: URL, title: String? = nil) throws {
        let name = pdf.lastPathComponent
        let meta = try run("pdfinfo", ["-meta", pdf.path]).output
        #expect(meta.contains("<pdfaid:part>2</pdfaid:part>") && meta.contains("<pdfaid:conformance>B</pdfaid:conformance>"),
                "\(name): no PDF/A-2b identification in \(meta.prefix(400))")
        #expect(meta.contains("<rdf:li>vi</rdf:li>"), "\(name): no dc:language vi")
        if let title { #expect(meta.contains(title), "\(name): dc:title is not \(title)") }
        if onPath("qpdf") {
            let check = try run("qpdf", ["--check", pdf.path])
            #expect(check.status == 0 && check.output.contains("No syntax or stream encoding errors"), "\(name): qpdf --check: \(check.output)")
        }
        let fonts = try run("pdffonts", [pdf.path]).output.split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty, "\(name): no font")
        for font in fonts {
            let columns = font.split(separator: " ", omittingEmptySubsequences: true)
            #expect(columns.count >= 7 && columns[columns.count - 5] == "yes", "\(name): font not embedded: \(font)")
            #expect(font.contains("LiberationSerif"), "\(name): a font other than Liberation Serif: \(font)")
        }
        guard pypdf else { print("output intent not read: /usr/bin/python3 has no pypdf (python3-pypdf)"); return }
        let intent = try run("/usr/bin/python3", ["-c", """
            import sys, pypdf
            reader = pypdf.PdfReader(sys.argv[1])
            root = reader.trailer["/Root"]
            intent = root["/OutputIntents"][0].get_object()
            profile = intent["/DestOutputProfile"].get_object().get_data()
            print(intent["/S"], profile[36:40].decode(), root["/Lang"], reader.is_encrypted)
            """, pdf.path]).output
        #expect(intent.trimmingCharacters(in: .whitespacesAndNewlines) == "/GTS_PDFA1 acsp vi False", "\(name): \(intent)")
    }

    @Test("PDF/A-2b: pdfaid part 2 conformance B in the XMP, a PDF/A output intent with its ICC profile, every font embedded, in Vietnamese")
    func pdfA() throws {
        guard Self.builtin != nil, onPath("pdfinfo"), onPath("pdffonts") else { print("skipped: no Liberation Serif or poppler-utils"); return }
        let out = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let pdfs = try Self.render("dang-bo-xa-tan-lap", into: out, pdfA: true, options: PaperOptions(summonsLimit: 3))
        #expect(pdfs.count >= 15)
        for pdf in pdfs { try Self.expectPDFA(pdf) }
        // Without --pdf-a: no PDF/A identification at all (the flag is what makes it).
        let plain = try Self.render("dang-bo-xa-tan-lap", into: out.appendingPathComponent("plain"), documents: [.minutes], pdfA: false)
        #expect(try !run("pdfinfo", ["-meta", plain[0].path]).output.contains("pdfaid:part"))
    }

    @Test("page numbers top centre from page 2; each sheet (an assignment) restarts at 1, unnumbered, its further pages 2, 3…")
    func pageNumbers() throws {
        guard Self.builtin != nil, onPath("pdftotext") else { print("skipped: no Liberation Serif or poppler-utils"); return }
        let out = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let pdfs = try Self.render("hung-ha", into: out, documents: [.minutes, .assignments], pdfA: false)
        #expect(pdfs.count == 2)
        var restarts = 0
        for pdf in pdfs { restarts += try PrintedNumbering.expectTopCentreFromPageTwo(pdf) }
        // Hưng Hà's assignments are seven sheets (seven "ĐẢNG CỘNG SẢN VIỆT NAM" headers in LibreOffice's PDF too):
        // the count restarts six times after the first page; the minutes are one paper.
        #expect(restarts == 6, "\(restarts) sheets restarting the count, expected 6")
    }

    @Test("the same congress gives the same PDF bytes, PDF/A or not")
    func sameBytes() throws {
        guard Self.builtin != nil else { print("skipped: no Liberation Serif"); return }
        try SameBytes.expectTwoRunsAlike { folder, pdfA in try Self.render("chi-bo-khu-pho-3", into: folder, pdfA: pdfA) }
    }

    @Test("render --pdf-engine builtin prints with neither LibreOffice nor Typst on the machine; auto without Typst takes it")
    func withoutLibreOfficeOrTypst() throws {
        guard Self.builtin != nil, onPath("pdfinfo") else { print("skipped: no Liberation Serif or poppler-utils"); return }
        let file = Repository.samples.appendingPathComponent("chi-bo-khu-pho-3/congress.yaml").path
        let out = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        // Nothing on PATH (no soffice, no python3), Typst's interpreter pointing nowhere.
        let bare = ["PATH": "/nonexistent", "DAIHOI_TYPST_PYTHON": "/nonexistent/python3"]
        let named = try CLI.run(["render", file, "--doc", "minutes", "--doc", "ballots", "--format", "pdf", "--pdf-engine", "builtin",
                                 "-o", out.appendingPathComponent("named").path, "--lang", "en"], environment: bare)
        #expect(named.status == 0, "\(named.stderr)")
        #expect(named.stderr.contains("[pdf] PDF engine: built-in (/"), "\(named.stderr)")
        for paper in ["minutes", "ballots"] {
            let info = try run("pdfinfo", [out.appendingPathComponent("named/\(paper).pdf").path]).output
            #expect(info.contains("Producer:") && info.contains("DaiHoi") && info.contains("Pages:"), "\(paper): \(info)")
        }
        let auto = try CLI.run(["render", file, "--doc", "minutes", "--format", "pdf", "-o", out.appendingPathComponent("auto").path, "--lang", "en"],
                               environment: bare)
        #expect(auto.status == 0, "\(auto.stderr)")
        #expect(auto.stderr.contains("[pdf] PDF engine: built-in ("), "\(auto.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("auto/minutes.pdf").path))
        // --pdf-a is the built-in engine's too.
        let archived = try CLI.run(["render", file, "--doc", "minutes", "--format", "pdf", "--pdf-engine", "builtin", "--pdf-a",
                                    "-o", out.appendingPathComponent("pdfa").path], environment: bare)
        #expect(archived.status == 0, "\(archived.stderr)")
        try Self.expectPDFA(out.appendingPathComponent("pdfa/minutes.pdf"))
    }

    @Test("the engine's resolution in Vietnamese and English: builtin asked for without its fonts is a usage error naming fonts-liberation2; auto says why it fell back")
    func resolutionMessages() throws {
        let noFonts = ["DAIHOI_FONT_DIRS": "/nonexistent/fonts", "DAIHOI_TYPST_PYTHON": "/nonexistent/python3"]
        guard case .failure(let en) = PDFEngine.resolve(.builtin, language: .en, environment: noFonts),
              case .failure(let vi) = PDFEngine.resolve(.builtin, language: .vi, environment: noFonts) else {
            Issue.record("the built-in engine resolved without fonts")
            return
        }
        #expect(en.engine == .builtin && vi.engine == .builtin)
        #expect(en.reason.hasPrefix("no Liberation Serif fonts readable in /nonexistent/fonts (Debian's fonts-liberation2; `make setup` installs it)"), "\(en.reason)")
        #expect(vi.reason.hasPrefix("không đọc được phông Liberation Serif trong /nonexistent/fonts (gói Debian fonts-liberation2; `make setup` cài nó)"), "\(vi.reason)")
        #expect(vi.reason.hasSuffix("không có tệp phông LiberationSerif-Regular.ttf trong /nonexistent/fonts"), "\(vi.reason)")
        #expect(en.reason.contains("font file LiberationSerif-Regular.ttf not found in /nonexistent/fonts"), "\(en.reason)")
        // auto with neither engine: LibreOffice, and the line names why not each of the others, in order.
        guard case .success(let (engine, line)) = PDFEngine.resolve(.automatic, language: .en, environment: noFonts),
              case .success(let (_, lineVi)) = PDFEngine.resolve(.automatic, language: .vi, environment: noFonts) else {
            Issue.record("auto did not resolve")
            return
        }
        #expect(engine == .libreOffice)
        #expect(line.hasPrefix("PDF engine: LibreOffice, as no other engine is there: "), "\(line)")
        #expect(lineVi.hasPrefix("máy in PDF: LibreOffice, vì không có máy in khác: "), "\(lineVi)")
        for reason in ["DAIHOI_TYPST_PYTHON=/nonexistent/python3 is not an executable", "fonts-liberation2"] {
            #expect(line.contains(reason), "\(line)")
        }
        // auto with Typst but no fonts: Typst, and the line says why not the built-in engine.
        let stand = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: stand) }
        let python = stand.appendingPathComponent("python3")
        try "#!/bin/sh\nexit 0\n".write(to: python, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: python.path)
        let typstOnly = ["DAIHOI_FONT_DIRS": "/nonexistent/fonts", "DAIHOI_TYPST_PYTHON": python.path]
        if case .success(let (typst, typstLine)) = PDFEngine.resolve(.automatic, language: .en, environment: typstOnly) {
            #expect(typst == .typst(python: python.path))
            #expect(typstLine.hasPrefix("PDF engine: Typst (\(python.path)), as: no Liberation Serif fonts readable in /nonexistent/fonts"), "\(typstLine)")
        } else {
            Issue.record("auto did not resolve with Typst there")
        }
        // The same through the command line: exit 2 (usage), nothing written, the reason in the asked language.
        let file = Repository.samples.appendingPathComponent("chi-bo-khu-pho-3/congress.yaml").path
        let out = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        for (language, words) in [("en", "--pdf-engine builtin: no Liberation Serif fonts"), ("vi", "--pdf-engine builtin: không đọc được phông Liberation Serif")] {
            let refused = try CLI.run(["render", file, "--doc", "minutes", "--format", "pdf", "--pdf-engine", "builtin", "-o", out.path, "--lang", language],
                                      environment: noFonts)
            #expect(refused.status == 2, "\(refused.stderr)")
            #expect(refused.stderr.contains(words) && refused.stderr.contains("fonts-liberation2"), "\(refused.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("minutes.pdf").path))
        // The help names the engines and what auto does.
        let help = try CLI.run(["render", "--help"], environment: ["DAIHOI_LANG": "en"])
        let words = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("auto|builtin|typst|libreoffice") && words.contains("builtin (in this program"), "\(help.stdout)")
        let order = (PDFEngine.automaticOrder.map(\.rawValue) + ["libreoffice"]).joined(separator: ", ")
        #expect(words.contains("or auto (the default: the first there of \(order))"), "\(help.stdout)")
    }

    @Test("batch --format pdf --pdf-engine builtin: every branch's PDFs printed within its branch, shards adding up to the whole, the dashboard written")
    func batch() async throws {
        guard let builtin = Self.builtin, onPath("pdfinfo") else { print("skipped: no Liberation Serif or poppler-utils"); return }
        let input = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: input) }
        try SyntheticBranches(seed: 11).write(count: 6, broken: [], to: input.path)
        func runner() -> BatchRunner {
            var runner = BatchRunner(templateFolder: Repository.templates, toolVersion: "test")
            runner.pdfEngine = builtin
            return runner
        }
        let whole = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: whole) }
        let report = try await runner().run(BatchOptions(inputDirectory: input.path, outputDirectory: whole.path,
                                                         documents: [.minutes, .delegates], formats: [.pdf], jobs: 2))
        #expect(report.invalid.isEmpty, "\(report.invalid.map(\.name))")
        let pdfs = FileManager.default.enumerator(atPath: whole.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".pdf") } ?? []
        #expect(pdfs.count == 12, "\(pdfs)")
        for pdf in pdfs {
            #expect(try Int(TypstDossierTests.info(whole.appendingPathComponent(pdf), "Pages")) ?? 0 >= 1, "\(pdf)")
        }
        #expect(FileManager.default.fileExists(atPath: whole.appendingPathComponent("index.html").path))
        #expect(FileManager.default.fileExists(atPath: whole.appendingPathComponent("dashboard.csv").path))
        let sharded = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: sharded) }
        for k in 1...2 {
            _ = try await runner().run(BatchOptions(inputDirectory: input.path, outputDirectory: sharded.path, documents: [.minutes, .delegates],
                                                    formats: [.pdf], jobs: 2, shard: Shard("\(k)/2")))
        }
        for pdf in pdfs {
            #expect(FileManager.default.contents(atPath: sharded.appendingPathComponent(pdf).path) == FileManager.default.contents(atPath: whole.appendingPathComponent(pdf).path),
                    "\(pdf): the shards' file is not the whole run's")
        }
    }
}
