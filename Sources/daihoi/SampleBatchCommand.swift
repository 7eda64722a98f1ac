import ArgumentParser
import DaiHoi

/// `daihoi sample-batch N DIR` — write N synthetic branches for trying out `daihoi batch`.
struct SampleBatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample-batch",
        abstract: "Tạo bộ dữ liệu thử cho nhiều chi bộ — write N synthetic branch congresses.",
        discussion: """
        Writes DIR/chi-bo-0001/congress.yaml … with varied, valid chi bộ congresses (members, absences, \
        dates, a chi ủy election), the same for the same --seed. --broken K breaks K of them (an unknown \
        person, an impossible date, a misspelt key), spread over the set, to see how a batch reports them.

        Examples:
          daihoi sample-batch 60 /tmp/branches
          daihoi sample-batch 1000 /tmp/branches --broken 3 --seed 7
          daihoi batch /tmp/branches -o out/branches
        """
    )

    @Argument(help: "How many branches.")
    var count: Int

    @Argument(help: ArgumentHelp("Where to write them.", valueName: "dir"))
    var folder: String

    @Option(name: .long, help: "How many branches to break.")
    var broken: Int = 0

    @Option(name: .long, help: "Seed of the generator.")
    var seed: UInt64 = 2025

    @Option(name: .long, help: "Members of every branch (default: 9–48, drawn per branch).")
    var members: Int?

    func validate() throws {
        if count < 1 { throw ValidationError("N must be at least 1.") }
        if broken < 0 || broken > count { throw ValidationError("--broken must be between 0 and N.") }
        if let members, members < 6 || members > 1000 { throw ValidationError("--members must be between 6 and 1000.") }
    }

    func run() throws {
        let step = broken == 0 ? 1 : max(1, count / broken)
        let indexes = Set((0..<broken).map { ($0 * step + step / 2) % count })
        try SyntheticBranches(seed: seed, members: members).write(count: count, broken: indexes, to: folder)
        Console.progress("\(count) branches (\(indexes.count) broken) → \(folder)")
    }
}
