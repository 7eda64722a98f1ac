import ArgumentParser
import DaiHoi
import Diagnostics

/// Options every command shares.
struct CommonOptions: ParsableArguments {
    /// No default value here: without `--lang`, the language chosen at startup (`$DAIHOI_LANG`, else vi).
    @Option(name: .long, help: ArgumentHelp(CLILanguage.help.lang, valueName: "vi|en"))
    var lang: MessageLanguage?

    @Option(name: .long, help: ArgumentHelp(CLILanguage.help.templates, valueName: "dir"))
    var templates: String?

    var language: Language { lang.map { $0 == .vi ? .vi : .en } ?? CLILanguage.current }
}

/// `--lang` values.
enum MessageLanguage: String, ExpressibleByArgument, CaseIterable {
    case vi, en
}
