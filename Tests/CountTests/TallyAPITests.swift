import Count
import CountServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Tally mode through HTTP (the router in process): the sheet's form, each group's sheet entered by two clerks, the
/// refusals with their codes in Vietnamese and English and nothing stored, the head deciding the one figure entered
/// differently, and publishing through the same `/api/publish` as ballot mode.
struct TallyAPITests {
    let api = CountAPITests()

    func sheet(_ group: Int, _ fields: [String: Int]) -> [String: Any] {
        ["election": "chi-uy", "round": 1, "group": group, "fields": fields]
    }

    @Test func groupsSheetsEnteredReconciledAndPublishedOverHTTP() async throws {
        let f = try CountFixture(congress: TallyModeTests.twoGroups)
        let (head, clerk1, clerk2) = (f.tokens[0], f.tokens[1], f.tokens[2])
        let written = ResultsSink()
        try await api.app(f, written: written).test(.router) { client in
            try await client.execute(uri: "/api/tally/form?election=chi-uy&round=1", method: .get, headers: api.headers(nil)) { r in
                let form = api.object(r)
                #expect(form["groups"] as? Int == 2)
                let fields = form["fields"] as? [[String: String]] ?? []
                #expect(fields.count == 11)
                #expect(fields.first == ["name": "ballots", "label": "Số phiếu tổ kiểm"])
                #expect(fields.last == ["name": "votes.4", "label": "4. Nguyễn Văn Thắng"])
            }
            // No token, the head entering: refused.
            try await client.execute(uri: "/api/tally/enter", method: .post, headers: api.headers(nil),
                                     body: api.body(sheet(1, TallyModeTests.group1))) { r in
                #expect(r.status == .unauthorized)
            }
            try await client.execute(uri: "/api/tally/enter", method: .post, headers: api.headers(head),
                                     body: api.body(sheet(1, TallyModeTests.group1))) { r in
                #expect(r.status == .forbidden && api.object(r)["code"] as? String == "DH541")
            }
            // A sheet that does not balance: 422, both languages, nothing stored.
            var unbalanced = TallyModeTests.group1
            unbalanced["ballots"] = 9
            try await client.execute(uri: "/api/tally/enter", method: .post, headers: api.headers(clerk1),
                                     body: api.body(sheet(1, unbalanced))) { r in
                #expect(r.status.code == 422)
                let o = api.object(r)
                #expect(o["code"] as? String == "DH561")
                #expect(o["message"] as? String == "biên bản của tổ 1 không cân đối: hợp lệ 7 + không hợp lệ 1 = 8, khác số phiếu của tổ 9 — tổ kiểm đếm lại")
                #expect((o["message_en"] as? String)?.hasPrefix("group 1's sheet does not balance") == true)
            }
            try await client.execute(uri: "/api/tally/enter", method: .post, headers: api.headers(clerk1),
                                     body: api.body(sheet(3, TallyModeTests.group1))) { r in
                #expect(api.object(r)["code"] as? String == "DH553")
            }
            #expect(try f.session.store.log(election: "chi-uy", round: 1).tallyEntries.isEmpty)

            // Clerk 1 enters both sheets as written; clerk 2 reads Hòa's figure of group 1 as 5.
            var misread = TallyModeTests.group1
            misread["votes.2"] = 5
            for (token, group1) in [(clerk1, TallyModeTests.group1), (clerk2, misread)] {
                for (group, fields) in [(1, group1), (2, TallyModeTests.group2)] {
                    try await client.execute(uri: "/api/tally/enter", method: .post, headers: api.headers(token),
                                             body: api.body(sheet(group, fields))) { r in
                        #expect(r.status == .created && api.object(r)["revision"] as? Int == 0)
                    }
                }
            }
            try await client.execute(uri: "/api/tally/enter", method: .post, headers: api.headers(clerk1),
                                     body: api.body(sheet(1, TallyModeTests.group1))) { r in
                #expect(r.status == .conflict && api.object(r)["code"] as? String == "DH563")
            }
            // A ballot cannot be entered into a round counted by groups.
            try await client.execute(uri: "/api/enter", method: .post, headers: api.headers(clerk1),
                                     body: api.body(["election": "chi-uy", "round": 1, "pile": 1, "position": 1, "reading": "K:1,2,3"])) { r in
                #expect(r.status == .conflict && api.object(r)["code"] as? String == "DH560")
            }
            // The clerk sees their own sheet again, never another's.
            try await client.execute(uri: "/api/tally/sheet?election=chi-uy&round=1&group=1", method: .get, headers: api.headers(clerk2)) { r in
                let mine = (try? JSONSerialization.jsonObject(with: Data(r.body.readableBytesView))) as? [[String: Any]] ?? []
                #expect((mine.first?["sheet"] as? String)?.contains("votes.2=5") == true)
            }

            // Reconciliation: the head only; one figure differs.
            try await client.execute(uri: "/api/tally/reconciliation?election=chi-uy&round=1", method: .get, headers: api.headers(clerk1)) { r in
                #expect(r.status == .forbidden)
            }
            try await client.execute(uri: "/api/tally/reconciliation?election=chi-uy&round=1", method: .get, headers: api.headers(head)) { r in
                let o = api.object(r)
                #expect(o["open"] as? Int == 1)
                let m = (o["mismatches"] as? [[String: Any]])?.first ?? [:]
                #expect(m["group"] as? Int == 1 && m["field"] as? String == "votes.2" && m["label"] as? String == "2. Trần Thị Hòa")
                #expect((m["values"] as? [[String: Any]])?.map { $0["value"] as? Int } == [6, 5])
                #expect((m["values"] as? [[String: Any]])?.map { $0["clerk"] as? String } == ["Người nhập 1", "Người nhập 2"])
            }
            try await client.execute(uri: "/api/publish", method: .post, headers: api.headers(head),
                                     body: api.body(["election": "chi-uy", "round": 1])) { r in
                #expect(r.status == .conflict && api.object(r)["code"] as? String == "DH556")
            }
            // The hall sees each group's progress (never a figure): both groups entered twice, group 2 settled.
            try await client.execute(uri: "/api/state", method: .get, headers: api.headers(nil)) { r in
                let round = (api.object(r)["rounds"] as? [[String: Any]])?.first { $0["election"] as? String == "chi-uy" } ?? [:]
                let groups = round["groups"] as? [[String: Any]] ?? []
                #expect(groups.map { "\($0["number"] ?? "") \($0["entered"] ?? "") \($0["settled"] as? Bool == true)" } == ["1 2 false", "2 2 true"])
                #expect(round["counted"] as? Int == 7)
            }
            let decide: [String: Any] = ["election": "chi-uy", "round": 1, "group": 1, "field": "votes.2", "value": 6]
            try await client.execute(uri: "/api/tally/decide", method: .post, headers: api.headers(clerk1), body: api.body(decide)) { r in
                #expect(r.status == .forbidden)
            }
            var agreed = decide
            agreed["field"] = "votes.1"
            try await client.execute(uri: "/api/tally/decide", method: .post, headers: api.headers(head), body: api.body(agreed)) { r in
                #expect(r.status == .conflict && api.object(r)["code"] as? String == "DH565")
            }
            try await client.execute(uri: "/api/tally/decide", method: .post, headers: api.headers(head), body: api.body(decide)) { r in
                #expect(r.status == .ok)
            }
            try await client.execute(uri: "/api/handed-out", method: .post, headers: api.headers(head),
                                     body: api.body(["election": "chi-uy", "round": 1, "issued": 15, "collected": 15])) { r in
                #expect(r.status == .ok)
            }
            try await client.execute(uri: "/api/publish", method: .post, headers: api.headers(head),
                                     body: api.body(["election": "chi-uy", "round": 1])) { r in
                #expect(r.status == .ok)
                let o = api.object(r)
                #expect(o["elected"] as? [String] == ["Vũ Minh Đức", "Trần Thị Hòa", "Phạm Thị Lan"])
                #expect((o["check_code"] as? String)?.count == 64)
            }
            #expect(written.items == ["chi-uy/1"])
            // Published: the sheets take nothing more; the log anyone can hash holds the sheets and the decision.
            try await client.execute(uri: "/api/tally/enter", method: .post, headers: api.headers(clerk1),
                                     body: api.body(sheet(2, TallyModeTests.group2).merging(["correction": true]) { $1 })) { r in
                #expect(r.status == .conflict && api.object(r)["code"] as? String == "DH543")
            }
            try await client.execute(uri: "/api/log?election=chi-uy&round=1", method: .get, headers: api.headers(nil)) { r in
                let text = String(buffer: r.body)
                #expect(text.split(separator: "\n").filter { $0.hasPrefix("tally\t") }.count == 4)
                #expect(text.contains("\ntally-decision\t"))
                let stored = try f.session.store.publications().first?.checkCode
                #expect(CheckCode.of(text) == stored)
            }
            try await client.execute(uri: "/api/state", method: .get, headers: api.headers(nil)) { r in
                let round = (api.object(r)["rounds"] as? [[String: Any]])?.first { $0["election"] as? String == "chi-uy" } ?? [:]
                #expect(round["counted"] as? Int == 15 && round["valid"] as? Int == 13)
            }
            // The pages: Vietnamese, nothing loaded from elsewhere.
            for page in ["/kiem-dem", "/truong-ban/kiem-dem"] {
                try await client.execute(uri: page, method: .get, headers: api.headers(nil)) { r in
                    let html = String(buffer: r.body)
                    #expect(r.status == .ok && html.contains("lang=\"vi\"") && html.contains("kiểm đếm"))
                    #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("src="))
                }
            }
        }
    }
}
