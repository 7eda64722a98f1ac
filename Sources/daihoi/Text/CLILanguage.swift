import Diagnostics
import Foundation

/// The language of everything the command line says, chosen once at startup, before the arguments are
/// parsed (so that `--help` and the usage errors are already in it): `--lang en` / `--lang=en` on the command
/// line, else `$DAIHOI_LANG`, else Vietnamese.
enum CLILanguage {
    static let current: Language = chosen(arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment)

    static func chosen(arguments: [String], environment: [String: String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { break }
            if argument == "--lang", index + 1 < arguments.count { return Language(rawValue: arguments[index + 1]) ?? .vi }
            if argument.hasPrefix("--lang=") { return Language(rawValue: String(argument.dropFirst(7))) ?? .vi }
        }
        return environment["DAIHOI_LANG"].flatMap(Language.init(rawValue:)) ?? .vi
    }

    /// The help texts in the chosen language.
    static var help: HelpText { current == .vi ? .vietnamese : .english }
    /// The progress lines, summaries and usage errors in the chosen language.
    static var words: CLIWords { current == .vi ? .vietnamese : .english }
}
