import ArgumentParser
import DaiHoi
import Diagnostics

/// `--pdf-engine` and `--pdf-a`, shared by `render` and `batch` (issue 19).
struct PDFEngineOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(CLILanguage.current == .vi
        ? "Máy in PDF: builtin (có sẵn trong chương trình, chỉ cần phông Liberation Serif của gói fonts-liberation2), typst (cần .venv-typst), libreoffice, hoặc auto (mặc định: \(PDFEngineOptions.automaticWords(.vi)))."
        : "What prints PDFs: builtin (in this program, needs only the Liberation Serif fonts of fonts-liberation2), typst (needs .venv-typst), libreoffice, or auto (the default: \(PDFEngineOptions.automaticWords(.en))).",
        valueName: "auto|builtin|typst|libreoffice"))
    var pdfEngine: PDFEngine.Choice = .automatic

    @Flag(name: .long, inversion: .prefixedNo, help: ArgumentHelp(CLILanguage.current == .vi
        ? "PDF/A-2b để lưu trữ (với builtin hoặc typst; mặc định bật cho --doc dossier)."
        : "PDF/A-2b for the archive (builtin or typst; on by default for --doc dossier)."))
    var pdfA: Bool?

    /// What `auto` does, in the order it tries (``PDFEngine/automaticOrder``).
    static func automaticWords(_ language: Language) -> String {
        let names = PDFEngine.automaticOrder.map(\.rawValue) + ["libreoffice"]
        return (language == .vi ? "cái đầu tiên có trong " : "the first there of ") + names.joined(separator: ", ")
    }

    /// The engine and whether PDF/A, when PDFs are asked for (LibreOffice and no PDF/A otherwise), saying which
    /// engine and why on `progress`; an engine asked for by name and missing, or PDF/A asked of LibreOffice, is a usage error.
    func resolved(printsPDF: Bool, dossier: Bool, language: Language, progress: (String) -> Void) throws -> (engine: PDFEngine, pdfA: Bool) {
        guard printsPDF else { return (.libreOffice, false) }
        let engine: PDFEngine
        switch PDFEngine.resolve(pdfEngine, language: language) {
        case .success(let (chosen, line)):
            engine = chosen
            progress("[pdf] " + line)
        case .failure(let why):
            throw ValidationError("--pdf-engine \(why.engine.rawValue): " + why.reason)
        }
        let wantsPDFA = pdfA ?? dossier
        if wantsPDFA, engine == .libreOffice {
            if pdfA == true {
                throw ValidationError(language == .vi ? "--pdf-a cần máy in builtin hoặc Typst (--pdf-engine builtin|typst)"
                                                      : "--pdf-a needs the builtin or the Typst engine (--pdf-engine builtin|typst)")
            }
            return (engine, false)
        }
        return (engine, wantsPDFA)
    }
}

extension PDFEngine.Choice: ExpressibleByArgument {}
