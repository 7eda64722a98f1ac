import Diagnostics
import Foundation
import TypstWriter
import PDFWriting
import WriterSupport

/// What sets the PDFs of a run (issue 19): Typst from the document tree (no LibreOffice, several times faster,
/// PDF/A-2b on demand), or LibreOffice from the ODT (the warm pool).
public enum PDFEngine: Sendable, Equatable {
    case libreOffice
    /// PyPI's typst package under the interpreter `python` (``TypstPython``).
    case typst(python: String)

    /// `--pdf-engine`: the engine asked for.
    public enum Choice: String, Sendable, CaseIterable {
        /// Typst when its venv is there, else LibreOffice (the line that says which names why).
        case automatic = "auto"
        case typst
        case libreOffice = "libreoffice"
    }

    /// The engine for `choice`, and the line that says which and why. Typst asked for by name and missing is
    /// an error (the reason), never a silent fall back to LibreOffice.
    public static func resolve(_ choice: Choice, language: Language,
                               environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<(PDFEngine, String), TypstUnavailable> {
        let vi = language == .vi
        if choice == .libreOffice { return .success((.libreOffice, vi ? "máy in PDF: LibreOffice (--pdf-engine libreoffice)" : "PDF engine: LibreOffice (--pdf-engine libreoffice)")) }
        switch TypstPython.locate(environment: environment) {
        case .success(let python):
            return .success((.typst(python: python), vi ? "máy in PDF: Typst (\(python))" : "PDF engine: Typst (\(python))"))
        case .failure(let why):
            if choice == .typst { return .failure(why) }
            return .success((.libreOffice, vi ? "máy in PDF: LibreOffice, vì không có Typst: \(why.reason)"
                                              : "PDF engine: LibreOffice, as Typst is not there: \(why.reason)"))
        }
    }
}

extension Pipeline {
    /// Prints the PDFs of several runs with Typst (each job's source a `.typ` file); each run's outcome, in order.
    /// A pool that cannot start fails every PDF with its reason (the workers are checked before any file).
    func printTypst(_ runs: [[PDFJob]], python: String) -> [PDFOutcome] {
        let all = runs.flatMap { $0 }
        let pool = TypstPDFPool(python: python, pdfA: pdfA)
        progress("[pdf] Typst: \(all.count) PDF, \(min(pool.workers, all.count)) worker(s)\(pdfA ? ", PDF/A-2b" : "")")
        do {
            let result = try pool.convert(all.map { TypstPDFJob(source: $0.source, destination: $0.destination) })
            let written = Set(result.written)
            var failed: [URL: String] = [:]
            for failure in result.failed where failed[failure.job.destination] == nil { failed[failure.job.destination] = failure.reason }
            return runs.map { jobs in
                PDFOutcome(written: jobs.map(\.destination).filter { written.contains($0) },
                           failures: jobs.compactMap { job in failed[job.destination].map { PDFFailureNote(pdf: job.destination, reason: "Typst: " + $0) } })
            }
        } catch {
            let reason = (error as? TypstUnavailable)?.reason ?? "\(error)"
            return runs.map { jobs in PDFOutcome(written: [], failures: jobs.map { PDFFailureNote(pdf: $0.destination, reason: reason) }) }
        }
    }
}
