import ArgumentParser
import DaiHoi
import Derive
import Foundation

/// `daihoi render FILE` — check the congress file, then write its papers.
struct RenderCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "render", abstract: CLILanguage.help.renderAbstract,
                             discussion: CLILanguage.help.renderDiscussion)
    }

    @Argument(help: ArgumentHelp(CLILanguage.help.congressFile, valueName: "file"))
    var file: String

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp(CLILanguage.help.doc, valueName: "doc"))
    var doc: [DocumentChoice] = [.all]

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp(CLILanguage.help.format, valueName: "format"))
    var format: [FormatChoice] = [.html]

    @Option(name: .shortAndLong, help: ArgumentHelp(CLILanguage.help.renderOutput, valueName: "dir"))
    var output: String = "out"

    @Option(name: .long, help: ArgumentHelp(CLILanguage.help.soffice, valueName: "path"))
    var soffice: String?

    @Option(name: .long, help: ArgumentHelp(CLILanguage.help.ballotCopies, valueName: "one|issued"))
    var ballotCopies: BallotCopies = .one

    @Option(name: .long, help: ArgumentHelp(CLILanguage.help.summonsProof, valueName: "n"))
    var summonsProof: Int?

    @OptionGroup var common: CommonOptions

    @OptionGroup var pdfOptions: PDFEngineOptions

    func run() throws {
        let words = CLILanguage.words
        let output = output
        let interruption = Interruption(line: words.interruptedRender) { AtomicWriter.stopWritesAndRemoveLeftovers(under: output) }
        let progressText = ProgressText(language: common.language, words: words)
        var pipeline = Pipeline(templateFolder: TemplateLocator.builtIn(), templateOverlay: common.templates, soffice: soffice,
                                paperOptions: PaperOptions(ballotCopies: ballotCopies, summonsLimit: summonsProof.map { max(0, $0) }),
                                language: common.language,  // the PDF phase's lines
                                progress: { line in
            if let step = ProgressText.step(line) { interruption.update(done: step.index - 1, total: step.count) }
            Console.progress(progressText.text(line))
        })
        (pipeline.pdfEngine, pipeline.pdfA) = try pdfOptions.resolved(printsPDF: format.contains(.pdf), dossier: doc.contains(.dossier),
                                                                      language: common.language) { Console.progress($0) }
        // A paper asked for by name that the data cannot make is an error; `all` names those it leaves out;
        // `dossier` writes the whole dossier with its index, failing when a required paper cannot be made.
        let report = doc.contains(.dossier)
            ? pipeline.renderDossier(file: file, formats: format.map(\.format), outputDirectory: output)
            : pipeline.render(file: file, documents: doc.documentKinds, formats: format.map(\.format),
                              outputDirectory: output, explicitly: !doc.contains(.all))
        interruption.finishAll()
        Console.print(report, language: common.language)
        for path in report.written { Console.progress("→ \(path)") }
        withExtendedLifetime(interruption) {}   // Ctrl-C is watched to the end of the run
        if report.hasErrors { throw ExitCode(1) }
    }
}

/// `--doc` values: a paper by its name (`DocumentKind`'s raw value), `all` or `dossier`. The papers' names are
/// read from `DocumentKind`, so a new paper is a `--doc` value with no second list to keep in step.
enum DocumentChoice: Hashable, ExpressibleByArgument {
    case paper(DocumentKind)
    /// Every paper the data allows.
    case all
    /// Hồ sơ đại hội: every paper, numbered in the order of the congress, with its index (`Pipeline.renderDossier`).
    case dossier

    init?(argument: String) {
        switch argument {
        case "all": self = .all
        case "dossier": self = .dossier
        default:
            guard let kind = DocumentKind(rawValue: argument) else { return nil }
            self = .paper(kind)
        }
    }

    static var allValueStrings: [String] { DocumentKind.allCases.map(\.rawValue) + ["all", "dossier"] }

    /// The shell completions offer every value (what a `CaseIterable` choice gets by default).
    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }

    var defaultValueDescription: String {
        switch self {
        case .paper(let kind): kind.rawValue
        case .all: "all"
        case .dossier: "dossier"
        }
    }

    var kind: DocumentKind? { if case .paper(let kind) = self { kind } else { nil } }
}

extension [DocumentChoice] {
    /// The papers chosen: every paper for `all`.
    var documentKinds: [DocumentKind] {
        // `dossier` names every paper; the dossier itself is written by `Pipeline.renderDossier` (render and batch).
        if contains(.all) || contains(.dossier) { return DocumentKind.allCases }
        let kinds: [DocumentKind] = compactMap { choice in choice.kind }
        return Set(kinds).sorted()
    }
}


/// `--format` values.
enum FormatChoice: String, ExpressibleByArgument, CaseIterable {
    case html, odt, fodt, pdf, docx

    var format: OutputFormat { OutputFormat(rawValue: rawValue) ?? .html }
}

extension BallotCopies: ExpressibleByArgument {}
