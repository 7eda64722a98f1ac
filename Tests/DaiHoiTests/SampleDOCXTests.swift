import DaiHoi
import Derive
import DocumentTree
import Foundation
import PDFWriting
import Testing

/// python-docx (Debian `python3-docx`) under the system Python, and the script that reads a DOCX with it.
enum PythonDOCX {
    static let python = "/usr/bin/python3"
    static let script = Repository.root.appendingPathComponent("scripts/docx-inspect.py").path
    static let ready: Bool = {
        guard FileManager.default.isExecutableFile(atPath: python) else { return false }
        return (try? runPython(["-c", "import docx"]).status) == 0
    }()
    static var reason: Comment {
        let why: Comment = "skipped: needs /usr/bin/python3 with python-docx (apt-get install python3-docx)"
        if !ready { print(why) }
        return why
    }

    static func runPython(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// What `scripts/docx-inspect.py` reads in `docx`, compared with the tree as the HTML writer wrote it (`html`).
    struct Inspection: Decodable {
        struct Texts: Decodable { let index: Int; let docx: String?; let tree: String?; let counts: [Int] }
        struct Style: Decodable { let text: String; let docx: String?; let tree: String? }
        struct Tables: Decodable { let docx: [[Int]]; let tree: [[Int]] }
        struct Section: Decodable {
            let page: [Double]; let margins: [Double]; let header: Double; let titlePage: Bool; let restart: Bool
            let headerText: [String]
        }
        let opc: [String]
        let texts: Texts?
        let paragraphs: Int
        let styles: [Style]
        let tables: Tables
        let sections: [Section]
        let sheets: Int
        let fonts: [String]
    }

    static func inspect(_ docx: URL, tree html: URL) throws -> Inspection {
        let result = try runPython([script, docx.path, html.path])
        guard result.status == 0 else { throw InspectionFailed(output: result.output) }
        return try JSONDecoder().decode(Inspection.self, from: Data(result.output.utf8))
    }

    struct InspectionFailed: Error, CustomStringConvertible { let output: String; var description: String { output } }
}

/// Every congress of the ODF corpus (samples, the minimal fixture, a 60-member branch) written as DOCX (and HTML:
/// the tree as text), once per test process; with LibreOffice, each DOCX printed to PDF by the warm pool.
enum DOCXCorpus {
    struct Output: Sendable {
        var folder: URL
        var errors: [String]
        var docx: [URL]
        var pdfFailures: [String]
        func pdf(_ docx: URL) -> URL { folder.appendingPathComponent("pdf").appendingPathComponent(docx.deletingPathExtension().lastPathComponent + ".pdf") }
    }

    static let outputs: [String: Output] = {
        var result: [String: Output] = [:]
        for (name, file) in ODFCorpus.congresses {
            guard let folder = try? Repository.temporaryFolder() else { continue }
            // The summonses as ODFCorpus renders them (the first three of each list), so the page counts compare.
            let report = Pipeline(templateFolder: Repository.templates, paperOptions: ODFCorpus.options)
                .render(file: file, documents: DocumentKind.allCases, formats: [.html, .docx], outputDirectory: folder.path)
            let docx = report.written.filter { $0.hasSuffix(".docx") }.sorted().map { URL(fileURLWithPath: $0) }
            var failures: [String] = []
            if LibreOfficeTools.ready {
                let out = folder.appendingPathComponent("pdf")
                try? FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
                let jobs = docx.map { PDFJob(source: $0, destination: out.appendingPathComponent($0.deletingPathExtension().lastPathComponent + ".pdf")) }
                do { failures = try PDFWorkerPool(workers: 2, timeout: .seconds(180)).convert(jobs).failed.map(\.description) }
                catch { failures = ["\(error)"] }
            }
            result[name] = Output(folder: folder, errors: report.diagnostics.filter { $0.severity == .error }.map { "\($0.message)" },
                                  docx: docx, pdfFailures: failures)
        }
        return result
    }()
}

@Suite("DOCX of every sample", .serialized)
struct SampleDOCXTests {
    @Test("every congress writes every applicable paper as DOCX, the same papers as HTML, byte for byte the same twice",
          arguments: ODFCorpus.names)
    func written(_ name: String) throws {
        let output = try #require(DOCXCorpus.outputs[name])
        #expect(output.errors.isEmpty, "\(output.errors)")
        #expect(output.docx.count >= 4)
        let again = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: again) }
        _ = Pipeline(templateFolder: Repository.templates, paperOptions: ODFCorpus.options)
            .render(file: ODFCorpus.file(name), documents: DocumentKind.allCases, formats: [.docx], outputDirectory: again.path)
        for docx in output.docx {
            #expect(FileManager.default.fileExists(atPath: docx.deletingPathExtension().appendingPathExtension("html").path))
            #expect(try Data(contentsOf: docx) == Data(contentsOf: again.appendingPathComponent(docx.lastPathComponent)),
                    "\(docx.lastPathComponent) differs between two runs")
        }
    }

    @Test("--format docx wherever a format is taken: the dossier writes every paper and its index as DOCX, a batch every branch's papers")
    func dossierAndBatch() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sample = try #require(Repository.sampleFiles().first { $0.name == "chi-bo-khu-pho-3" })
        let report = Pipeline(templateFolder: Repository.templates)
            .renderDossier(file: sample.file, formats: [.docx], outputDirectory: folder.appendingPathComponent("dossier").path)
        #expect(!report.hasErrors, "\(report.diagnostics)")
        let dossier = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("dossier").path).sorted()
        #expect(dossier.first == "00-muc-luc-ho-so-dai-hoi.docx")
        #expect(dossier.count >= 10 && dossier.allSatisfy { $0.hasSuffix(".docx") }, "\(dossier)")
        let branches = folder.appendingPathComponent("branches").path
        #expect(try CLI.run(["sample-batch", "2", branches]).status == 0)
        let batch = try CLI.run(["batch", branches, "-o", folder.appendingPathComponent("out").path, "--format", "docx"])
        #expect(batch.status == 0, "\(batch.stderr)")
        let written = FileManager.default.enumerator(atPath: folder.appendingPathComponent("out").path)?
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".docx") } ?? []
        #expect(written.count >= 8, "\(written)")
    }

    @Test("python-docx opens every DOCX: valid OPC, the tree's paragraphs in order with their styles, its data tables (rows, repeated header rows, no row split), one section per sheet on A4 with the profile's margins, page numbers from page 2, Times New Roman",
          .enabled(if: PythonDOCX.ready, PythonDOCX.reason), arguments: ODFCorpus.names)
    func structure(_ name: String) throws {
        let output = try #require(DOCXCorpus.outputs[name])
        var styled = 0
        for docx in output.docx {
            let label = docx.lastPathComponent
            let html = docx.deletingPathExtension().appendingPathExtension("html")
            let found = try PythonDOCX.inspect(docx, tree: html)
            #expect(found.opc.isEmpty, "\(label): \(found.opc)")
            #expect(found.texts == nil, "\(label): paragraph \(found.texts?.index ?? 0) is '\(found.texts?.docx ?? "-")', the tree has '\(found.texts?.tree ?? "-")' (\(found.texts?.counts ?? []))")
            #expect(found.paragraphs > 3, "\(label)")
            #expect(found.styles.isEmpty, "\(label): \(found.styles.prefix(3).map { "'\($0.text)' \($0.docx ?? "-") ≠ \($0.tree ?? "-")" })")
            #expect(found.tables.docx == found.tables.tree, "\(label): data tables \(found.tables.docx) ≠ tree \(found.tables.tree)")
            #expect(found.tables.docx.allSatisfy { $0.count == 3 && $0[2] == 1 }, "\(label): a data table row may split")
            #expect(found.sections.count == found.sheets, "\(label): \(found.sections.count) sections for \(found.sheets) sheets")
            #expect(found.fonts == ["Times New Roman"])
            for (index, section) in found.sections.enumerated() {
                let landscape = section.page.first ?? 0 > section.page.last ?? 0
                let profile = landscape ? FormatProfile.hd36_2018.landscape : FormatProfile.hd36_2018
                #expect(section.page == [profile.pageWidthMM, profile.pageHeightMM], "\(label): section \(index + 1) page \(section.page)")
                #expect(section.margins == [profile.marginTopMM, profile.marginBottomMM, profile.marginLeftMM, profile.marginRightMM],
                        "\(label): section \(index + 1) margins \(section.margins)")
                #expect(section.header == profile.marginTopMM / 2)
                #expect(section.titlePage, "\(label): section \(index + 1) numbers its first page")
                #expect(section.restart == (index > 0), "\(label): section \(index + 1) restart \(section.restart)")
                #expect(section.headerText == ["2"], "\(label): header \(section.headerText)")
                if landscape { #expect(label == "delegates.docx") }
            }
            styled += found.paragraphs
        }
        #expect(styled > 100)
    }

    @Test("every DOCX printed by LibreOffice: A4, body at 30 mm left and 20 mm top, page numbers from page 2 of each paper and sheet, title in the text, fonts embedded; pages as many as the ODT's, give or take one (docs/docx-writer.md)",
          .enabled(if: LibreOfficeTools.ready, LibreOfficeTools.reason), arguments: ODFCorpus.names)
    func pdf(_ name: String) throws {
        let output = try #require(DOCXCorpus.outputs[name])
        let odt = try #require(ODFCorpus.outputs[name])
        #expect(output.pdfFailures.isEmpty, "\(output.pdfFailures)")
        var multiPage = 0, equalPages = 0, papers = 0
        for docx in output.docx {
            let pdf = output.pdf(docx)
            let label = pdf.lastPathComponent
            let pageWords = try SampleODFTests.pages(pdf)
            #expect(!pageWords.isEmpty, "\(label) has no pages")
            let info = try run("pdfinfo", [pdf.path]).output
            let landscape = info.firstMatch(of: /Page size:\s+([0-9.]+) x ([0-9.]+)/).map { (Double($0.1) ?? 0) > (Double($0.2) ?? 0) } ?? false
            let profile = landscape ? FormatProfile.hd36_2018.landscape : FormatProfile.hd36_2018
            let size = landscape ? (841.89, 595.28) : (595.28, 841.89)
            let page = try #require(info.firstMatch(of: /Page size:\s+([0-9.]+) x ([0-9.]+)/), "\(label): \(info)")
            #expect(abs((Double(page.1) ?? 0) - size.0) < 1 && abs((Double(page.2) ?? 0) - size.1) < 1, "\(label) is not A4: \(info)")
            #expect(SampleODFTests.startsPaper(pageWords.first ?? []), "\(label): page 1 has no header")
            var number = 0
            var left = Double.infinity
            for (index, words) in pageWords.enumerated() {
                number = SampleODFTests.startsPaper(words) ? 1 : number + 1
                let margin = words.filter { $0.y < profile.marginTopMM - 5 }
                #expect(margin.map(\.text) == (number == 1 ? [] : [String(number)]),
                        "\(label): top margin of page \(index + 1) holds \(margin.map(\.text)), expected page number \(number)")
                let body = words.filter { $0.y >= profile.marginTopMM - 5 }
                #expect(abs((body.map(\.y).min() ?? 0) - profile.marginTopMM) <= 1.2,
                        "\(label): page \(index + 1) body top at \(body.map(\.y).min() ?? 0) mm")
                left = min(left, body.map(\.x).min() ?? left)
                if number == 2 { multiPage += 1 }
            }
            #expect(left >= profile.marginLeftMM - 1, "\(label): text in the left margin at \(left) mm")
            let text = try run("pdftotext", [pdf.path, "-"]).output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let html = try String(contentsOf: docx.deletingPathExtension().appendingPathExtension("html"), encoding: .utf8)
            if let title = html.firstMatch(of: /<h1[^>]*>(.*?)<\/h1>/).map({ String($0.1).replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression) }) {
                let words = title.split(whereSeparator: { $0.isWhitespace || $0 == "\u{00A0}" }).map { $0.uppercased() }
                #expect(words.allSatisfy { text.uppercased().contains($0) }, "\(label): title '\(title)' not in the PDF text")
            }
            let fonts = try run("pdffonts", [pdf.path]).output.split(separator: "\n").dropFirst(2)
            #expect(!fonts.isEmpty)
            for line in fonts { #expect(line.split(separator: " ").dropLast(4).last == "yes", "\(label): not embedded: \(line)") }
            // The same paper printed from the ODT.
            let fromODT = odt.folder.appendingPathComponent(label)
            if let odtPages = PDFPageCount.count(at: fromODT) {
                papers += 1
                if odtPages == pageWords.count { equalPages += 1 }
                print("[pages] \(name) \(label): odt \(odtPages) docx \(pageWords.count)")
                #expect(abs(odtPages - pageWords.count) <= 1, "\(label): \(pageWords.count) pages from DOCX, \(odtPages) from ODT")
            }
        }
        if name == "synthetic" { #expect(multiPage >= 2) }
        if papers > 0 { #expect(equalPages * 10 >= papers * 8, "\(name): only \(equalPages) of \(papers) papers have the ODT's page count") }
    }
}
