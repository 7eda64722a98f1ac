import Check
import CongressModel
import Derive
import Diagnostics
import DocumentTree
import Foundation
import Load
import Render
import Template
import Vietnamese
import DOCXWriting
import ODFWriting
import PDFWriting

/// The whole flow for one congress as named steps: load → check → derive → render → write.
///
/// Each step hands one typed value to the next; a step that finds errors stops the flow and the
/// diagnostics say where. Progress lines (`[2/5] check`) go to `progress`.
public struct Pipeline: Sendable {
    /// Where the templates are read from (documents, partials, style).
    public let templateFolder: String
    /// `--templates DIR`: templates that replace the built-in ones of the same name; the others stay.
    public let templateOverlay: String?
    /// The day of the check, for the script deadline (`--as-of`); `nil` leaves the deadline unjudged.
    public let asOf: CalendarDate?
    /// The LibreOffice that prints PDFs (`--soffice`): a path or a name on `PATH`; nil finds `soffice`.
    public let soffice: String?
    /// How the papers are produced (`--ballot-copies`).
    public let paperOptions: PaperOptions
    /// The language of the progress lines that say something (the PDF mode line, the PDF progress).
    public let language: Language
    let progress: @Sendable (String) -> Void
    /// The ODT writer of every run of this pipeline: it keeps styles.xml and the other fixed parts,
    /// compressed, per format profile, so a run or a batch builds them once.
    let odtWriter = ODTWriter()
    /// The flat ODT writer, keeping its styles per format profile likewise.
    let fodtWriter = FODTWriter()
    /// The DOCX writer, kept for the run as the ODT writer is (its fixed parts are built once per profile).
    let docxWriter = DOCXWriter()
    /// What sets the PDFs (`--pdf-engine`): LibreOffice unless the caller resolved another (``PDFEngine/resolve``).
    public var pdfEngine: PDFEngine = .libreOffice
    /// PDF/A-2b for the archive (`--pdf-a`; the built-in and Typst engines).
    public var pdfA = false

    public init(templateFolder: String, templateOverlay: String? = nil, asOf: CalendarDate? = nil, soffice: String? = nil,
                paperOptions: PaperOptions = PaperOptions(), language: Language = .vi,
                progress: @escaping @Sendable (String) -> Void = { _ in }) {
        self.templateFolder = templateFolder
        self.templateOverlay = templateOverlay
        self.asOf = asOf
        self.soffice = soffice
        self.paperOptions = paperOptions
        self.language = language
        self.progress = progress
    }

    /// The pool of warm LibreOffice workers that prints the PDFs of a run.
    var pdfPool: PDFWorkerPool {
        PDFWorkerPool(soffice: soffice, python: Self.pdfPoolPython(ProcessInfo.processInfo.environment))
    }

    /// `DAIHOI_PDF_POOL=convert-to` forces the pool's fallback (one `soffice --convert-to` call per worker, as on a
    /// machine without python3-uno) by giving it the Python `""`; anything else lets the pool find python3-uno.
    /// For measuring both modes on one machine (`make bench`, scripts/bench-pdf-modes.sh) and testing the fallback
    /// end to end; a user never needs it.
    public static func pdfPoolPython(_ environment: [String: String]) -> String? {
        environment["DAIHOI_PDF_POOL"] == "convert-to" ? "" : nil
    }

    /// Steps 1–2: load the congress file and run every check.
    public func check(file: String) -> PipelineReport {
        var report = PipelineReport()
        progress("[load] \(file)")
        let loaded = CongressLoader().load(file: file)
        report.sources = loaded.sources
        report.diagnostics = loaded.diagnostics
        guard let congress = loaded.congress else { return report }
        progress("[check] \(congress.organisation.name)")
        report.diagnostics += CongressChecker(asOf: asOf).check(congress)
        report.congress = congress
        return report
    }

    /// Compiles every template once; a batch shares the result between its branches.
    public func makeRenderer() throws(RenderError) -> DocumentRenderer {
        try DocumentRenderer(templateFolder: templateFolder, overlay: templateOverlay)
    }

    /// Steps 1–5: load, check, derive, render and write the requested documents into `outputDirectory`.
    /// Papers that do not apply to the congress (ballots without elections) are left out. PDFs are
    /// printed at the end, all in one call of the warm LibreOffice pool.
    ///
    /// `explicitly`: the papers were asked for by name (`--doc report`), so one the data cannot make is an
    /// error and nothing is written; otherwise (`--doc all`) the papers left out are named in one note.
    public func render(file: String, documents: [DocumentKind], formats: [OutputFormat],
                       outputDirectory: String, renderer: DocumentRenderer? = nil, explicitly: Bool = false) -> PipelineReport {
        let scratch = PDFScratch()
        defer { scratch.remove() }
        let rendered = render(file: file, documents: documents, formats: formats, outputDirectory: outputDirectory,
                              renderer: renderer, pdfScratch: scratch.url, explicitly: explicitly)
        var report = rendered.report
        if !rendered.pdf.isEmpty { report.apply(printPDFs(rendered.pdf)) }
        return report
    }

    /// Prints the PDFs of one run, saying how on `progress`: first how LibreOffice prints and why, then one line
    /// per PDF (n/N, PDFs/s, time left).
    func printPDFs(_ jobs: [PDFJob]) -> PDFOutcome {
        progress("[pdf] \(jobs.count) PDF")
        let outcome = printPDFs([jobs]) { [progress, language] pool in
            let line = pool.done == 0 ? PDFPhaseText.mode(pool.mode, language: language) : PDFPhaseText.progress(pool, language: language)
            progress("[pdf] \(line)")
        }
        return outcome.first ?? PDFOutcome(written: [], failures: [])
    }

    /// Prints the PDFs of several runs in one pool call; returns each run's outcome, in order.
    /// `progress` gets the pool's progress: its mode first (`done` 0), then after each PDF.
    func printPDFs(_ runs: [[PDFJob]], progress: @escaping @Sendable (PDFPoolProgress) -> Void = { _ in }) -> [PDFOutcome] {
        let all = runs.flatMap { $0 }
        guard !all.isEmpty else { return runs.map { _ in PDFOutcome(written: [], failures: []) } }
        if case .typst(let python) = pdfEngine { return printTypst(runs, python: python) }
        do {
            let result = try pdfPool.convert(all, progress: progress)
            let written = Set(result.written)
            var failed: [URL: String] = [:]
            for failure in result.failed where failed[failure.job.destination] == nil {
                failed[failure.job.destination] = failure.error.description
            }
            return runs.map { jobs in
                PDFOutcome(written: jobs.map(\.destination).filter { written.contains($0) },
                           failures: jobs.compactMap { job in failed[job.destination].map { PDFFailureNote(pdf: job.destination, reason: $0) } })
            }
        } catch {
            let reason = (error as? PDFConversionError)?.description ?? "\(error)"
            return runs.map { jobs in PDFOutcome(written: [], failures: jobs.map { PDFFailureNote(pdf: $0.destination, reason: reason) }) }
        }
    }

    /// Steps 1–5 with the PDFs left to print: their ODTs are in `pdfScratch`.
    func render(file: String, documents: [DocumentKind], formats: [OutputFormat], outputDirectory: String,
                renderer: DocumentRenderer?, pdfScratch: URL, explicitly: Bool = false) -> (report: PipelineReport, pdf: [PDFJob]) {
        var jobs: [PDFJob] = []
        var report = check(file: file)
        guard let congress = report.congress, !report.hasErrors else { return (report, []) }
        // [cli] The papers the data can make, and the output folder, judged once before any is rendered.
        let selection = PaperSelection(documents, for: congress, explicitly: explicitly)
        report.diagnostics += selection.diagnostics
        if let problem = OutputFolder.problem(outputDirectory) { report.diagnostics.append(problem) }
        guard !report.hasErrors else { return (report, []) }
        // [/cli]
        guard let compiled = compiledRenderer(renderer, report: &report) else { return (report, []) }
        let profile = FormatProfile.known[congress.settings.formatProfile] ?? .hd36_2018
        let kinds = selection.kinds
        // The elections and their results, counted once for every paper that reads them.
        let elections = kinds.contains(where: \.usesElections) ? ElectionList(congress) : nil
        var drawn: [DrawnPDFJob] = []
        for (index, kind) in kinds.enumerated() {
            progress("[\(index + 1)/\(kinds.count)] \(kind.rawValue)")
            let paper = writePaper(kind.templateName, named: kind.rawValue, value: kind.viewModel(for: congress, elections: elections, options: paperOptions),
                                   profile: kind.profile(for: congress, base: profile), of: congress, formats: formats, outputDirectory: outputDirectory, renderer: compiled,
                                   pdfScratch: pdfScratch, report: &report)
            jobs += paper.pdf
            drawn += drawnJob(paper.document, formats: formats, outputDirectory: outputDirectory)
        }
        // The built-in engine prints here, in process, so a batch branch is finished (and recorded) with its PDFs.
        if case .builtin(let printer) = pdfEngine, !drawn.isEmpty { report.apply(printDrawn(drawn, with: printer).outcome) }
        return (report, jobs)
    }

    /// The renderer given, or every template compiled now; `nil` (with the error in `report`) when one fails.
    func compiledRenderer(_ renderer: DocumentRenderer?, report: inout PipelineReport) -> DocumentRenderer? {
        if let renderer { return renderer }
        do {
            return try makeRenderer()
        } catch {
            report.diagnostics.append(RenderDiagnostics.diagnostic(for: error))
            return nil
        }
    }

    /// derive → render → write, one paper: `template` filled with `value`, written as `name` in every format, its
    /// file properties those of a paper of `congress` (``PaperMetadata``); a failure becomes an error in `report`.
    /// Returns the PDFs still to print and the paper's tree (nil when it failed).
    @discardableResult
    func writePaper(_ template: String, named name: String, value: @autoclosure () -> TemplateValue, profile: FormatProfile,
                    of congress: Congress, formats: [OutputFormat], outputDirectory: String, renderer: DocumentRenderer, pdfScratch: URL,
                    report: inout PipelineReport) -> (pdf: [PDFJob], document: Document?) {
        do {
            var document = try renderer.render(template, documentName: name, value: value(), profile: profile)
            document.metadata = PaperMetadata.of(document, congress: congress)
            let (written, pdf) = try DocumentWriters(renderer: renderer, odt: odtWriter, fodt: fodtWriter, docx: docxWriter, pdfScratch: pdfScratch,
                                                     pdfFromTypst: pdfEngine.printsFromTypst, pdfDrawn: pdfEngine.drawsInProcess)
                .write(document, formats: formats, to: outputDirectory)
            report.written += written
            return (pdf, document)
        } catch let error as RenderError {
            report.diagnostics.append(RenderDiagnostics.diagnostic(for: error))
        } catch {
            report.diagnostics.append(Diagnostic(
                severity: .error, message: WriteFailure(error, fallbackPath: outputDirectory).message, location: nil))
        }
        return ([], nil)
    }
}

/// The PDFs of one run that the pool wrote, and those it could not.
struct PDFOutcome: Sendable {
    var written: [URL]
    var failures: [PDFFailureNote]
}

/// A PDF the pool could not write, and why.
struct PDFFailureNote: Sendable {
    var pdf: URL
    var reason: String
}

extension PipelineReport {
    /// Records the pool's outcome: PDFs written, and an error per PDF that failed twice.
    mutating func apply(_ outcome: PDFOutcome) {
        written += outcome.written.map(\.path)
        for failure in outcome.failures {
            diagnostics.append(Diagnostic(severity: .error, message: .outputWriteFailed(path: failure.pdf.path, detail: failure.reason),
                                          location: nil))
        }
    }
}

/// A private temporary folder for the ODTs a run prints, removed at the end.
struct PDFScratch: Sendable {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("daihoi-pdf-\(UUID().uuidString)")

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// What a run found and wrote.
public struct PipelineReport: Sendable {
    public var congress: Congress?
    public var diagnostics: [Diagnostic] = []
    /// Every input text read, by file name, for showing source lines under diagnostics.
    public var sources: [String: String] = [:]
    /// The files written, in order.
    public var written: [String] = []

    public init() {}

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    /// The number of diagnostics of a severity.
    public func count(_ severity: Severity) -> Int { diagnostics.filter { $0.severity == severity }.count }
}
