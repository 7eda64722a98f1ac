import DaiHoi
import Diagnostics
import Foundation
import Hummingbird
import Logging

/// `daihoi serve congress.yaml`: the papers as HTML on http://127.0.0.1:PORT/, rendered again each time the
/// congress file or a file beside it changes (``SourceWatcher``), each page reloading itself through server-sent
/// events (`/events`), the diagnostics of the latest rendering at the top of every page.
///
/// Routes: `/` the index, `/giay-to/<doc>` a paper (`/giay-to/minutes`), `/events` the version stream.
/// Bound to 127.0.0.1 only: the congress's data never leaves the machine.
public struct PreviewServer: Sendable {
    /// The only address served.
    public static let host = "127.0.0.1"

    public let file: String
    public let port: Int
    public let pipeline: Pipeline
    public let language: Language
    public let watcher: SourceWatcher
    public let state = PreviewState()
    /// How often an open event stream looks for a new version.
    static let eventPoll: Duration = .milliseconds(100)

    public init(file: String, port: Int, pipeline: Pipeline, language: Language, watchInterval: Duration = .milliseconds(250)) {
        self.file = file
        self.port = port
        self.pipeline = pipeline
        self.language = language
        self.watcher = SourceWatcher(file: file, interval: watchInterval)
    }

    /// Renders once, then serves and watches until the task is cancelled (Ctrl-C in the CLI). `running` is told
    /// the port bound (the real one when `port` is 0).
    /// `rendered` is told each snapshot as it is published (the CLI prints one line per rendering).
    public func run(running: @escaping @Sendable (Int) async -> Void = { _ in },
                    rendered: @escaping @Sendable (PreviewSnapshot) -> Void = { _ in }) async throws {
        rendered(await state.render(file: file, pipeline: pipeline, language: language))
        let app = Application(router: router(),
                              configuration: ApplicationConfiguration(address: .hostname(Self.host, port: port),
                                                                      serverName: "daihoi-serve"),
                              onServerRunning: { channel in await running(channel.localAddress?.port ?? 0) },
                              logger: Self.quietLogger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.run() }
            group.addTask { [watcher, state, file, pipeline, language] in
                await watcher.watch { rendered(await state.render(file: file, pipeline: pipeline, language: language)) }
            }
            // The first to end (the server failing to bind, or cancellation) ends both.
            defer { group.cancelAll() }
            try await group.next()
        }
    }

    /// The server's own log, critical only: its "server started" line would repeat the CLI's, and on Ctrl-C it
    /// logs each open event stream's cancellation as an error ("Waiting on child channel: CancellationError"),
    /// which is the normal end here. Failing to bind is said by the CLI itself (DH466, DH467).
    static var quietLogger: Logger {
        var logger = Logger(label: "daihoi-serve")
        logger.logLevel = .critical
        return logger
    }

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        let state = state
        let file = file
        router.get("/") { _, _ -> Response in
            Self.html(PreviewPage.index(await state.snapshot, file: file))
        }
        router.get("/giay-to/:name") { _, context -> Response in
            let name = context.parameters.get("name") ?? ""
            let snapshot = await state.snapshot
            guard let paper = snapshot.papers.first(where: { $0.name == name }) else {
                return Self.html(PreviewPage.missing(name, snapshot: snapshot), status: .notFound)
            }
            return Self.html(PreviewPage.paper(paper, snapshot: snapshot))
        }
        router.get("/events") { _, _ -> Response in
            var headers = HTTPFields()
            headers[.contentType] = "text/event-stream; charset=utf-8"
            headers[.cacheControl] = "no-cache"
            return Response(status: .ok, headers: headers, body: ResponseBody { writer in
                try await Self.streamVersions(of: state, to: &writer)
            })
        }
        return router
    }

    /// `event: version` with the current version at once, then at each new one; a comment line every 15 s
    /// keeps proxies and the browser from closing the stream. Ends when the client goes or the server stops.
    static func streamVersions(of state: PreviewState, to writer: inout any ResponseBodyWriter) async throws {
        var sent = -1
        var quiet = Duration.zero
        try await writer.write(ByteBuffer(string: "retry: 500\n\n"))
        while !Task.isCancelled {
            let version = await state.snapshot.version
            if version != sent {
                try await writer.write(ByteBuffer(string: "event: version\ndata: \(version)\n\n"))
                sent = version
                quiet = .zero
            } else if quiet >= .seconds(15) {
                try await writer.write(ByteBuffer(string: ": ping\n\n"))
                quiet = .zero
            }
            do { try await Task.sleep(for: eventPoll) } catch { break }
            quiet += eventPoll
        }
        try await writer.finish(nil)
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
