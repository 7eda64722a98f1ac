import CongressModel
import Derive
import Diagnostics
import DocumentTree
import Foundation
import Render
import PDFWriting
import TypstWriter

extension Pipeline {
    /// `render --doc dossier`: every paper the data makes, in the order of the congress, into one folder under
    /// file names that sort in that order (`DossierPlan`), each through the same stages as `render`, then the
    /// index (Mục lục hồ sơ) with each paper's number and, when PDFs are printed, its page count.
    ///
    /// A paper the dossier requires (`settings.dossier_required`, default by kind) that the data cannot make is an
    /// error (DH420) once every other paper is written, so the run fails; the others left out are one note (DH421).
    /// A name in `dossier_required` that is no paper of the dossier (DH107) stops the run before anything is written.
    public func renderDossier(file: String, formats: [OutputFormat], outputDirectory: String,
                              renderer: DocumentRenderer? = nil) -> PipelineReport {
        let scratch = PDFScratch()
        defer { scratch.remove() }
        var report = check(file: file)
        guard let congress = report.congress, !report.hasErrors else { return report }
        let plan = DossierPlan(congress)
        report.diagnostics += DossierDiagnostics.unknownRequired(plan, congress: congress)
        if let problem = OutputFolder.problem(outputDirectory) { report.diagnostics.append(problem) }
        guard !report.hasErrors, let compiled = compiledRenderer(renderer, report: &report) else { return report }
        let profile = FormatProfile.known[congress.settings.formatProfile] ?? .hd36_2018
        var jobs: [PDFJob] = []
        let steps = plan.papers.count + 1
        // The elections and their results, counted once for the whole dossier (each paper used to count them again).
        let elections = ElectionList(congress)
        // The papers' trees, kept for the merged PDF when Typst sets it (one compile of them all).
        var parts: [TypstWriter.Part] = []
        // The built-in engine's jobs: drawn after the loop, in parallel, their pages kept for the index and the merged file.
        var drawn: [DrawnPDFJob] = []
        for paper in plan.papers {
            progress("[\(paper.number)/\(steps)] \(paper.fileName)")
            let written = writePaper(paper.kind.templateName, named: paper.fileName,
                                     value: paper.kind.viewModel(for: congress, elections: elections, options: paperOptions), profile: paper.kind.profile(for: congress, base: profile),
                                     of: congress, formats: formats, outputDirectory: outputDirectory, renderer: compiled,
                                     pdfScratch: scratch.url, report: &report)
            jobs += written.pdf
            drawn += drawnJob(written.document, formats: formats, outputDirectory: outputDirectory)
            if let document = written.document { parts.append(TypstWriter.Part(document, bookmark: paper.title)) }
        }
        // The papers' PDFs first: the index counts their pages, so it is printed after them.
        var pages: [String: Int] = [:]
        var drawnParts: [DrawnPart] = []
        if case .builtin(let printer) = pdfEngine, !drawn.isEmpty {
            let printed = printDrawn(drawn, with: printer)
            report.apply(printed.outcome)
            for (job, paperPages) in zip(drawn, printed.pages) {
                guard let paperPages else { continue }
                pages[job.document.name] = paperPages.count
                drawnParts.append(DrawnPart(title: plan.papers.first { $0.fileName == job.document.name }?.title ?? job.document.title, pages: paperPages))
            }
        }
        if !jobs.isEmpty {
            let outcome = printPDFs(jobs)
            report.apply(outcome)
            for pdf in outcome.written {
                pages[pdf.deletingPathExtension().lastPathComponent] = PDFPageCount.count(at: pdf)
            }
        }
        progress("[\(steps)/\(steps)] \(Dossier.indexFileName)")
        let index = writePaper(DossierIndexViewModel.templateName, named: Dossier.indexFileName,
                               value: DossierIndexViewModel(congress, plan: plan, pages: pages).templateValue,
                               profile: profile, of: congress, formats: formats, outputDirectory: outputDirectory, renderer: compiled,
                               pdfScratch: scratch.url, report: &report)
        if !index.pdf.isEmpty { report.apply(printPDFs(index.pdf)) }
        var mergedMetadata = index.document?.metadata ?? DocumentMetadata()
        if case .builtin(let printer) = pdfEngine, let indexJob = drawnJob(index.document, formats: formats, outputDirectory: outputDirectory).first {
            let printed = printDrawn([indexJob], with: printer)
            report.apply(printed.outcome)
            if let indexPages = printed.pages.first ?? nil { drawnParts.insert(DrawnPart(title: Dossier.indexTitle, pages: indexPages), at: 0) }
            mergedMetadata = indexJob.document.metadata
        }
        if let document = index.document { parts.insert(TypstWriter.Part(document, bookmark: Dossier.indexTitle), at: 0) }
        if formats.contains(.pdf) {
            mergeDossier(plan, typstParts: parts, drawnParts: drawnParts, metadata: mergedMetadata, outputDirectory: outputDirectory,
                         scratch: scratch.url, report: &report)
        }
        report.diagnostics += DossierDiagnostics.missing(plan)
        return report
    }
}

/// What a user is told about the dossier's papers.
enum DossierDiagnostics {
    /// DH107 for each name of `settings.dossier_required` that is no paper of the dossier, where it stands.
    static func unknownRequired(_ plan: DossierPlan, congress: Congress) -> [Diagnostic] {
        plan.unknownRequired.map { entry in
            let path = "settings.dossier_required[\(entry.position)]"
            return Diagnostic(severity: .error,
                              message: .invalidValue(key: path, allowed: DossierPlan.paperNames, found: entry.name),
                              location: congress.sourceMap[path] ?? congress.sourceMap["settings.dossier_required"])
        }
    }

    /// DH420 for each required paper the data cannot make; one DH421 note naming the others; before the congress,
    /// one DH422 note naming the papers that record it.
    static func missing(_ plan: DossierPlan) -> [Diagnostic] {
        func skipped(_ paper: DossierPlan.Missing) -> SkippedPaper {
            SkippedPaper(paper: paper.kind.rawValue, title: paper.kind.title, needs: paper.needs)
        }
        var found = plan.missing.filter(\.required).map {
            Diagnostic(severity: .error, message: .io(.dossierPaperMissing(skipped($0))), location: nil)
        }
        let optional = plan.missing.filter { !$0.required && !$0.afterCongress }.map(skipped)
        if !optional.isEmpty {
            found.append(Diagnostic(severity: .note, message: .io(.dossierPapersLeftOut(optional)), location: nil))
        }
        let later = plan.missing.filter(\.afterCongress).map(skipped)
        if !later.isEmpty {
            found.append(Diagnostic(severity: .note, message: .io(.dossierPapersAfterCongress(later)), location: nil))
        }
        return found
    }
}
