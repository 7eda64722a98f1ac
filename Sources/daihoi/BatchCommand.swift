import ArgumentParser
import DaiHoi
import Derive
import Diagnostics
import Foundation
import Vietnamese

/// `daihoi batch DIR -o OUT` — every branch of a superior committee in one run.
struct BatchCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "batch", abstract: CLILanguage.help.batchAbstract,
                             discussion: CLILanguage.help.batchDiscussion)
    }

    @Argument(help: ArgumentHelp(CLILanguage.help.branchesFolder, valueName: "dir"))
    var input: String?

    @Option(name: .shortAndLong, help: ArgumentHelp(CLILanguage.help.batchOutput, valueName: "dir"))
    var output: String = "out/batch"

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp(CLILanguage.help.doc, valueName: "doc"))
    var doc: [DocumentChoice] = [.all]

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp(CLILanguage.help.format, valueName: "format"))
    var format: [FormatChoice] = [.html]

    /// No default value here: its help names the default (the machine's cores), which ArgumentParser would print again.
    @Option(name: .shortAndLong, help: ArgumentHelp(CLILanguage.help.jobs, valueName: "n"))
    var jobs: Int?

    @Flag(name: .long, help: ArgumentHelp(CLILanguage.help.force))
    var force = false

    @Option(name: .long, help: ArgumentHelp(CLILanguage.help.shard, valueName: "K/N"))
    var shard: String?

    @Flag(name: .long, help: ArgumentHelp(CLILanguage.help.merge))
    var merge = false

    @Option(name: .customLong("as-of"), help: ArgumentHelp(CLILanguage.help.asOfBatch, valueName: "date"))
    var asOf: String?

    @Option(name: .long, help: ArgumentHelp(CLILanguage.help.soffice, valueName: "path"))
    var soffice: String?

    @OptionGroup var common: CommonOptions

    @OptionGroup var pdfOptions: PDFEngineOptions

    func validate() throws {
        let words = CLILanguage.words
        if !merge, input == nil { throw ValidationError(words.missingBranchesFolder) }
        if let shard, Shard(shard) == nil { throw ValidationError(words.badShard) }
        if let asOf, CalendarDate(iso: asOf) == nil { throw ValidationError(words.badAsOf) }
        if let jobs, jobs < 1 { throw ValidationError(words.badJobs) }
    }

    func run() async throws {
        let words = CLILanguage.words
        let output = output
        let interruption = Interruption(line: words.interruptedBatch) { AtomicWriter.stopWritesAndRemoveLeftovers(under: output) }
        let bar = ProgressBar.make(words: words)
        var runner = BatchRunner(templateFolder: TemplateLocator.builtIn(), templateOverlay: common.templates,
                                 toolVersion: DaiHoiCommand.version, soffice: soffice, progress: { p in
            interruption.update(done: p.done, total: p.total)
            bar(p)
        })
        (runner.pdfEngine, runner.pdfA) = try pdfOptions.resolved(printsPDF: format.contains(.pdf), dossier: doc.contains(.dossier),
                                                                  language: common.language) { Console.progress($0) }
        let day = asOf.flatMap(CalendarDate.init(iso:))
        let index = (output as NSString).appendingPathComponent("index.html")
        do {
            if merge {
                let summary = try runner.merge(outputDirectory: output, asOf: day)
                Console.progress(words.mergeSummary(summary.branches, index))
                if summary.invalid > 0 { throw ExitCode(1) }
                return
            }
            var options = BatchOptions(inputDirectory: input ?? ".", outputDirectory: output, documents: doc.documentKinds,
                                       formats: format.map(\.format), jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                                       force: force, shard: shard.flatMap(Shard.init), asOf: day, language: common.language)
            options.explicitDocuments = !doc.contains(.all)
            options.dossier = doc.contains(.dossier)
            let report = try await runner.run(options)
            Console.print(report.inputDiagnostics, language: common.language)
            Console.progress(words.batchSummary(report.branches.count, report.rendered.count, report.unchanged.count,
                                                report.invalid.count, index))
            for bad in report.invalid {
                Console.progress("✗ \(bad.name)")
                for line in bad.diagnostics { Console.progress(line) }
            }
            if !report.invalid.isEmpty || report.inputDiagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
        } catch let error as BatchInputError {
            Console.print(error.diagnostics, language: common.language)
            throw ExitCode(1)
        }
        withExtendedLifetime(interruption) {}   // Ctrl-C is watched to the end of the run
    }
}
