import ArgumentParser
import DaiHoi
import Diagnostics
import Foundation
import Vietnamese

/// `daihoi check FILE` — run every rule and print the diagnostics.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kiểm tra tệp đại hội — check a congress file and print its diagnostics.",
        discussion: """
        Prints each problem as file:line:column, its code, the message, the source line and a caret. \
        Exit status 0 when there is no error (warnings allowed), 1 when there is one; with --strict a \
        warning counts as an error. With --as-of the script deadline (5 days before the congress by \
        default, settings.script_deadline_days) is judged on that day: days left, or days late and what \
        is unfinished. --format json prints the diagnostics as JSON on standard output for other tools.

        Examples:
          daihoi check Samples/chi-bo-khu-pho-3/congress.yaml
          daihoi check congress.yaml --as-of 2025-04-01 --strict
          daihoi check congress.yaml --lang en --format json
        """
    )

    @Argument(help: ArgumentHelp("The congress file (congress.yaml).", valueName: "file"))
    var file: String

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Judge the script deadline on this day (YYYY-MM-DD).", valueName: "date"))
    var asOf: String?

    @Flag(name: .long, help: "Treat warnings as errors (exit 1).")
    var strict = false

    @Option(name: .long, help: ArgumentHelp("Output: text (default, on standard error) or json (on standard output).", valueName: "format"))
    var format: CheckOutput = .text

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if let asOf, CalendarDate(iso: asOf) == nil { throw ValidationError("--as-of expects a real date YYYY-MM-DD.") }
    }

    func run() throws {
        let pipeline = Pipeline(templateFolder: TemplateLocator.locate(explicit: common.templates),
                                asOf: asOf.flatMap(CalendarDate.init(iso:)))
        let report = pipeline.check(file: file)
        switch format {
        case .text: Console.print(report, language: common.language)
        case .json: print(DiagnosticJSON.encode(report.diagnostics, language: common.language))
        }
        let failed = report.hasErrors || (strict && report.count(.warning) > 0)
        if failed { throw ExitCode(1) }
        if format == .text {
            Console.progress(common.language == .vi ? "Không có lỗi." : "No errors.")
        }
    }
}

/// `--format` of `check`.
enum CheckOutput: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Diagnostics as JSON for other tools: one object per diagnostic, keys sorted.
enum DiagnosticJSON {
    static func encode(_ diagnostics: [Diagnostic], language: Language) -> String {
        let items: [[String: Any]] = diagnostics.map { d in
            var item: [String: Any] = ["code": d.code, "severity": d.severity.rawValue, "message": d.message.text(in: language)]
            if let l = d.location {
                item["file"] = l.file
                item["line"] = l.line
                item["column"] = l.column
            }
            return item
        }
        let data = (try? JSONSerialization.data(withJSONObject: items, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
