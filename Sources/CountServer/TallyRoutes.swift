import Count
import Foundation
import Hummingbird

/// Tally mode's pages and API (docs/count.md, "Kiểm theo tổ"): clerks enter each counting group's sheet, the head
/// decides the figures they entered differently; publishing is the same `/api/publish` as ballot mode. Same rules as
/// `CountRoutes`: a token in the `Authorization` header for every change, a refusal as JSON with its code, nothing
/// stored on refusal.
struct TallyRoutes: Sendable {
    let session: CountSession

    func add(to router: Router<BasicRequestContext>) {
        let session = self.session
        router.get("/kiem-dem") { _, _ in CountRoutes.html(TallyPages.entry) }
        router.get("/truong-ban/kiem-dem") { _, _ in CountRoutes.html(TallyPages.head) }
        // The sheet's figures and their labels for a round (no token: the same as the printed sheet).
        router.get("/api/tally/form") { request, _ in
            CountRoutes.answer {
                let ballot = try Self.ballot(request, session)
                let fields = zip(TallySheet.fieldNames(for: ballot), TallySheet.fieldLabels(for: ballot))
                return try CountRoutes.json(TallyFormBody(groups: session.tallyGroups,
                                                          fields: fields.map { .init(name: $0, label: $1) }))
            }
        }
        // The clerk's own latest entry of a group's sheet (empty when none), to correct it.
        router.get("/api/tally/sheet") { request, _ in
            CountRoutes.answer {
                let clerk = try CountRoutes.member(request, session)
                try CountSession.require(clerk, .clerk)
                let ballot = try Self.ballot(request, session)
                guard let group = request.uri.queryParameters.get("group", as: Int.self) else {
                    throw CountRefusal.malformed("cần group")
                }
                let entry = try session.sheet(of: clerk, election: ballot.election, round: ballot.round, group: group)
                return try CountRoutes.json(entry.map { [TallyEntryAck(id: $0.id, group: $0.group, revision: $0.revision, sheet: $0.sheet)] } ?? [])
            }
        }
        router.post("/api/tally/enter") { request, _ in
            await CountRoutes.answerAsync {
                let clerk = try CountRoutes.member(request, session)
                let body = try await CountRoutes.decode(TallyEnterBody.self, request)
                let e = try await CountRoutes.offload {
                    try session.enterTally(clerk, election: body.election, round: body.round, group: body.group,
                                           fields: body.fields, correction: body.correction ?? false)
                }
                return try CountRoutes.json(TallyEntryAck(id: e.id, group: e.group, revision: e.revision, sheet: e.sheet),
                                            status: .created)
            }
        }
        router.get("/api/tally/reconciliation") { request, _ in
            CountRoutes.answer {
                let head = try CountRoutes.member(request, session)
                try CountSession.require(head, .head)
                let ballot = try Self.ballot(request, session)
                let names = Dictionary(try session.store.members().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
                let labels = Dictionary(uniqueKeysWithValues: zip(TallySheet.fieldNames(for: ballot), TallySheet.fieldLabels(for: ballot)))
                let r = try session.tallyReconciliation(ballot)
                return try CountRoutes.json(TallyReconciliationBody(
                    groups: r.groups.map { g in
                        .init(number: g.number, clerks: g.clerks.map { names[$0] ?? "\($0)" }, complete: g.isComparable,
                              settled: r.final[g.number] != nil)
                    },
                    mismatches: r.mismatches.map { m in
                        .init(group: m.group, field: m.field, label: labels[m.field] ?? m.field,
                              values: m.values.map { .init(clerk: names[$0.clerk] ?? "\($0.clerk)", value: $0.value) },
                              decision: m.decision?.value, decided_by: m.decision.flatMap { names[$0.head] },
                              decided_at: m.decision?.at)
                    },
                    open: r.open.count, problems: try session.tally(ballot).problems))
            }
        }
        router.post("/api/tally/decide") { request, _ in
            await CountRoutes.answerAsync {
                let head = try CountRoutes.member(request, session)
                let body = try await CountRoutes.decode(TallyDecideBody.self, request)
                try session.decideTally(head, election: body.election, round: body.round, group: body.group,
                                        field: body.field, value: body.value)
                return try CountRoutes.json(["ok": true])
            }
        }
    }

    /// The round named by the query's `election` and `round`.
    static func ballot(_ request: Request, _ session: CountSession) throws -> CountedBallot {
        let q = request.uri.queryParameters
        guard let election = q.get("election"), let round = q.get("round", as: Int.self) else {
            throw CountRefusal.malformed("cần election, round")
        }
        return try session.ballot(election: election, round: round)
    }
}
