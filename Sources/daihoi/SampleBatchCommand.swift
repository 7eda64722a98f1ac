import ArgumentParser
import DaiHoi

/// `daihoi sample-batch N DIR` — write N synthetic branches for trying out `daihoi batch`.
struct SampleBatchCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "sample-batch", abstract: CLILanguage.help.sampleAbstract,
                             discussion: CLILanguage.help.sampleDiscussion)
    }

    @Argument(help: ArgumentHelp(CLILanguage.help.sampleCount))
    var count: Int

    @Argument(help: ArgumentHelp(CLILanguage.help.sampleFolder, valueName: "dir"))
    var folder: String

    @Option(name: .long, help: ArgumentHelp(CLILanguage.help.broken))
    var broken: Int = 0

    @Option(name: .long, help: ArgumentHelp(CLILanguage.help.seed))
    var seed: UInt64 = 2025

    @Option(name: .long, help: ArgumentHelp(CLILanguage.help.members))
    var members: Int?

    /// Only `--lang` of the common options: the templates play no part here.
    @Option(name: .long, help: ArgumentHelp(CLILanguage.help.lang, valueName: "vi|en"))
    var lang: MessageLanguage?

    func validate() throws {
        let words = CLILanguage.words
        if count < 1 { throw ValidationError(words.badCount) }
        if broken < 0 || broken > count { throw ValidationError(words.badBroken) }
        if let members, members < 6 || members > 1000 { throw ValidationError(words.badMembers) }
    }

    func run() throws {
        let step = broken == 0 ? 1 : max(1, count / broken)
        let indexes = Set((0..<broken).map { ($0 * step + step / 2) % count })
        try SyntheticBranches(seed: seed, members: members).write(count: count, broken: indexes, to: folder)
        Console.progress(CLILanguage.words.sampleSummary(count, indexes.count, folder))
    }
}
