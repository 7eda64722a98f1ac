import ArgumentParser
import DaiHoi
import Diagnostics
import Foundation
import Vietnamese

/// `daihoi check FILE` — run every rule and print the diagnostics.
struct CheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "check", abstract: CLILanguage.help.checkAbstract,
                             discussion: CLILanguage.help.checkDiscussion)
    }

    @Argument(help: ArgumentHelp(CLILanguage.help.congressFile, valueName: "file"))
    var file: String

    @Option(name: .customLong("as-of"), help: ArgumentHelp(CLILanguage.help.asOfCheck, valueName: "date"))
    var asOf: String?

    @Flag(name: .long, help: ArgumentHelp(CLILanguage.help.strict))
    var strict = false

    @Option(name: .long, help: ArgumentHelp(CLILanguage.help.checkFormat, valueName: "format"))
    var format: CheckOutput = .text

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if let asOf, CalendarDate(iso: asOf) == nil { throw ValidationError(CLILanguage.words.badAsOf) }
    }

    func run() throws {
        let pipeline = Pipeline(templateFolder: TemplateLocator.builtIn(), templateOverlay: common.templates,
                                asOf: asOf.flatMap(CalendarDate.init(iso:)))
        let report = pipeline.check(file: file)
        switch format {
        case .text: Console.print(report, language: common.language)
        case .json: print(DiagnosticJSON.encode(report.diagnostics, language: common.language))
        }
        let failed = report.hasErrors || (strict && report.count(.warning) > 0)
        if failed { throw ExitCode(1) }
        if format == .text {
            Console.progress(CLILanguage.words.noErrors)
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
