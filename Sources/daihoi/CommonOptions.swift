import ArgumentParser
import DaiHoi
import Diagnostics

/// Options every command shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Message language: vi (default) or en.")
    var lang: MessageLanguage = .vi

    @Option(name: .long, help: ArgumentHelp("Template folder (default: the repository's Templates/).", valueName: "dir"))
    var templates: String?

    var language: Language { lang == .vi ? .vi : .en }
}

/// `--lang` values.
enum MessageLanguage: String, ExpressibleByArgument, CaseIterable {
    case vi, en
}
