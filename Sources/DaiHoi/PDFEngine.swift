import Diagnostics
import Foundation
import TypstWriter
import PDFWriting
import WriterSupport

/// What sets the PDFs of a run (issue 19): the built-in engine (this program lays the document tree out and writes
/// the PDF itself: no LibreOffice, no Python), Typst from the document tree (PyPI's typst in warm workers), or
/// LibreOffice from the ODT (the warm pool). The first two give PDF/A-2b on demand.
public enum PDFEngine: Sendable, Equatable {
    case libreOffice
    /// PyPI's typst package under the interpreter `python` (``TypstPython``).
    case typst(python: String)
    /// The built-in layout and PDF writer, with the fonts it has loaded for the run (``BuiltinPDFPrinter``).
    case builtin(BuiltinPDFPrinter)

    /// `--pdf-engine`: the engine asked for.
    public enum Choice: String, Sendable, CaseIterable {
        /// The first engine of ``automaticOrder`` that is there, else LibreOffice (the line that says which names why).
        case automatic = "auto"
        case builtin
        case typst
        case libreOffice = "libreoffice"
    }

    /// What `auto` tries, in order, before LibreOffice. The built-in engine leads: it needs only the Liberation Serif
    /// fonts, passes every page assertion of the samples with LibreOffice's page counts (PaginationTests,
    /// BuiltinPageCountTests: 74 of 74 papers) and sets PDFs 54× faster than the LibreOffice pool and 21× faster than
    /// Typst in PDF CPU time on Hưng Hà's papers (`scripts/bench-pdf-engines.sh`). Typst is next, for a machine without
    /// the fonts where its venv brings its own.
    public static let automaticOrder: [Choice] = [.builtin, .typst]

    /// The engine for `choice`, and the line that says which and why. An engine asked for by name and missing is
    /// an error (the reason), never a silent fall back to LibreOffice.
    public static func resolve(_ choice: Choice, language: Language,
                               environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<(PDFEngine, String), PDFEngineUnavailable> {
        let vi = language == .vi
        switch choice {
        case .libreOffice:
            return .success((.libreOffice, vi ? "máy in PDF: LibreOffice (--pdf-engine libreoffice)" : "PDF engine: LibreOffice (--pdf-engine libreoffice)"))
        case .typst, .builtin:
            return located(choice, language: language, environment: environment)
        case .automatic:
            var reasons: [String] = []
            for candidate in automaticOrder {
                switch located(candidate, language: language, environment: environment) {
                case .success(let found):
                    // An engine passed over is named with its reason: the run never changes engine silently.
                    guard !reasons.isEmpty else { return .success(found) }
                    let why = reasons.joined(separator: "; ")
                    return .success((found.0, found.1 + (vi ? ", vì: \(why)" : ", as: \(why)")))
                case .failure(let why): reasons.append(why.reason)
                }
            }
            let why = reasons.joined(separator: "; ")
            return .success((.libreOffice, vi ? "máy in PDF: LibreOffice, vì không có máy in khác: \(why)"
                                              : "PDF engine: LibreOffice, as no other engine is there: \(why)"))
        }
    }

    /// The engine `choice` (Typst or built-in) if it is there, with its line, else why not.
    private static func located(_ choice: Choice, language: Language, environment: [String: String]) -> Result<(PDFEngine, String), PDFEngineUnavailable> {
        let vi = language == .vi
        if choice == .builtin {
            return BuiltinPDFPrinter.load(language: language, environment: environment).map { printer in
                (.builtin(printer), vi ? "máy in PDF: có sẵn trong chương trình (\(printer.fontFolder))" : "PDF engine: built-in (\(printer.fontFolder))")
            }
        }
        switch TypstPython.locate(environment: environment) {
        case .success(let python):
            return .success((.typst(python: python), vi ? "máy in PDF: Typst (\(python))" : "PDF engine: Typst (\(python))"))
        case .failure(let why):
            return .failure(PDFEngineUnavailable(engine: .typst, reason: why.reason))
        }
    }

    /// The engine sets a `.typ` source the run writes first (``DocumentWriters``).
    var printsFromTypst: Bool { if case .typst = self { true } else { false } }
    /// The engine draws each paper from its tree in process: the run writes no source for it.
    var drawsInProcess: Bool { if case .builtin = self { true } else { false } }
}

/// Why an engine asked for is not there: its name and the reason, in the run's language where it is ours.
public struct PDFEngineUnavailable: Error, Sendable, Equatable {
    public var engine: PDFEngine.Choice
    public var reason: String
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
