import Count

/// The JSON the counting room's API reads and writes (keys in snake_case as written here).

struct EnterBody: Decodable, Sendable {
    var election: String
    var round: Int
    var pile: Int
    var position: Int
    /// `BallotReading.canonical`: `K:1,3,5`, `A:yyn-`, `I:more-names-than-seats`.
    var reading: String
    var correction: Bool?
}

struct CloseBody: Decodable, Sendable {
    var election: String
    var round: Int
    var pile: Int
    var ballots: Int
}

struct HandedOutBody: Decodable, Sendable {
    var election: String
    var round: Int
    var issued: Int
    var collected: Int
}

struct DecideBody: Decodable, Sendable {
    var election: String
    var round: Int
    var pile: Int
    var position: Int
    /// A canonical reading, or `none` when no ballot lies at the position.
    var reading: String
}

struct RoundBody: Decodable, Sendable {
    var election: String
    var round: Int
}

struct RefusalBody: Encodable, Sendable {
    var code: String
    var message: String
    var message_en: String

    init(_ refusal: CountRefusal) {
        code = refusal.code
        message = refusal.vietnamese
        message_en = refusal.english
    }
}

struct EntryAck: Encodable, Sendable {
    var id: Int64
    var pile: Int
    var position: Int
    var revision: Int
    var reading: String
}

struct MeBody: Encodable, Sendable {
    var name: String
    var role: String
}

struct MismatchBody: Encodable, Sendable {
    struct Reading: Encodable, Sendable {
        var clerk: String
        var reading: String?
    }
    var pile: Int
    var position: Int
    var readings: [Reading]
    var decision: String?
    var decided_by: String?
    var decided_at: String?
}

struct ReconciliationBody: Encodable, Sendable {
    var mismatches: [MismatchBody]
    var open: Int
    var problems: [String]
}

struct PublishedBody: Encodable, Sendable {
    var check_code: String
    var elected: [String]
    var results_file: String?
}
