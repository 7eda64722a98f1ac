import DaiHoi
import Derive
import DocumentTree
import Foundation
import PaperLayout
import PDFDrawing
import Testing
import TestSupport

/// Every paper of every sample set by the built-in layout (issue 19, `PaperLayout`) and written by `PDFFileWriter`,
/// read back with poppler, held to the pagination rules of ``PageAssertions`` and compared, page count for page
/// count, with the ODT printed by LibreOffice. `PAPER_LAYOUT_KEEP=folder` keeps the PDFs (to look at them).
@Suite("Built-in layout of every sample paper", .serialized)
struct BuiltinLayoutTests {
    static let faces = try? FontFaces.liberationSerif()

    /// The sample's papers as trees (as the writers get them, landscape where the paper is) and, when LibreOffice is
    /// there, the page count of each ODT it printed.
    static func papers(_ sample: String, into out: URL) throws -> [(name: String, tree: Document, libreOfficePages: Int?)] {
        let file = Repository.samples.appendingPathComponent(sample).appendingPathComponent("congress.yaml").path
        let pipeline = Pipeline(templateFolder: Repository.templates, paperOptions: PaperOptions(summonsLimit: PaginationTests.summonsProof))
        let office = onPath("soffice") && onPath("pdfinfo")
        let report = pipeline.render(file: file, documents: DocumentKind.allCases, formats: office ? [.html, .pdf] : [.html], outputDirectory: out.path)
        #expect(!report.hasErrors, "\(report.diagnostics)")
        let congress = try #require(report.congress)
        return try report.written.filter { $0.hasSuffix(".html") }.sorted().map { html in
            let url = URL(fileURLWithPath: html)
            let name = url.deletingPathExtension().lastPathComponent
            let profile = DocumentKind(rawValue: name)?.profile(for: congress, base: .hd36_2018) ?? .hd36_2018
            let tree = try XHTMLParser.parse(String(contentsOf: url, encoding: .utf8), name: name, profile: profile)
            let pdf = url.deletingPathExtension().appendingPathExtension("pdf").path
            let pages = office ? try run("pdfinfo", [pdf]).output.split(separator: "\n")
                .first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } : nil
            return (name, tree, pages)
        }
    }

    @Test("no signature alone, no heading at a page foot, no widow or orphan, no syllable split, headers in columns; page counts as LibreOffice's",
          arguments: PaginationTests.samples)
    func pagination(_ sample: String) throws {
        guard let faces = Self.faces, onPath("pdftotext") else { print("skipped: no Liberation Serif (fonts-liberation2) or poppler-utils"); return }
        let out = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let layout = PaperLayout(metrics: faces)
        let writer = PDFFileWriter(faces: faces)
        var differing: [String] = []
        for paper in try Self.papers(sample, into: out) {
            let pages = layout.pages(of: paper.tree)
            // Through the PDF file and poppler, as the page assertions read every printer's output.
            let pdf = out.appendingPathComponent(paper.name + ".builtin.pdf")
            try Data(writer.write(pages: pages, info: DrawnDocumentInfo(title: paper.tree.title), pdfA: false)).write(to: pdf)
            let printed = try PrintedPages(pdf: pdf)
            #expect(printed.pages.count == pages.count, "\(sample) \(paper.name): poppler reads \(printed.pages.count) pages of \(pages.count)")
            if let keep = ProcessInfo.processInfo.environment["PAPER_LAYOUT_KEEP"] {
                try? FileManager.default.createDirectory(atPath: keep + "/" + sample, withIntermediateDirectories: true)
                try? FileManager.default.removeItem(atPath: keep + "/" + sample + "/" + paper.name + ".pdf")
                try FileManager.default.copyItem(atPath: pdf.path, toPath: keep + "/" + sample + "/" + paper.name + ".pdf")
            }
            if ProcessInfo.processInfo.environment["PAPER_LAYOUT_DUMP"] == "\(sample)/\(paper.name)" { try Self.dump(printed) }
            let text = PaperText(paper.tree)
            print("pages \(sample) \(paper.name): LibreOffice \(paper.libreOfficePages.map(String.init) ?? "-"), built-in \(pages.count)")
            if let office = paper.libreOfficePages, office != pages.count { differing.append("\(paper.name) \(office) → \(pages.count)") }
            var faults = PageAssertions.all(printed, text, ballots: ["ballots", "summons", "opinion-ballots", "secret-ballots"].contains(paper.name))
            if paper.name == "summons" { faults += PageAssertions.unnumberedSheets(printed, sheets: text.headers.count) }
            if paper.name == "delegates" {
                faults += PageAssertions.delegateListBudget(printed, rows: text.tableRows)
                let all = paper.tree.body.map(\.textContent).joined(separator: "\n").replacingOccurrences(of: "\u{00A0}", with: " ")
                faults += PageAssertions.delegateNotesWithTheirRows(printed, notes: all.components(separatedBy: "Ghi chú:").count - 1)
            }
            if paper.name == "ballots" {
                let sheets = PageAssertions.ballotSheets(printed)
                faults += sheets.faults
                #expect(sheets.twoUp >= 1, "\(sample) ballots: no short ballot two to a sheet")
            }
            // A long delegate list is printed on landscape pages (DelegateListOrientation), every one of them.
            if paper.name == "delegates", sample == "hung-ha" { #expect(printed.pages.allSatisfy { $0.isLandscape }) }
            let pitches = PageAssertions.listItemPitches(printed, text)
            let pitch = (paper.tree.profile.lineHeightPt + paper.tree.profile.paragraphSpacingPt) * 25.4 / 72
            #expect(pitches.allSatisfy { abs($0 - pitch) < 0.5 }, "\(sample) \(paper.name): list items \(pitches) mm apart, not \(pitch)")
            #expect(faults.isEmpty, "\(sample) \(paper.name): \(faults.joined(separator: "; "))")
        }
        print("page counts differing from LibreOffice's, \(sample): \(differing.isEmpty ? "none" : differing.joined(separator: ", "))")
        #expect(differing.isEmpty, "\(sample): page counts other than LibreOffice's: \(differing.joined(separator: ", "))")
    }

    /// Every line of `printed` with its box in millimetres, written to `PAPER_LAYOUT_DUMP_FILE` when
    /// `PAPER_LAYOUT_DUMP=sample/paper`, to set beside `pdftotext -bbox-layout` of LibreOffice's PDF.
    static func dump(_ printed: PrintedPages) throws {
        var out = ""
        for (index, page) in printed.pages.enumerated() {
            for line in page.lines {
                out += String(format: "dump p%d y %.2f-%.2f x %.2f-%.2f ", index + 1, line.box.yMin, line.box.yMax, line.box.xMin, line.box.xMax) + line.text + "\n"
            }
        }
        try out.write(toFile: ProcessInfo.processInfo.environment["PAPER_LAYOUT_DUMP_FILE"] ?? "/tmp/paper-layout-dump.txt", atomically: true, encoding: .utf8)
    }
}
