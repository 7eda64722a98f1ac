import DaiHoi
import Diagnostics
import Foundation

/// Where the CLI prints: diagnostics and progress to standard error, so standard output stays clean.
enum Console {
    static func progress(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Prints every diagnostic of the report, compiler-style, then a count.
    static func print(_ report: PipelineReport, language: Language) {
        let renderer = DiagnosticRenderer(sources: report.sources)
        for diagnostic in report.diagnostics {
            progress(renderer.render(diagnostic, language: language))
        }
    }

    /// Prints diagnostics that carry no source text (the command's own, about files and folders).
    static func print(_ diagnostics: [Diagnostic], language: Language) {
        let renderer = DiagnosticRenderer(sources: [:])
        for diagnostic in diagnostics { progress(renderer.render(diagnostic, language: language)) }
    }
}
