import ArgumentParser
import DaiHoi
import Diagnostics

/// Options every command shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(CLILanguage.help.lang))
    var lang: MessageLanguage = .vi

    @Option(name: .long, help: ArgumentHelp(CLILanguage.help.templates, valueName: "dir"))
    var templates: String?

    var language: Language { lang == .vi ? .vi : .en }
}

/// `--lang` values.
enum MessageLanguage: String, ExpressibleByArgument, CaseIterable {
    case vi, en
}
