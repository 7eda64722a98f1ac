import Count
import CountServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The API through HTTP with tokens (Hummingbird's test client, the router in process): roles, refusals with their
/// codes and nothing stored, the double entry reconciled and published, the hall state without a token.
struct CountAPITests {
    func app(_ f: CountFixture, written: ResultsSink = ResultsSink()) -> some ApplicationProtocol {
        let routes = CountRoutes(session: f.session, eventStreamSeconds: 2) { ballot in
            written.add("\(ballot.election)/\(ballot.round)")
            return "ket-qua-kiem-phieu.yaml"
        }
        return Application(router: routes.router())
    }

    func headers(_ token: String?) -> HTTPFields {
        var fields: HTTPFields = [.contentType: "application/json"]
        if let token { fields[.authorization] = "Bearer \(token)" }
        return fields
    }

    func body(_ object: [String: Any]) -> ByteBuffer {
        ByteBuffer(bytes: try! JSONSerialization.data(withJSONObject: object))
    }

    /// The response's JSON object ([:] when it is not one, which the checks then see).
    func object(_ response: TestResponse) -> [String: Any] {
        ((try? JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))) as? [String: Any]) ?? [:]
    }

    @Test func rolesAndRefusalsOverHTTP() async throws {
        let f = try CountFixture()
        let (head, clerk1) = (f.tokens[0], f.tokens[1])
        try await app(f).test(.router) { client in
            let enter: [String: Any] = ["election": "chi-uy", "round": 1, "pile": 1, "position": 1, "reading": "K:1,2,3"]
            // No token, an unknown token, the head entering: refused, nothing stored.
            try await client.execute(uri: "/api/enter", method: .post, headers: headers(nil), body: body(enter)) { r in
                #expect(r.status == .unauthorized)
                #expect(object(r)["code"] as? String == "DH540")
            }
            try await client.execute(uri: "/api/enter", method: .post, headers: headers("XXXXX-XXXXX-XXXXX-XXXXX"), body: body(enter)) { r in
                #expect(r.status == .unauthorized)
            }
            try await client.execute(uri: "/api/enter", method: .post, headers: headers(head), body: body(enter)) { r in
                #expect(r.status == .forbidden)
                #expect(object(r)["message"] as? String == "vai trò này không được làm việc đó — cần: người nhập phiếu")
            }
            // The clerk enters; the same position again is refused (409), a correction is accepted.
            try await client.execute(uri: "/api/enter", method: .post, headers: headers(clerk1), body: body(enter)) { r in
                #expect(r.status == .created)
                #expect(object(r)["revision"] as? Int == 0)
            }
            try await client.execute(uri: "/api/enter", method: .post, headers: headers(clerk1), body: body(enter)) { r in
                #expect(r.status == .conflict)
                #expect(object(r)["code"] as? String == "DH544")
            }
            var correction = enter
            correction["correction"] = true
            correction["reading"] = "K:1,2"
            try await client.execute(uri: "/api/enter", method: .post, headers: headers(clerk1), body: body(correction)) { r in
                #expect(r.status == .created)
                #expect(object(r)["revision"] as? Int == 1)
            }
            // A name not on the ballot, too many names kept, malformed JSON: 422 with the code.
            for (reading, code) in [("K:1,9", "DH546"), ("K:1,2,3,4", "DH547"), ("K:", "DH548"), ("A:y", "DH549")] {
                var bad = enter
                bad["position"] = 2
                bad["reading"] = reading
                try await client.execute(uri: "/api/enter", method: .post, headers: headers(clerk1), body: body(bad)) { r in
                    #expect(r.status.code == 422)
                    #expect(object(r)["code"] as? String == code, "\(reading)")
                }
            }
            try await client.execute(uri: "/api/enter", method: .post, headers: headers(clerk1), body: ByteBuffer(string: "{not json")) { r in
                #expect(object(r)["code"] as? String == "DH552")
            }
            // A clerk may not publish nor see the reconciliation; the hall state needs no token.
            try await client.execute(uri: "/api/publish", method: .post, headers: headers(clerk1), body: body(["election": "chi-uy", "round": 1])) { r in
                #expect(r.status == .forbidden)
            }
            try await client.execute(uri: "/api/reconciliation?election=chi-uy&round=1", method: .get, headers: headers(clerk1)) { r in
                #expect(r.status == .forbidden)
            }
            try await client.execute(uri: "/api/state", method: .get) { r in
                #expect(r.status == .ok)
                let rounds = try #require(object(r)["rounds"] as? [[String: Any]])
                #expect(rounds.map { $0["election"] as? String } == ["chi-uy", "bi-thu"])
                #expect(rounds[0]["names"] as? [String] == ["Vũ Minh Đức", "Trần Thị Hòa", "Phạm Thị Lan", "Nguyễn Văn Thắng"])
                // Progress only: no reading of any ballot.
                #expect(String(decoding: r.body.readableBytesView, as: UTF8.self).contains("K:") == false)
            }
        }
        // One entry and its correction: exactly what was acknowledged.
        #expect(try f.session.store.log(election: "chi-uy", round: 1).entries.map(\.reading) == ["K:1,2,3", "K:1,2"])
    }

    @Test func doubleEntryReconciledAndPublishedOverHTTP() async throws {
        let f = try CountFixture()
        let (head, clerks) = (f.tokens[0], Array(f.tokens[1...2]))
        let sink = ResultsSink()
        try await app(f, written: sink).test(.router) { client in
            try await client.execute(uri: "/api/handed-out", method: .post, headers: headers(head),
                                     body: body(["election": "chi-uy", "round": 1, "issued": 15, "collected": 15])) { r in
                #expect(r.status == .ok)
            }
            for (p, pile) in CountSessionTests.truth.enumerated() {
                for (c, token) in clerks.enumerated() {
                    for (i, reading) in pile.enumerated() {
                        let misread = c == 1 && (p, i) == (0, 2) ? "K:1,3" : c == 1 && (p, i) == (1, 6) ? "K:1,2,4" : reading
                        try await client.execute(uri: "/api/enter", method: .post, headers: headers(token),
                                                 body: body(["election": "chi-uy", "round": 1, "pile": p + 1, "position": i + 1, "reading": misread])) { r in
                            #expect(r.status == .created)
                        }
                    }
                    try await client.execute(uri: "/api/close", method: .post, headers: headers(token),
                                             body: body(["election": "chi-uy", "round": 1, "pile": p + 1, "ballots": pile.count])) { r in
                        #expect(r.status == .ok)
                    }
                }
            }
            // The head sees the two mismatches with each clerk's reading by name.
            try await client.execute(uri: "/api/reconciliation?election=chi-uy&round=1", method: .get, headers: headers(head)) { r in
                let o = object(r)
                #expect(o["open"] as? Int == 2)
                let first = try #require((o["mismatches"] as? [[String: Any]])?.first)
                #expect(first["pile"] as? Int == 1 && first["position"] as? Int == 3)
                let readings = try #require(first["readings"] as? [[String: Any]])
                #expect(readings.map { $0["clerk"] as? String } == ["Người nhập 1", "Người nhập 2"])
                #expect(readings.map { $0["reading"] as? String } == ["K:1,3,4", "K:1,3"])
            }
            try await client.execute(uri: "/api/publish", method: .post, headers: headers(head), body: body(["election": "chi-uy", "round": 1])) { r in
                #expect(r.status == .conflict)
                #expect(object(r)["code"] as? String == "DH556")
            }
            for (pile, position) in [(1, 3), (2, 7)] {
                try await client.execute(uri: "/api/decide", method: .post, headers: headers(head),
                                         body: body(["election": "chi-uy", "round": 1, "pile": pile, "position": position, "reading": "K:1,3,4"])) { r in
                    #expect(r.status == .ok)
                }
            }
            try await client.execute(uri: "/api/publish", method: .post, headers: headers(head), body: body(["election": "chi-uy", "round": 1])) { r in
                #expect(r.status == .ok)
                let o = object(r)
                #expect(o["elected"] as? [String] == ["Vũ Minh Đức", "Trần Thị Hòa", "Phạm Thị Lan"])
                #expect((o["check_code"] as? String)?.count == 64)
            }
            // Published: no more entries.
            try await client.execute(uri: "/api/enter", method: .post, headers: headers(clerks[0]),
                                     body: body(["election": "chi-uy", "round": 1, "pile": 3, "position": 1, "reading": "K:1,2,3"])) { r in
                #expect(r.status == .conflict)
                #expect(object(r)["code"] as? String == "DH543")
            }
            // The hall shows the result: 11, 10, 10, 5 of base 15.
            try await client.execute(uri: "/api/state", method: .get) { r in
                let round = try #require((object(r)["rounds"] as? [[String: Any]])?.first)
                #expect(round["published"] as? Bool == true)
                #expect((round["results"] as? [[String: Any]])?.map { $0["votes"] as? Int } == [11, 10, 10, 5])
                #expect((round["results"] as? [[String: Any]])?.map { $0["percent"] as? String } == ["73,33%", "66,67%", "66,67%", "33,33%"])
                #expect(round["valid"] as? Int == 13 && round["invalid"] as? Int == 2 && round["base"] as? Int == 15)
            }
            // The published log, whose SHA-256 is the check code; none before publication.
            try await client.execute(uri: "/api/log?election=chi-uy&round=1", method: .get) { r in
                let text = String(decoding: r.body.readableBytesView, as: UTF8.self)
                #expect(r.status == .ok)
                #expect(CheckCode.of(text) == (try? f.session.checkCode(f.session.ballot(election: "chi-uy", round: 1))))
                #expect(CheckCode.of(text) == (try? f.session.store.publications().first?.checkCode))
                #expect(text.split(separator: "\n").filter { $0.hasPrefix("decision\t") }.count == 2)
            }
            try await client.execute(uri: "/api/log?election=bi-thu&round=1", method: .get) { r in
                #expect(r.status == .conflict)
            }
            // The event stream sends the same state (one event, then closes).
            try await client.execute(uri: "/api/events?limit=1", method: .get) { r in
                let text = String(decoding: r.body.readableBytesView, as: UTF8.self)
                #expect(r.headers[.contentType] == "text/event-stream")
                #expect(text.hasPrefix("retry: 1000\n\nevent: state\ndata: {"))
                #expect(text.contains("\"published\":true"))
            }
        }
        #expect(sink.items == ["chi-uy/1"])
    }

    @Test func thePagesAreServedWithoutExternalAssets() async throws {
        let f = try CountFixture()
        try await app(f).test(.router) { client in
            for path in ["/", "/nhap", "/truong-ban"] {
                try await client.execute(uri: path, method: .get) { r in
                    let page = String(decoding: r.body.readableBytesView, as: UTF8.self)
                    #expect(r.status == .ok)
                    #expect(page.hasPrefix("<!DOCTYPE html><html lang=\"vi\">"))
                    #expect(!page.contains("http://") && !page.contains("https://"), "\(path) loads nothing from outside")
                    #expect(!page.contains("innerHTML"), "\(path) puts data on the page as text only")
                }
            }
        }
    }
}

/// What the publish hook was called with.
final class ResultsSink: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    func add(_ item: String) { lock.lock(); stored.append(item); lock.unlock() }
    var items: [String] { lock.lock(); defer { lock.unlock() }; return stored }
}
