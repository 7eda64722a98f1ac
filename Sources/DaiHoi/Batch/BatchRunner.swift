import CongressModel
import Derive
import Diagnostics
import Foundation
import Render
import Vietnamese
import PDFWriting

/// `daihoi batch`: every branch of a superior committee, rendered in parallel, incrementally, atomically.
///
/// One bad branch never stops the others: its diagnostics go into its result and the dashboard.
/// A branch's result file is written after all its documents, so a run killed at any point leaves
/// no half-written file (every write is temp + rename) and the next run redoes exactly the branches
/// without a current result.
public struct BatchRunner: Sendable {
    public let templateFolder: String
    /// `--templates DIR`: templates that replace the built-in ones of the same name.
    public let templateOverlay: String?
    /// The tool version, part of every input hash (a new version renders everything again).
    public let toolVersion: String
    /// The LibreOffice that prints PDFs (a path or a name on `PATH`); nil finds `soffice`.
    public let soffice: String?
    /// What sets the PDFs (`--pdf-engine`) and whether as PDF/A-2b (`--pdf-a`).
    public var pdfEngine: PDFEngine = .libreOffice
    public var pdfA = false
    private let progress: @Sendable (BatchProgress) -> Void

    public init(templateFolder: String, templateOverlay: String? = nil, toolVersion: String, soffice: String? = nil,
                progress: @escaping @Sendable (BatchProgress) -> Void = { _ in }) {
        self.templateFolder = templateFolder
        self.templateOverlay = templateOverlay
        self.toolVersion = toolVersion
        self.soffice = soffice
        self.progress = progress
    }

    /// Renders the branches of `options` and rewrites the dashboard from every result under the output folder.
    /// Throws ``BatchInputError`` before anything is written when the input folder is missing or holds no
    /// branch, or the output folder is a file.
    public func run(_ options: BatchOptions) async throws -> BatchReport {
        if let problem = OutputFolder.problem(options.outputDirectory) { throw BatchInputError(diagnostics: [problem]) }
        let found = try BranchDiscovery.find(in: options.inputDirectory)
        var configured = Pipeline(templateFolder: templateFolder, templateOverlay: templateOverlay, asOf: options.asOf, soffice: soffice, language: options.language)
        configured.pdfEngine = pdfEngine
        configured.pdfA = pdfA
        let pipeline = configured
        let renderer = try BatchInputError.reporting { try pipeline.makeRenderer() }
        let scratch = PDFScratch()
        defer { scratch.remove() }
        AtomicWriter.removeLeftovers(under: options.outputDirectory)
        let templatesHash = templatesHash()
        let branches = found.branches.filter { options.shard?.contains($0) ?? true }
        let started = Date()
        var report = BatchReport()
        report.inputDiagnostics = found.diagnostics
        var done = 0
        var printing: [PendingBranch] = []
        try await withThrowingTaskGroup(of: (BranchResult, Bool, PendingBranch?).self) { group in
            var next = 0
            func launch() {
                guard next < branches.count else { return }
                let name = branches[next]
                next += 1
                group.addTask {
                    try Task.checkCancellation()
                    return try self.branch(name, options: options, pipeline: pipeline, renderer: renderer,
                                           templatesHash: templatesHash, pdfScratch: scratch.url)
                }
            }
            for _ in 0..<options.jobs { launch() }
            while let (result, rendered, pending) = try await group.next() {
                report.branches.append(result.name)
                // A branch still to print is judged once its PDFs are printed.
                if let pending { printing.append(pending) } else if result.errors > 0 { report.invalid.append(result) }
                if rendered { report.rendered.append(result.name) } else { report.unchanged.append(result.name) }
                done += 1
                progress(BatchProgress(done: done, total: branches.count, invalid: report.invalid.count,
                                       elapsed: Date().timeIntervalSince(started), current: result.name))
                launch()
            }
        }
        // Every PDF of the run in one call of the warm LibreOffice pool; the branches waiting for
        // their PDFs get their result file only now, so a killed run redoes them.
        if !printing.isEmpty {
            let outcomes = pipeline.printPDFs(printing.map(\.jobs), progress: pdfProgress(invalid: report.invalid.count, language: options.language))
            for (index, outcome) in outcomes.enumerated() {
                printing[index].report.apply(outcome)
                let result = try record(printing[index], options: options)
                if result.errors > 0 { report.invalid.append(result) }
            }
        }
        report.branches.sort()
        report.invalid.sort { $0.name < $1.name }
        report.rendered.sort()
        report.unchanged.sort()
        try BatchInputError.reporting {
            try Dashboard(templateFolder: templateFolder, renderer: renderer).write(resultsIn: options.outputDirectory, asOf: options.asOf)
        }
        return report
    }

    /// The PDF phase on the progress bar: the mode line once, then n/N, PDFs/s and time left after each PDF.
    private func pdfProgress(invalid: Int, language: Language) -> @Sendable (PDFPoolProgress) -> Void {
        { [progress] pool in
            progress(BatchProgress(done: pool.done, total: pool.total, invalid: invalid, elapsed: pool.elapsedSeconds, current: "PDF",
                                   phase: .pdf, note: pool.done == 0 ? PDFPhaseText.mode(pool.mode, language: language) : nil,
                                   status: PDFPhaseText.progress(pool, language: language)))
        }
    }

    /// Rebuilds the dashboard from the results already under `outputDirectory` (`daihoi batch --merge`).
    public func merge(outputDirectory: String, asOf: CalendarDate?) throws -> DashboardSummary {
        if let problem = OutputFolder.problem(outputDirectory) { throw BatchInputError(diagnostics: [problem]) }
        if ResultFolder(folder: outputDirectory).paths().isEmpty {
            throw BatchInputError(.batchFolderEmpty(path: outputDirectory))
        }
        return try BatchInputError.reporting {
            let renderer = try Pipeline(templateFolder: templateFolder, templateOverlay: templateOverlay).makeRenderer()
            return try Dashboard(templateFolder: templateFolder, renderer: renderer).write(resultsIn: outputDirectory, asOf: asOf)
        }
    }

    /// The name of the result file in each branch's output folder.
    public static let resultFile = ".daihoi-result.json"

    /// Every branch result under `folder`, sorted by branch name.
    public static func results(in folder: String) -> [BranchResult] {
        let results = ResultFolder(folder: folder)
        return results.paths().compactMap(results.read).sorted { $0.name < $1.name }
    }

    /// One branch: skip when its result matches the inputs, else load, check, render and record
    /// (a branch with PDFs to print is recorded after the pool has printed them).
    private func branch(_ name: String, options: BatchOptions, pipeline: Pipeline, renderer: DocumentRenderer,
                        templatesHash: String, pdfScratch: URL) throws -> (BranchResult, Bool, PendingBranch?) {
        let input = (options.inputDirectory as NSString).appendingPathComponent(name)
        let output = (options.outputDirectory as NSString).appendingPathComponent(name)
        var hash = InputHash()
        hash.add("tool", Array(toolVersion.utf8))
        hash.add("templates", Array(templatesHash.utf8))
        hash.add("documents", Array(options.documents.map(\.rawValue).sorted().joined(separator: ",").utf8))
        hash.add("formats", Array(options.formats.map(\.rawValue).sorted().joined(separator: ",").utf8))
        hash.add("as-of", Array((options.asOf?.description ?? "").utf8))
        hash.add("language", Array(options.language.rawValue.utf8))
        if options.dossier { hash.add("dossier", Array("1".utf8)) }
        hash.addFolder(input, label: "branch")
        let resultPath = (output as NSString).appendingPathComponent(Self.resultFile)
        if !options.force, let data = FileManager.default.contents(atPath: resultPath),
           let previous = try? JSONDecoder().decode(BranchResult.self, from: data), previous.inputHash == hash.hex,
           previous.documents.allSatisfy({ Self.isWhole((output as NSString).appendingPathComponent($0)) }) {
            return (previous, false, nil)
        }
        let file = (input as NSString).appendingPathComponent("congress.yaml")
        if options.dossier {
            // The index counts the papers' printed pages, so a dossier prints its PDFs within its branch (its own
            // pool call), not in the run's one pool call at the end.
            var report = pipeline.renderDossier(file: file, formats: options.formats, outputDirectory: output, renderer: renderer)
            report.diagnostics.removeAll {
                switch $0.message {
                case .io(.dossierPapersLeftOut), .io(.dossierPapersAfterCongress): true
                default: false
                }
            }
            let pending = PendingBranch(name: name, report: report, jobs: [], hash: hash.hex, output: output)
            return (try record(pending, options: options), true, nil)
        }
        var (report, jobs) = pipeline.render(file: file, documents: options.documents, formats: options.formats,
                                             outputDirectory: output, renderer: renderer, pdfScratch: pdfScratch,
                                             explicitly: options.explicitDocuments)
        // The note naming the papers `all` left out is for one congress at a terminal, not for every row of the dashboard.
        report.diagnostics.removeAll { if case .io(.papersSkipped) = $0.message { true } else { false } }
        let pending = PendingBranch(name: name, report: report, jobs: jobs, hash: hash.hex, output: output)
        if !jobs.isEmpty {
            return (BranchSummary.result(name: name, report: report, options: options, hash: hash.hex, output: output), true, pending)
        }
        return (try record(pending, options: options), true, nil)
    }

    /// Whether a document written by an earlier run is there and not empty (no paper is empty: an empty
    /// file is what a power cut can leave of a write that was never synced, see ``AtomicWriter``).
    static func isWhole(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_size > 0
    }

    /// Writes a branch's result file and returns the result.
    private func record(_ branch: PendingBranch, options: BatchOptions) throws -> BranchResult {
        let result = BranchSummary.result(name: branch.name, report: branch.report, options: options,
                                          hash: branch.hash, output: branch.output)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try AtomicWriter().write(encoder.encode(result), to: (branch.output as NSString).appendingPathComponent(Self.resultFile))
        return result
    }

    /// The built-in templates and the overlay's: a changed file in either renders every branch again.
    private func templatesHash() -> String {
        var hash = InputHash()
        hash.addFolder(templateFolder, label: "templates")
        if let templateOverlay { hash.addFolder(templateOverlay, label: "template-overlay") }
        return hash.hex
    }
}

/// A rendered branch whose PDFs are still to print.
struct PendingBranch: Sendable {
    var name: String
    var report: PipelineReport
    var jobs: [PDFJob]
    var hash: String
    var output: String
}

/// Where a batch stands, for the progress bar.
public struct BatchProgress: Sendable {
    public var done: Int
    public var total: Int
    public var invalid: Int
    public var elapsed: TimeInterval
    public var current: String
    /// Rendering the branches, or printing their PDFs (after the rendering, in one pool call).
    public var phase: BatchPhase = .render
    /// A line to print once, in the run's language (the PDF phase's first report: how LibreOffice prints and why).
    public var note: String? = nil
    /// Where the PDF phase stands, in the run's language (n/N, PDFs/s, time left); nil while rendering.
    public var status: String? = nil

    /// Seconds left at the pace so far; `nil` before the first branch.
    public var estimatedRemaining: TimeInterval? {
        done == 0 ? nil : elapsed / Double(done) * Double(total - done)
    }
}

/// The phases of a batch run, in order.
public enum BatchPhase: Sendable, Equatable {
    /// Load, check, render and write every branch.
    case render
    /// Print the PDFs of every branch (giai đoạn in PDF).
    case pdf
}
