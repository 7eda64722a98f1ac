/// The JSON of tally mode's API (docs/count.md, "Kiểm theo tổ").

struct TallyEnterBody: Decodable, Sendable {
    var election: String
    var round: Int
    var group: Int
    /// Every figure of the sheet by field name (`TallySheet.fieldNames(for:)`): `ballots`, `valid`,
    /// `invalid.<reason>`, `votes.<position>`.
    var fields: [String: Int]
    var correction: Bool?
}

struct TallyDecideBody: Decodable, Sendable {
    var election: String
    var round: Int
    var group: Int
    var field: String
    var value: Int
}

struct TallyFormBody: Encodable, Sendable {
    struct Field: Encodable, Sendable {
        var name: String
        var label: String
    }
    var groups: Int
    var fields: [Field]
}

struct TallyEntryAck: Encodable, Sendable {
    var id: Int64
    var group: Int
    var revision: Int
    var sheet: String
}

struct TallyReconciliationBody: Encodable, Sendable {
    struct Group: Encodable, Sendable {
        var number: Int
        var clerks: [String]
        var complete: Bool
        var settled: Bool
    }
    struct Value: Encodable, Sendable {
        var clerk: String
        var value: Int
    }
    struct Mismatch: Encodable, Sendable {
        var group: Int
        var field: String
        var label: String
        var values: [Value]
        var decision: Int?
        var decided_by: String?
        var decided_at: String?
    }
    var groups: [Group]
    var mismatches: [Mismatch]
    var open: Int
    var problems: [String]
}
