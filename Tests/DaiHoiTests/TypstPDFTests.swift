import DaiHoi
import Derive
import Foundation
import Testing
import TestSupport

/// PDF through Typst (issue 19) as the user gets it: `render --pdf-engine typst`, PDF/A-2b read back (XMP
/// identification, output intent, fonts embedded, tagged), the same bytes for the same input, and the engine
/// chosen and said by `--pdf-engine auto`, or refused when asked for by name and missing.
@Suite("PDF through Typst", .serialized)
struct TypstPDFTests {
    static var typst: PDFEngine? {
        if case .success(let (engine, _)) = PDFEngine.resolve(.typst, language: .en) { return engine }
        return nil
    }

    static func render(_ sample: String, into out: URL, documents: [DocumentKind] = DocumentKind.allCases, pdfA: Bool) throws -> [URL] {
        guard let typst else { return [] }
        var pipeline = Pipeline(templateFolder: Repository.templates)
        pipeline.pdfEngine = typst
        pipeline.pdfA = pdfA
        let file = Repository.samples.appendingPathComponent(sample).appendingPathComponent("congress.yaml").path
        let report = pipeline.render(file: file, documents: documents, formats: [.pdf], outputDirectory: out.path)
        #expect(!report.hasErrors, "\(report.diagnostics)")
        return report.written.filter { $0.hasSuffix(".pdf") }.sorted().map(URL.init(fileURLWithPath:))
    }

    @Test("PDF/A-2b: pdfaid part 2 conformance B in the XMP, a PDF/A output intent with its ICC profile, every font embedded, tagged, in Vietnamese")
    func pdfA() throws {
        guard Self.typst != nil, onPath("pdfinfo"), onPath("pdffonts") else { print("skipped: no .venv-typst or poppler-utils"); return }
        let out = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let pdfs = try Self.render("dang-bo-xa-tan-lap", into: out, pdfA: true)
        #expect(pdfs.count >= 15)
        let pypdf = (try? run("/usr/bin/python3", ["-c", "import pypdf"]).status) == 0
        for pdf in pdfs { try Self.expectPDFA(pdf, pypdf: pypdf) }
        if !pypdf { print("output intent not read: /usr/bin/python3 has no pypdf (python3-pypdf)") }
    }

    /// The PDF/A-2b claim of `pdf` read back by the tools at hand: the XMP identification (`pdfaid:part` 2,
    /// `pdfaid:conformance` B) and `dc:language` vi (pdfinfo -meta); every font Liberation Serif and embedded
    /// (pdffonts); with pypdf, the output intent `/GTS_PDFA1` and its ICC profile, marked, a structure tree, /Lang vi.
    static func expectPDFA(_ pdf: URL, pypdf: Bool) throws {
        let name = pdf.lastPathComponent
        let meta = try run("pdfinfo", ["-meta", pdf.path]).output
        #expect(meta.contains("<pdfaid:part>2</pdfaid:part>") && meta.contains("<pdfaid:conformance>B</pdfaid:conformance>"), "\(name): no PDF/A-2b identification")
        #expect(meta.contains("<rdf:li>vi</rdf:li>"), "\(name): no dc:language vi")
        // pdffonts: after its two heading lines, one line per font; the "emb" column must say yes for each.
        let fonts = try run("pdffonts", [pdf.path]).output.split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty, "\(name): no font")
        for font in fonts {
            let columns = font.split(separator: " ", omittingEmptySubsequences: true)
            #expect(columns.count >= 7 && columns[columns.count - 5] == "yes", "\(name): font not embedded: \(font)")
            #expect(font.contains("LiberationSerif"), "\(name): a font other than Liberation Serif: \(font)")
        }
        guard pypdf else { return }
        let intent = try run("/usr/bin/python3", ["-c", """
            import sys, pypdf
            root = pypdf.PdfReader(sys.argv[1]).trailer["/Root"]
            intent = root["/OutputIntents"][0].get_object()
            profile = intent["/DestOutputProfile"].get_object().get_data()
            print(intent["/S"], len(profile) > 0, profile[36:40].decode(), root["/MarkInfo"]["/Marked"], "/StructTreeRoot" in root, root["/Lang"])
            """, pdf.path]).output
        // The ICC profile's signature 'acsp' at byte 36: a real colour profile, not an empty stream.
        #expect(intent.trimmingCharacters(in: .whitespacesAndNewlines) == "/GTS_PDFA1 True acsp True True vi", "\(name): \(intent)")
    }

    @Test("page numbers top centre from page 2; each sheet (an assignment) restarts at 1, unnumbered, its further pages 2, 3…")
    func pageNumbers() throws {
        guard Self.typst != nil, onPath("pdftotext") else { print("skipped: no .venv-typst or poppler-utils"); return }
        let out = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let pdfs = try Self.render("hung-ha", into: out, documents: [.minutes, .assignments], pdfA: false)
        #expect(!pdfs.isEmpty)
        for pdf in pdfs { try PrintedNumbering.expectTopCentreFromPageTwo(pdf) }
    }

    @Test("the same congress gives the same PDF bytes, PDF/A or not")
    func sameBytes() throws {
        guard Self.typst != nil else { print("skipped: no .venv-typst"); return }
        try SameBytes.expectTwoRunsAlike { folder, pdfA in try Self.render("chi-bo-khu-pho-3", into: folder, pdfA: pdfA) }
    }

    @Test("--pdf-engine: auto says which engine and why and prints without LibreOffice; typst asked for and missing is a usage error; --pdf-a needs Typst")
    func engineChoice() throws {
        let file = Repository.samples.appendingPathComponent("chi-bo-khu-pho-3/congress.yaml").path
        let out = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let missing = ["DAIHOI_TYPST_PYTHON": "/nonexistent/python3"]
        let refused = try daihoi(["render", file, "--doc", "minutes", "--format", "pdf", "--pdf-engine", "typst", "-o", out.path, "--lang", "en"], environment: missing)
        #expect(refused.status == 2, "\(refused.stderr)")
        #expect(refused.stderr.contains("DAIHOI_TYPST_PYTHON=/nonexistent/python3 is not an executable"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("minutes.pdf").path))
        let pdfAOfOffice = try daihoi(["render", file, "--doc", "minutes", "--format", "pdf", "--pdf-engine", "libreoffice", "--pdf-a", "-o", out.path, "--lang", "en"])
        #expect(pdfAOfOffice.status == 2 && pdfAOfOffice.stderr.contains("--pdf-a needs the builtin or the Typst engine"), "\(pdfAOfOffice.stderr)")
        guard Self.typst != nil else { print("skipped the Typst run: no .venv-typst"); return }
        // No LibreOffice on PATH (nothing on it at all), no fonts for the built-in engine (whatever auto's order): the PDF
        // is still made, by Typst.
        let auto = try daihoi(["render", file, "--doc", "minutes", "--format", "pdf", "-o", out.path, "--lang", "en"],
                              environment: ["PATH": "/nonexistent", "DAIHOI_FONT_DIRS": "/nonexistent/fonts"])
        #expect(auto.status == 0, "\(auto.stderr)")
        #expect(auto.stderr.contains("PDF engine: Typst ("), "\(auto.stderr)")
        #expect(try run("pdfinfo", [out.appendingPathComponent("minutes.pdf").path]).output.contains("Creator:         Typst"))
    }

    func daihoi(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
        try CLI.run(arguments, environment: environment)
    }
}
