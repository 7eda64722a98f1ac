import ArgumentParser
import DaiHoi
import Derive
import Foundation

/// `daihoi render FILE` — check the congress file, then write its papers.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Kiểm tra rồi xuất văn kiện — check a congress file, then write its papers.",
        discussion: """
        Nothing is written when the file has errors; warnings are printed and the papers are written.
        Every file is written atomically (a temporary file renamed into place).

        Examples:
          daihoi render Samples/hung-ha/congress.yaml
          daihoi render congress.yaml --doc minutes --doc delegates -o out/
          daihoi render congress.yaml --doc report --doc resolution --doc credentials
          daihoi render congress.yaml --doc all --format html --lang en
          daihoi render congress.yaml --doc ballots --ballot-copies issued --format pdf
        """
    )

    @Argument(help: ArgumentHelp("The congress file (congress.yaml).", valueName: "file"))
    var file: String

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Which paper (repeatable); all writes every paper the data allows.", valueName: "doc"))
    var doc: [DocumentChoice] = [.all]

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Output format (repeatable); pdf needs LibreOffice.", valueName: "format"))
    var format: [FormatChoice] = [.html]

    @Option(name: .shortAndLong, help: ArgumentHelp("Output folder.", valueName: "dir"))
    var output: String = "out"

    @Option(name: .long, help: ArgumentHelp("The LibreOffice executable that prints PDFs (default: soffice on PATH).", valueName: "path"))
    var soffice: String?

    @Option(name: .long, help: ArgumentHelp(
        "Ballots per round: one (a master to check and copy) or issued (one page per ballot issued, to print the run).",
        valueName: "one|issued"))
    var ballotCopies: BallotCopies = .one

    @OptionGroup var common: CommonOptions

    func run() throws {
        let pipeline = Pipeline(templateFolder: TemplateLocator.locate(explicit: common.templates), soffice: soffice,
                                paperOptions: PaperOptions(ballotCopies: ballotCopies),
                                language: common.language,  // the PDF phase's lines
                                progress: { Console.progress($0) })
        let report = pipeline.render(file: file, documents: doc.documentKinds,
                                     formats: format.map(\.format), outputDirectory: output)
        Console.print(report, language: common.language)
        for path in report.written { Console.progress("→ \(path)") }
        if report.hasErrors { throw ExitCode(1) }
    }
}

/// `--doc` values.
enum DocumentChoice: String, ExpressibleByArgument, CaseIterable {
    case minutes, script, assignments, delegates, ballots
    case voteCount = "vote-count"
    case credentials, report, resolution
    case all

    var kind: DocumentKind? { DocumentKind(rawValue: rawValue) }
}

extension [DocumentChoice] {
    /// The papers chosen: every paper for `all`.
    var documentKinds: [DocumentKind] {
        if contains(.all) { return DocumentKind.allCases }
        let kinds: [DocumentKind] = compactMap { choice in choice.kind }
        return Set(kinds).sorted()
    }
}


/// `--format` values.
enum FormatChoice: String, ExpressibleByArgument, CaseIterable {
    case html, odt, fodt, pdf

    var format: OutputFormat { OutputFormat(rawValue: rawValue) ?? .html }
}

extension BallotCopies: ExpressibleByArgument {}
