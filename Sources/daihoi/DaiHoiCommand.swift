import ArgumentParser
import Foundation

/// `daihoi` — the congress papers of a Vietnamese Party congress, from one YAML file.
@main
struct DaiHoiCommand: AsyncParsableCommand {
    /// The tool version: printed by --version and part of every batch input hash.
    static let version = "0.2.0"

    static let configuration = CommandConfiguration(
        commandName: "daihoi",
        abstract: "Văn kiện đại hội đảng từ một tệp YAML — congress papers from one YAML file.",
        discussion: """
        Writes the papers of one congress (biên bản, kịch bản, phân công, danh sách đại biểu) as print-ready \
        HTML, after checking the data. Messages are in Vietnamese; add --lang en for English.

        Examples:
          daihoi check Samples/hung-ha/congress.yaml
          daihoi render Samples/hung-ha/congress.yaml -o out/hung-ha
          daihoi render congress.yaml --doc minutes --doc script --lang en

        Exit codes: 0 ok, 1 invalid input, 2 usage, 3 internal error.
        """,
        version: version,
        subcommands: [RenderCommand.self, CheckCommand.self, BatchCommand.self, SampleBatchCommand.self]
    )
}

extension DaiHoiCommand {
    /// Runs the command and maps every outcome to the documented exit codes:
    /// 0 ok, 1 invalid input, 2 usage, 3 internal error.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                Swift.print(fullMessage(for: error))
                Foundation.exit(0)
            }
            if code == .validationFailure {
                Console.progress(fullMessage(for: error))
                Foundation.exit(2)
            }
            Console.progress("internal error: \(error)")
            Foundation.exit(3)
        }
    }
}
