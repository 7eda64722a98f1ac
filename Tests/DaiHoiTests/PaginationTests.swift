import DaiHoi
import Derive
import DocumentTree
import Foundation
import Testing
import TestSupport

/// Every paper of the samples printed four ways — LibreOffice from the ODT, Chromium from the HTML, Typst and the
/// built-in engine from the document tree (issue 19) — read back with poppler and held to the pagination rules of
/// ``PageAssertions``.
@Suite("Pagination of every sample paper, printed by LibreOffice, by Chromium, by Typst and by the built-in engine", .serialized)
struct PaginationTests {
    enum Printer: String, CaseIterable, Sendable { case libreOffice, chromium, typst, builtin }

    /// The Typst engine when its venv is there (`make setup`).
    static var typst: PDFEngine? {
        if case .success(let (engine, _)) = PDFEngine.resolve(.typst, language: .en) { return engine }
        return nil
    }

    static let samples = Repository.sampleFiles().map(\.name)
    /// How many summonses and invitations the layout suites print (`PaperOptions.summonsLimit`).
    static let summonsProof = 3

    static var chromium: String? { ["chromium", "chromium-browser"].first(where: onPath) }

    /// The sample's papers printed by `printer`: (paper name, the tree both writers get, the PDF), or nil
    /// without the printer or poppler.
    static func printed(_ sample: String, by printer: Printer, into out: URL) throws -> [(name: String, tree: Document, pdf: URL)]? {
        guard onPath("pdftotext") else { return nil }
        if printer == .libreOffice, !onPath("soffice") { return nil }
        if printer == .chromium, chromium == nil { return nil }
        if printer == .typst, typst == nil { return nil }
        if printer == .builtin, BuiltinPDFTests.builtin == nil { return nil }
        let file = Repository.samples.appendingPathComponent(sample).appendingPathComponent("congress.yaml").path
        let formats: [OutputFormat] = printer == .chromium ? [.html] : [.html, .pdf]
        // The summonses of the first three summoned and three guests (`--summons-proof 3`): the whole run is the same
        // sheet with another name, and Hưng Hà's 304 sheets would add 304 pages to print and measure.
        var pipeline = Pipeline(templateFolder: Repository.templates, paperOptions: PaperOptions(summonsLimit: Self.summonsProof))
        if printer == .typst, let typst { pipeline.pdfEngine = typst }
        if printer == .builtin, let builtin = BuiltinPDFTests.builtin { pipeline.pdfEngine = builtin }
        let report = pipeline.render(file: file, documents: DocumentKind.allCases, formats: formats, outputDirectory: out.path)
        #expect(!report.hasErrors, "\(report.diagnostics)")
        var papers: [(String, Document, URL)] = []
        for html in report.written.filter({ $0.hasSuffix(".html") }).sorted() {
            let url = URL(fileURLWithPath: html)
            let name = url.deletingPathExtension().lastPathComponent
            let tree = try XHTMLParser.parse(String(contentsOf: url, encoding: .utf8), name: name, profile: .hd36_2018)
            let pdf = url.deletingPathExtension().appendingPathExtension("pdf")
            if printer == .chromium, let chromium {
                try run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                   "--user-data-dir=\(out.appendingPathComponent("profile").path)",
                                   "--print-to-pdf=\(pdf.path)", url.absoluteString])
            }
            papers.append((name, tree, pdf))
        }
        return papers
    }

    /// Faults still open, each with why (they are reported as known issues, not hidden; any other fails).
    static func knownFault(paper: String, printer: Printer, fault: String) -> String? {
        if printer == .chromium, fault.contains("starts with the last line of a paragraph") {
            // Chromium 156 ignores CSS widows (and text-wrap: pretty, widows on the sheet, page: auto do not help;
            // tried on the Tân Lập assignments and report). A paragraph of at most three lines is marked
            // keep-together and never splits, which removed both faults seen; a longer one may still leave its
            // last line alone, which LibreOffice (fo:widows) never does.
            return "Chromium 156 does not honour CSS widows: a paragraph of more than three lines may leave its last line alone"
        }
        return nil
    }

    @Test("no signature alone, no heading or lead-in at a page foot, no widow or orphan, no syllable split, one page per ballot",
          arguments: samples, Printer.allCases)
    func pagination(_ sample: String, _ printer: Printer) throws {
        let out = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        guard let papers = try Self.printed(sample, by: printer, into: out) else {
            print("skipped: \(printer) or poppler-utils not installed")
            return
        }
        try #require(!papers.isEmpty)
        for paper in papers {
            let pages = try PrintedPages(pdf: paper.pdf)
            print("pages \(sample) \(printer) \(paper.name): \(pages.pages.count)")
            var faults = PageAssertions.all(pages, PaperText(paper.tree), ballots: ["ballots", "summons", "opinion-ballots", "secret-ballots"].contains(paper.name))
            if paper.name == "summons" { faults += PageAssertions.unnumberedSheets(pages, sheets: PaperText(paper.tree).headers.count) }
            if paper.name == "delegates" {
                faults += PageAssertions.delegateListBudget(pages, rows: PaperText(paper.tree).tableRows)
                let text = paper.tree.body.map(\.textContent).joined(separator: "\n").replacingOccurrences(of: "\u{00A0}", with: " ")
                let notes = text.components(separatedBy: "Ghi chú:").count - 1
                faults += PageAssertions.delegateNotesWithTheirRows(pages, notes: notes)
                print("delegate notes \(sample) \(printer): \(notes), each on its delegate's page")
            }
            if paper.name == "ballots" {
                // A4 sheets; each sample has a one-name ballot, printed two to a sheet (BallotLayout.halfSheetLimit).
                let sheets = PageAssertions.ballotSheets(pages)
                faults += sheets.faults
                print("ballots \(sample) \(printer): \(pages.pages.count) sheets, \(sheets.twoUp) of them two to a sheet")
                #expect(sheets.twoUp >= 1, "\(sample) ballots printed by \(printer): no short ballot two to a sheet")
            }
            // Both header columns centred on their own axes as 36-HD draws them: the middle of each half of the
            // text width (30 mm + 165 mm / 4 = 71.25 mm and 153.75 mm with the 50 % issuer column).
            // A long delegate list is printed on landscape pages (DelegateListOrientation): its axes turn with it.
            let profile = pages.pages.first?.isLandscape == true ? FormatProfile.hd36_2018.landscape : FormatProfile.hd36_2018
            if paper.name == "delegates", sample == "hung-ha" { #expect(pages.pages.allSatisfy { $0.isLandscape }) }
            let textWidth = profile.pageWidthMM - profile.marginLeftMM - profile.marginRightMM
            let issuerAxis = profile.marginLeftMM + textWidth * profile.headerIssuerShare / 2
            let nationalAxis = profile.marginLeftMM + textWidth * (1 + profile.headerIssuerShare) / 2
            let axes = try #require(PageAssertions.headerColumns(pages, PaperText(paper.tree)).axes,
                                    "\(sample) \(paper.name) printed by \(printer): no header found")
            print("header \(sample) \(printer) \(paper.name): left axis \(axes.issuer.map { String(format: "%.1f", $0) }) mm, right axis \(axes.national.map { String(format: "%.1f", $0) }) mm, gap \(String(format: "%.1f", axes.nationalLeft - axes.issuerRight)) mm")
            #expect(axes.issuer.allSatisfy { abs($0 - issuerAxis) < 1.5 } && axes.national.allSatisfy { abs($0 - nationalAxis) < 1.5 },
                    "\(sample) \(paper.name) printed by \(printer): header axes \(axes), expected \(issuerAxis) and \(nationalAxis) mm")
            // List items are spaced as paragraphs are, by both printers: one line and the space after a paragraph.
            let pitches = PageAssertions.listItemPitches(pages, PaperText(paper.tree))
            let pitch = (profile.lineHeightPt + profile.paragraphSpacingPt) * 25.4 / 72
            if paper.name == "minutes" { #expect(!pitches.isEmpty, "\(sample) minutes: no list of one-line items found") }
            #expect(pitches.allSatisfy { abs($0 - pitch) < 0.5 },
                    "\(sample) \(paper.name) printed by \(printer): list items \(pitches.map { String(format: "%.2f", $0) }) mm apart, not \(String(format: "%.2f", pitch))")
            if sample == "hung-ha", paper.name == "ballots" {
                // The committee ballot's 46 names stand in two columns: the long ballot is really there.
                #expect(try String(contentsOf: paper.pdf.deletingPathExtension().appendingPathExtension("html"), encoding: .utf8)
                    .contains("<table class=\"grid ballot two-columns\">"))
            }
            let known = faults.filter { Self.knownFault(paper: paper.name, printer: printer, fault: $0) != nil }
            let new = faults.filter { Self.knownFault(paper: paper.name, printer: printer, fault: $0) == nil }
            #expect(new.isEmpty, "\(sample) \(paper.name) printed by \(printer): \(new.joined(separator: "; "))")
            for fault in known {
                withKnownIssue(Comment(rawValue: Self.knownFault(paper: paper.name, printer: printer, fault: fault) ?? "")) {
                    Issue.record("\(sample) \(paper.name) printed by \(printer): \(fault)")
                }
            }
        }
    }
}
