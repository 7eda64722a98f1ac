import ArgumentParser
import DaiHoi
import Diagnostics

/// `daihoi templates export DIR` — copy the built-in templates to start a `--templates` overlay from.
struct TemplatesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "templates", abstract: CLILanguage.help.templatesAbstract,
                             subcommands: [TemplatesExportCommand.self])
    }
}

struct TemplatesExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "export", abstract: CLILanguage.help.templatesExportAbstract,
                             discussion: CLILanguage.help.templatesExportDiscussion)
    }

    @Argument(help: ArgumentHelp(CLILanguage.help.templatesExportFolder, valueName: "dir"))
    var folder: String

    @Flag(name: .long, help: ArgumentHelp(CLILanguage.help.initForce))
    var force = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        let builtIn = TemplateLocator.builtIn()
        let outcome: SkeletonWriter.Outcome
        do {
            outcome = try TemplateExport.export(from: builtIn, to: folder, force: force)
        } catch {
            Console.print([TemplateExport.diagnostic(for: error, destination: folder)], language: common.language)
            throw ExitCode(1)
        }
        switch outcome {
        case let .written(paths, backups):
            Console.print(backups.map { Diagnostic(severity: .warning, message: .initOverwritten(path: $0.path, backup: $0.backup), location: nil) },
                          language: common.language)
            for path in paths { Console.progress(path) }
        case let .existing(paths):
            Console.print(paths.map { .error(.templatesExportFileExists(path: $0), at: nil) }, language: common.language)
            throw ExitCode(1)
        }
    }
}
