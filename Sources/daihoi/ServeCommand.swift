import ArgumentParser
import DaiHoi
import Diagnostics
import Dispatch
import Foundation
import Preview

/// `daihoi serve FILE` — the papers as HTML on 127.0.0.1, re-rendered on each save, reloading by themselves
/// (``PreviewServer``). Ctrl-C or SIGTERM stops it cleanly (exit 0); a port in use is DH466.
struct ServeCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "serve", abstract: CLILanguage.help.serveAbstract,
                             discussion: CLILanguage.help.serveDiscussion)
    }

    @Argument(help: ArgumentHelp(CLILanguage.help.congressFile, valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp(CLILanguage.help.servePort, valueName: "port"))
    var port: Int = 8765

    @OptionGroup var common: CommonOptions

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port: 0–65535") }
    }

    func run() async throws {
        let language = common.language
        let pipeline = Pipeline(templateFolder: TemplateLocator.builtIn(), templateOverlay: common.templates, language: language)
        // A file that cannot be read at all is said here, as `check` says it; a file with errors is served.
        guard FileManager.default.isReadableFile(atPath: file) else {
            Console.print(pipeline.check(file: file), language: language)
            throw ExitCode(1)
        }
        switch PortCheck.probe(port) {
        case .free: break
        case .inUse:
            Console.print([Diagnostic(severity: .error, message: .servePortInUse(port: port), location: nil)], language: language)
            throw ExitCode(1)
        case .failed(let reason):
            Console.print([Diagnostic(severity: .error, message: .serveFailed(reason: reason), location: nil)], language: language)
            throw ExitCode(1)
        }
        let server = PreviewServer(file: file, port: port, pipeline: pipeline, language: language)
        let text = ServeText(language: language)
        let task = Task {
            try await server.run(running: { port in Console.progress(text.running(port)) },
                                 rendered: { snapshot in Console.progress(text.rendered(snapshot)) })
        }
        let stop = StopSignals { task.cancel() }
        do {
            try await task.value
        } catch is CancellationError {
        } catch {
            if !task.isCancelled {
                Console.print([Diagnostic(severity: .error, message: .serveFailed(reason: "\(error)"), location: nil)], language: language)
                throw ExitCode(1)
            }
        }
        withExtendedLifetime(stop) {}
        Console.progress(text.stopped)
    }
}

/// SIGINT and SIGTERM call `stop` instead of ending the process at once, so the server closes its connections.
final class StopSignals: @unchecked Sendable {
    private var sources: [DispatchSourceSignal] = []

    init(_ stop: @escaping @Sendable () -> Void) {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler(handler: stop)
            source.resume()
            sources.append(source)
        }
    }
}

/// The lines `serve` prints, in the run's language.
struct ServeText {
    var language: Language

    func running(_ port: Int) -> String {
        language == .vi ? "Xem trước: http://127.0.0.1:\(port)/ — trang tự tải lại khi lưu tệp; Ctrl-C để dừng."
                        : "Preview: http://127.0.0.1:\(port)/ — the page reloads when a file is saved; Ctrl-C stops."
    }

    func rendered(_ snapshot: PreviewSnapshot) -> String {
        let errors = snapshot.hasErrors, kept = !snapshot.papers.isEmpty
        switch language {
        case .vi:
            let state = errors ? "tệp có lỗi (\(snapshot.diagnostics.count) thông báo), " + (kept ? "giữ văn kiện lần trước" : "chưa có văn kiện")
                               : "\(snapshot.papers.count) văn kiện"
            return "[serve] lần \(snapshot.version): \(state), \(snapshot.renderMilliseconds) ms"
        case .en:
            let state = errors ? "the file has errors (\(snapshot.diagnostics.count) diagnostics), " + (kept ? "earlier papers kept" : "no papers yet")
                               : "\(snapshot.papers.count) papers"
            return "[serve] rendering \(snapshot.version): \(state), \(snapshot.renderMilliseconds) ms"
        }
    }

    var stopped: String { language == .vi ? "Đã dừng xem trước." : "Preview stopped." }
}
