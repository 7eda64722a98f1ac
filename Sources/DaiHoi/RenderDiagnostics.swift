import Diagnostics
import Render

/// Turns a render failure into a diagnostic that names the template and points at its file, line and column.
enum RenderDiagnostics {
    static func diagnostic(for error: RenderError) -> Diagnostic {
        switch error {
        case .template(let e):
            return Diagnostic(severity: .error, message: .templateError(template: e.template, detail: e.description),
                              location: SourceLocation(file: e.path ?? e.template, line: e.line, column: e.column))
        case .malformedXHTML(let template, let e):
            return Diagnostic(severity: .error, message: .malformedOutput(template: template, detail: e.description),
                              location: nil)
        }
    }
}
