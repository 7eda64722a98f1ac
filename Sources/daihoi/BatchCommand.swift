import ArgumentParser
import DaiHoi
import Derive
import Foundation
import Vietnamese

/// `daihoi batch DIR -o OUT` — every branch of a superior committee in one run.
struct BatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Xuất văn kiện của mọi tổ chức trực thuộc — render every branch under a folder.",
        discussion: """
        DIR holds one folder per branch, each with its congress.yaml (as Samples/ does). Each branch's \
        papers go to OUT/<branch>/, and OUT/index.html lists every branch by congress date with its \
        script deadline, readiness and links. One bad branch never stops the others; the exit status is 1 \
        when any branch has errors.

        Incremental: a branch whose inputs, the templates, the options and the tool version are unchanged \
        is skipped (--force renders all). Every file is written atomically, so a killed run leaves no \
        partial file and the next run completes what is missing.

        Many machines: --shard K/N renders the K-th of N disjoint slices (a branch's slice depends only on \
        its folder name). Run the N slices anywhere (Slurm: --shard $((SLURM_ARRAY_TASK_ID))/N; Kubernetes \
        indexed Jobs: --shard $((JOB_COMPLETION_INDEX+1))/N; GNU parallel over ssh), gather their OUT folders \
        into one, then run `daihoi batch --merge -o OUT` to rebuild the dashboard.

        Examples:
          daihoi batch branches/ -o out/branches --as-of 2025-03-01
          daihoi batch branches/ -o out/branches --jobs 4 --format html --format odt
          daihoi batch branches/ -o out/shard2 --shard 2/3
          daihoi batch --merge -o out/branches
        """
    )

    @Argument(help: ArgumentHelp("The folder of branches (each with a congress.yaml).", valueName: "dir"))
    var input: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Output folder.", valueName: "dir"))
    var output: String = "out/batch"

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Which paper (repeatable); all writes every paper the data allows.", valueName: "doc"))
    var doc: [DocumentChoice] = [.all]

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Output format (repeatable); pdf needs LibreOffice.", valueName: "format"))
    var format: [FormatChoice] = [.html]

    @Option(name: .shortAndLong, help: "Branches rendered at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .long, help: "Render every branch, even those whose inputs did not change.")
    var force = false

    @Option(name: .long, help: ArgumentHelp("Render only slice K of N (e.g. 2/3).", valueName: "K/N"))
    var shard: String?

    @Flag(name: .long, help: "Rebuild OUT/index.html from the results already in OUT (after sharded runs).")
    var merge = false

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Judge readiness on this day (YYYY-MM-DD).", valueName: "date"))
    var asOf: String?

    @Option(name: .long, help: ArgumentHelp("The LibreOffice executable that prints PDFs (default: soffice on PATH).", valueName: "path"))
    var soffice: String?

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if !merge, input == nil { throw ValidationError("Missing the branches folder (or use --merge).") }
        if let shard, Shard(shard) == nil { throw ValidationError("--shard expects K/N with 1 ≤ K ≤ N, e.g. 2/3.") }
        if let asOf, CalendarDate(iso: asOf) == nil { throw ValidationError("--as-of expects a real date YYYY-MM-DD.") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() async throws {
        let runner = BatchRunner(templateFolder: TemplateLocator.locate(explicit: common.templates),
                                 toolVersion: DaiHoiCommand.version, soffice: soffice, progress: ProgressBar.make())
        let day = asOf.flatMap(CalendarDate.init(iso:))
        if merge {
            let summary = try runner.merge(outputDirectory: output, asOf: day)
            Console.progress("\(summary.branches) branches → \(output)/index.html")
            if summary.invalid > 0 { throw ExitCode(1) }
            return
        }
        let options = BatchOptions(inputDirectory: input ?? ".", outputDirectory: output, documents: doc.documentKinds,
                                   formats: format.map(\.format), jobs: jobs, force: force,
                                   shard: shard.flatMap(Shard.init), asOf: day, language: common.language)
        let report = try await runner.run(options)
        Console.progress("\(report.branches.count) branches: \(report.rendered.count) rendered, "
                         + "\(report.unchanged.count) unchanged, \(report.invalid.count) with errors → \(output)/index.html")
        for bad in report.invalid {
            Console.progress("✗ \(bad.name)")
            for line in bad.diagnostics { Console.progress(line) }
        }
        if !report.invalid.isEmpty { throw ExitCode(1) }
    }
}
