import Count
import Foundation
import Hummingbird

/// The counting room's HTTP API and pages (docs/count.md). Every request that changes data carries the member's token
/// in the `Authorization: Bearer …` header — no cookies, so no cross-site request can act for a member; a clerk may
/// only enter, the head records figures, decides and publishes; the hall view and its state need no token.
public struct CountRoutes: Sendable {
    public let session: CountSession
    /// Called after a round is published (its transaction committed): writes the results file; returns its path.
    public let onPublish: @Sendable (CountedBallot) throws -> String?
    /// How long one Server-Sent Events connection stays open before the browser reconnects.
    public let eventStreamSeconds: Double
    /// The pages' language (`daihoi count --lang en`); Vietnamese by default.
    public let language: CountPageLanguage

    public init(session: CountSession, eventStreamSeconds: Double = 25, language: CountPageLanguage = .vietnamese,
                onPublish: @escaping @Sendable (CountedBallot) throws -> String? = { _ in nil }) {
        self.session = session
        self.eventStreamSeconds = eventStreamSeconds
        self.language = language
        self.onPublish = onPublish
    }

    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        let session = self.session
        let (hall, entry, head) = (language.page(CountPages.hall), language.page(CountPages.entry), language.page(CountPages.head))
        router.get("/") { _, _ in Self.html(hall) }
        router.get("/nhap") { _, _ in Self.html(entry) }
        router.get("/truong-ban") { _, _ in Self.html(head) }
        TallyRoutes(session: session).add(to: router)
        router.get("/api/state") { _, _ in Self.answer { try Self.json(HallState(session)) } }
        // Nhật ký nhập phiếu of a published round, as the canonical text whose SHA-256 is the check code: anyone
        // can fetch it and compare (`sha256sum`). Before publication the readings stay with the board.
        router.get("/api/log") { request, _ in
            Self.answer {
                let q = request.uri.queryParameters
                guard let election = q.get("election"), let round = q.get("round", as: Int.self) else {
                    throw CountRefusal.malformed("cần election, round")
                }
                let ballot = try session.ballot(election: election, round: round)
                let log = try session.store.log(election: election, round: round)
                guard log.publication != nil else { throw CountRefusal.notBalanced(["chưa công bố"]) }
                let text = EntryLog.canonical(ballot: ballot, log: log, members: try session.store.members())
                return Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                                body: .init(byteBuffer: ByteBuffer(string: text)))
            }
        }
        router.get("/api/events") { request, _ in self.events(limit: request.uri.queryParameters.get("limit", as: Int.self)) }
        router.get("/api/me") { request, _ in
            Self.answer { let m = try Self.member(request, session); return try Self.json(MeBody(name: m.name, role: m.role.rawValue)) }
        }
        router.get("/api/mine") { request, _ in
            Self.answer {
                let clerk = try Self.member(request, session)
                let q = request.uri.queryParameters
                guard let election = q.get("election"), let round = q.get("round", as: Int.self), let pile = q.get("pile", as: Int.self) else {
                    throw CountRefusal.malformed("cần election, round, pile")
                }
                try CountSession.require(clerk, .clerk)
                let mine = try session.entries(of: clerk, election: election, round: round, pile: pile)
                return try Self.json(mine.map { EntryAck(id: $0.id, pile: $0.pile, position: $0.position, revision: $0.revision, reading: $0.reading) })
            }
        }
        router.post("/api/enter") { request, _ in
            await Self.answerAsync {
                let clerk = try Self.member(request, session)
                let body = try await Self.decode(EnterBody.self, request)
                let e = try await Self.offload { try session.enter(clerk, election: body.election, round: body.round, pile: body.pile, position: body.position,
                                          reading: body.reading, correction: body.correction ?? false) }
                return try Self.json(EntryAck(id: e.id, pile: e.pile, position: e.position, revision: e.revision, reading: e.reading),
                                     status: .created)
            }
        }
        router.post("/api/close") { request, _ in
            await Self.answerAsync {
                let clerk = try Self.member(request, session)
                let body = try await Self.decode(CloseBody.self, request)
                try session.close(clerk, election: body.election, round: body.round, pile: body.pile, ballots: body.ballots)
                return try Self.json(["ok": true])
            }
        }
        router.post("/api/handed-out") { request, _ in
            await Self.answerAsync {
                let head = try Self.member(request, session)
                let body = try await Self.decode(HandedOutBody.self, request)
                try session.recordHandedOut(head, election: body.election, round: body.round, issued: body.issued, collected: body.collected)
                return try Self.json(["ok": true])
            }
        }
        router.get("/api/reconciliation") { request, _ in
            Self.answer {
                let head = try Self.member(request, session)
                try CountSession.require(head, .head)
                let q = request.uri.queryParameters
                guard let election = q.get("election"), let round = q.get("round", as: Int.self) else {
                    throw CountRefusal.malformed("cần election, round")
                }
                let ballot = try session.ballot(election: election, round: round)
                let names = Dictionary(try session.store.members().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
                let tally = try session.tally(ballot)
                let r = try session.reconciliation(ballot)
                return try Self.json(ReconciliationBody(
                    mismatches: r.mismatches.map { m in
                        MismatchBody(pile: m.pile, position: m.position,
                                     readings: m.readings.map { .init(clerk: names[$0.clerk] ?? "\($0.clerk)", reading: $0.reading) },
                                     decision: m.decision?.reading, decided_by: m.decision.flatMap { names[$0.head] },
                                     decided_at: m.decision?.at)
                    },
                    open: r.open.count, problems: tally.problems))
            }
        }
        router.post("/api/decide") { request, _ in
            await Self.answerAsync {
                let head = try Self.member(request, session)
                let body = try await Self.decode(DecideBody.self, request)
                try session.decide(head, election: body.election, round: body.round, pile: body.pile, position: body.position,
                                   reading: body.reading)
                return try Self.json(["ok": true])
            }
        }
        router.post("/api/publish") { request, _ in
            await Self.answerAsync {
                let head = try Self.member(request, session)
                let body = try await Self.decode(RoundBody.self, request)
                let (tally, code) = try session.publish(head, election: body.election, round: body.round)
                let file = try self.onPublish(tally.ballot)
                let counted = try HallState(session).rounds.first { $0.election == body.election && $0.round == body.round }
                return try Self.json(PublishedBody(check_code: code, elected: counted?.elected ?? [], results_file: file))
            }
        }
        return router
    }

    // MARK: Helpers

    /// Runs a blocking database call (a write waits for its commit on disk) on a thread of its own, so the server's
    /// few cooperative threads keep answering meanwhile.
    static func offload<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
        }
    }

    static let tokenPrefix = "Bearer "

    /// The member whose token the request carries (`Authorization: Bearer …`), or `unknownToken`.
    static func member(_ request: Request, _ session: CountSession) throws -> Member {
        guard let header = request.headers[.authorization], header.hasPrefix(tokenPrefix),
              let member = try session.store.member(token: String(header.dropFirst(tokenPrefix.count))) else {
            throw CountRefusal.unknownToken
        }
        return member
    }

    static func decode<T: Decodable>(_ type: T.Type, _ request: Request) async throws -> T {
        var request = request
        let buffer = try await request.collectBody(upTo: 64 * 1024)
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView))
        } catch {
            throw CountRefusal.malformed("JSON không đúng dạng")
        }
    }

    static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func html(_ page: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
                                        .contentSecurityPolicy: "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'"],
                 body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    /// The answer of a handler: its response, or the refusal as JSON with its status; anything else is a 500 that
    /// says so (nothing was stored: every change is one transaction).
    static func answer(_ body: () throws -> Response) -> Response {
        do { return try body() } catch { return failure(error) }
    }

    static func answerAsync(_ body: () async throws -> Response) async -> Response {
        do { return try await body() } catch { return failure(error) }
    }

    static func failure(_ error: any Error) -> Response {
        let refusal = error as? CountRefusal
        let body = refusal.map(RefusalBody.init) ?? RefusalBody(code: "DH559", message: "lỗi máy chủ: \(error)",
                                                                message_en: "server error: \(error)")
        let status = HTTPResponse.Status(code: refusal?.status ?? 500)
        return (try? json(body, status: status)) ?? Response(status: .internalServerError)
    }

    /// Server-Sent Events: the hall state now, then again each time the log grows (checked four times a second),
    /// until `eventStreamSeconds` pass or `limit` events are sent; the browser's EventSource then reconnects.
    func events(limit: Int?) -> Response {
        let session = self.session, seconds = eventStreamSeconds
        return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                        body: .init { writer in
            var sent = 0, last: Int64 = -1
            let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
            try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
            while ContinuousClock.now < deadline {
                let version = try session.store.version()
                if version != last {
                    last = version
                    let data = try JSONEncoder().encode(HallState(session))
                    try await writer.write(ByteBuffer(string: "event: state\ndata: " + String(decoding: data, as: UTF8.self) + "\n\n"))
                    sent += 1
                    if let limit, sent >= limit { break }
                }
                try await Task.sleep(for: .milliseconds(250))
            }
            try await writer.finish(nil)
        })
    }
}

extension RefusalBody {
    init(code: String, message: String, message_en: String) {
        self.code = code
        self.message = message
        self.message_en = message_en
    }
}
