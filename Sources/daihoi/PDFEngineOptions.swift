import ArgumentParser
import DaiHoi
import Diagnostics

/// `--pdf-engine` and `--pdf-a`, shared by `render` and `batch` (issue 19).
struct PDFEngineOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(CLILanguage.current == .vi
        ? "Máy in PDF: typst (không cần LibreOffice; mặc định khi có .venv-typst), libreoffice, hoặc auto."
        : "What prints PDFs: typst (no LibreOffice; the default when .venv-typst is there), libreoffice, or auto.",
        valueName: "auto|typst|libreoffice"))
    var pdfEngine: PDFEngine.Choice = .automatic

    @Flag(name: .long, inversion: .prefixedNo, help: ArgumentHelp(CLILanguage.current == .vi
        ? "PDF/A-2b để lưu trữ (chỉ với Typst; mặc định bật cho --doc dossier)."
        : "PDF/A-2b for the archive (Typst only; on by default for --doc dossier)."))
    var pdfA: Bool?

    /// The engine and whether PDF/A, when PDFs are asked for (LibreOffice and no PDF/A otherwise), saying which
    /// engine and why on `progress`; Typst asked for by name and missing, or PDF/A asked of LibreOffice, is a usage error.
    func resolved(printsPDF: Bool, dossier: Bool, language: Language, progress: (String) -> Void) throws -> (engine: PDFEngine, pdfA: Bool) {
        guard printsPDF else { return (.libreOffice, false) }
        let engine: PDFEngine
        switch PDFEngine.resolve(pdfEngine, language: language) {
        case .success(let (chosen, line)):
            engine = chosen
            progress("[pdf] " + line)
        case .failure(let why):
            throw ValidationError("--pdf-engine typst: " + why.reason)
        }
        let wantsPDFA = pdfA ?? dossier
        if wantsPDFA, engine == .libreOffice {
            if pdfA == true { throw ValidationError(language == .vi ? "--pdf-a cần máy in Typst (--pdf-engine typst)" : "--pdf-a needs the Typst engine (--pdf-engine typst)") }
            return (engine, false)
        }
        return (engine, wantsPDFA)
    }
}

extension PDFEngine.Choice: ExpressibleByArgument {}
