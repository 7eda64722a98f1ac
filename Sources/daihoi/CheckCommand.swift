import ArgumentParser
import DaiHoi

/// `daihoi check FILE` — run every rule and print the diagnostics.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kiểm tra tệp đại hội — check a congress file and print its diagnostics.",
        discussion: """
        Prints each problem as file:line:column, its code, the message, the source line and a caret. \
        Exit status 0 when there is no error (warnings allowed), 1 when there is one.

        Examples:
          daihoi check Samples/chi-bo-khu-pho-3/congress.yaml
          daihoi check congress.yaml --lang en
        """
    )

    @Argument(help: ArgumentHelp("The congress file (congress.yaml).", valueName: "file"))
    var file: String

    @OptionGroup var common: CommonOptions

    func run() throws {
        let report = Pipeline(templateFolder: TemplateLocator.locate(explicit: common.templates)).check(file: file)
        Console.print(report, language: common.language)
        if report.hasErrors { throw ExitCode(1) }
        Console.progress(common.language == .vi ? "Không có lỗi." : "No errors.")
    }
}
