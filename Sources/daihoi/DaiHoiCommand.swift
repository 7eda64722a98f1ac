import ArgumentParser
import Foundation

/// `daihoi` — the congress papers of a Vietnamese Party congress, from one YAML file.
@main
struct DaiHoiCommand: AsyncParsableCommand {
    /// The tool version: printed by --version and part of every batch input hash.
    static let version = "0.2.0"

    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "daihoi",
        abstract: CLILanguage.help.rootAbstract,
        discussion: CLILanguage.help.rootDiscussion,
        version: version,
        subcommands: [InitCommand.self, RenderCommand.self, CheckCommand.self, SchemaCommand.self, BatchCommand.self, SampleBatchCommand.self, ServeCommand.self, CountCommand.self, TemplatesCommand.self]
    ) }
}

extension DaiHoiCommand {
    /// Runs the command and maps every outcome to the documented exit codes:
    /// 0 ok, 1 invalid input, 2 usage, 3 internal error (130 interrupted: ``Interruption``).
    /// Help and usage errors are in the language chosen at startup (``CLILanguage``).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            let language = CLILanguage.current
            if code == .success {
                Swift.print(HelpPage.localized(fullMessage(for: error), language: language))
                Foundation.exit(0)
            }
            if code == .validationFailure {
                let commands = configuration.subcommands.compactMap { $0.configuration.commandName }
                Console.progress(UsageMessage(language: language, words: CLILanguage.words, commands: commands,
                                              arguments: Array(CommandLine.arguments.dropFirst()))
                    .text(for: fullMessage(for: error)))
                Foundation.exit(2)
            }
            Console.progress("\(CLILanguage.words.internalError): \(error)")
            Foundation.exit(3)
        }
    }
}
