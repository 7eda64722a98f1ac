import DocumentTree
import Foundation
import Diagnostics
import PDFDrawing

extension Pipeline {
    /// The built-in engine's job for a paper just rendered (its tree), when the run prints PDFs with it.
    func drawnJob(_ document: Document?, formats: [OutputFormat], outputDirectory: String) -> [DrawnPDFJob] {
        guard pdfEngine.drawsInProcess, formats.contains(.pdf), let document else { return [] }
        let destination = URL(fileURLWithPath: outputDirectory).appendingPathComponent("\(document.name).\(OutputFormat.pdf.fileExtension)")
        return [DrawnPDFJob(document: document, destination: destination)]
    }

    /// Prints `jobs` with the built-in engine, saying how on `progress` (before: how many on how many cores; after:
    /// how long); the outcome, and each job's pages (nil where its PDF failed) for a dossier's index and merged file.
    func printDrawn(_ jobs: [DrawnPDFJob], with printer: BuiltinPDFPrinter) -> (outcome: PDFOutcome, pages: [[DrawnPage]?]) {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let vi = language == .vi
        progress("[pdf] " + (vi ? "máy in có sẵn: \(jobs.count) PDF, \(min(cores, jobs.count)) nhân" : "built-in: \(jobs.count) PDF, \(min(cores, jobs.count)) core(s)")
                 + (pdfA ? ", PDF/A-2b" : ""))
        let start = ContinuousClock.now
        let results = printer.print(jobs, pdfA: pdfA)
        let seconds = (ContinuousClock.now - start) / .seconds(1)
        progress("[pdf] " + (vi ? "máy in có sẵn: \(jobs.count) PDF trong \(String(format: "%.2f", seconds)) giây"
                                : "built-in: \(jobs.count) PDF in \(String(format: "%.2f", seconds)) s"))
        var outcome = PDFOutcome(written: [], failures: [])
        var pages: [[DrawnPage]?] = []
        for (job, result) in zip(jobs, results) {
            switch result {
            case .success(let drawn):
                outcome.written.append(job.destination)
                pages.append(drawn)
            case .failure(let error):
                outcome.failures.append(PDFFailureNote(pdf: job.destination, reason: WriteFailure(error, fallbackPath: job.destination.path).reason))
                pages.append(nil)
            }
        }
        return (outcome, pages)
    }
}

/// One part of the merged dossier drawn by the built-in engine: its bookmark's title and its pages as printed alone.
struct DrawnPart: Sendable {
    var title: String
    var pages: [DrawnPage]
}

extension Pipeline {
    /// `ho-so-dai-hoi.pdf` from the built-in engine: the parts' pages one after the other (each part's page numbers
    /// restart, as the layout numbers each paper's own pages), one bookmark per part at its first page, the file
    /// opening on them; PDF/A-2b as the run asks (on by default for the dossier). Written atomically.
    func writeDrawnDossier(_ parts: [DrawnPart], metadata: DocumentMetadata, with printer: BuiltinPDFPrinter, to destination: String,
                           report: inout PipelineReport) {
        var pages: [DrawnPage] = []
        var bookmarks: [(title: String, pageIndex: Int)] = []
        for part in parts {
            bookmarks.append((part.title, pages.count))
            pages += part.pages
        }
        let info = BuiltinPDFPrinter.info(title: DossierMergedPDF.title, metadata: metadata, language: "vi", bookmarks: bookmarks)
        do {
            try AtomicWriter().write(Data(printer.pdf(pages, info: info, pdfA: pdfA)), to: destination)
            report.written.append(destination)
        } catch {
            report.diagnostics.append(Diagnostic(severity: .error, message: WriteFailure(error, fallbackPath: destination).message, location: nil))
        }
    }
}
