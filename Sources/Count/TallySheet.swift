import Derive
import Elections

/// Biên bản kiểm đếm của tổ kiểm phiếu — the figures one counting group (tổ kiểm phiếu) wrote on its tally sheet
/// after counting its share of the ballots by hand: the ballots it counted, how many were valid, the invalid ones by
/// the thể lệ's reason, and each name's votes in the ballot's order (the names kept on a ballot with surplus, the
/// "đồng ý" on one without). Tally mode of `daihoi count` enters these sheets instead of single ballots.
///
/// A sheet is stored as one canonical line of named fields (`fields`), so two clerks' entries are compared field by
/// field and the head decides one figure at a time.
public struct TallySheet: Sendable, Hashable {
    /// Số phiếu tổ kiểm.
    public var ballots: Int
    /// Số phiếu hợp lệ.
    public var valid: Int
    /// Phiếu không hợp lệ by reason: every reason the ballot's form admits, zero included.
    public var invalid: [InvalidBallotReason: Int]
    /// Votes per name, in ballot order (index 0 is position 1).
    public var votes: [Int]

    public init(ballots: Int, valid: Int, invalid: [InvalidBallotReason: Int], votes: [Int]) {
        self.ballots = ballots
        self.valid = valid
        self.invalid = invalid
        self.votes = votes
    }

    /// Số phiếu không hợp lệ.
    public var invalidTotal: Int { invalid.values.reduce(0, +) }

    /// The field names of a sheet for `ballot`, in the order the sheet prints them: `ballots`, `valid`,
    /// `invalid.<reason>` for each reason of the form, `votes.<position>` for each name.
    public static func fieldNames(for ballot: CountedBallot) -> [String] {
        ["ballots", "valid"] + reasons(for: ballot).map { "invalid." + $0.code }
            + ballot.candidates.indices.map { "votes.\($0 + 1)" }
    }

    /// The reasons of the thể lệ that can make this ballot invalid (`InvalidBallotReason.applies(to:)`).
    public static func reasons(for ballot: CountedBallot) -> [InvalidBallotReason] {
        InvalidBallotReason.allCases.filter { $0.applies(to: ballot.form) }
    }

    /// What each field is called on the sheet and the entry page, in the order of `fieldNames(for:)`: "Số phiếu tổ
    /// kiểm", "Số phiếu hợp lệ", each invalid reason in the thể lệ's words, each name with its number on the ballot.
    public static func fieldLabels(for ballot: CountedBallot) -> [String] {
        ["Số phiếu tổ kiểm", "Số phiếu hợp lệ"]
            + reasons(for: ballot).map { "Không hợp lệ: " + RoundTally.printed($0) }
            + ballot.names.enumerated().map { "\($0.offset + 1). \($0.element)" }
    }

    /// The sheet's figures by field name (`fieldNames(for:)`).
    public func fields(for ballot: CountedBallot) -> [(name: String, value: Int)] {
        [("ballots", ballots), ("valid", valid)]
            + Self.reasons(for: ballot).map { ("invalid." + $0.code, invalid[$0] ?? 0) }
            + votes.enumerated().map { ("votes.\($0.offset + 1)", $0.element) }
    }

    /// `ballots=15;valid=13;invalid.not-issued-by-board=0;…;votes.1=11;votes.2=10` — every field, in order.
    public func canonical(for ballot: CountedBallot) -> String {
        fields(for: ballot).map { "\($0.name)=\($0.value)" }.joined(separator: ";")
    }

    /// A sheet from its fields by name; `nil` unless every field of the ballot is there exactly once, each a count.
    public init?(fields: [String: Int], ballot: CountedBallot) {
        let names = Self.fieldNames(for: ballot)
        guard fields.count == names.count, names.allSatisfy({ (fields[$0] ?? -1) >= 0 }) else { return nil }
        var invalid: [InvalidBallotReason: Int] = [:]
        for reason in Self.reasons(for: ballot) { invalid[reason] = fields["invalid." + reason.code] }
        self.init(ballots: fields["ballots"]!, valid: fields["valid"]!, invalid: invalid,
                  votes: ballot.candidates.indices.map { fields["votes.\($0 + 1)"]! })
    }

    /// Reads a canonical line back (`canonical(for:)`); `nil` for anything else.
    public init?(canonical: String, ballot: CountedBallot) {
        guard let fields = Self.parse(canonical) else { return nil }
        self.init(fields: fields, ballot: ballot)
    }

    /// The fields of a canonical line, by name; `nil` when a part is not `name=count` or a name repeats.
    public static func parse(_ canonical: String) -> [String: Int]? {
        var fields: [String: Int] = [:]
        for part in canonical.split(separator: ";", omittingEmptySubsequences: false) {
            let pair = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard pair.count == 2, let value = Int(pair[1]), value >= 0, fields[String(pair[0])] == nil else { return nil }
            fields[String(pair[0])] = value
        }
        return fields
    }

    /// Cân đối của một tổ — what a sheet's figures must satisfy, whatever the ballots said:
    /// - valid + invalid = the ballots the group counted;
    /// - no name has more votes than valid ballots (a ballot gives a name one vote at most);
    /// - the votes of all names together are at most seats × valid (a valid ballot keeps, or approves, at most as
    ///   many names as places: a ballot keeping more is invalid, QĐ 190-QĐ/TW Điều 30, `InvalidBallotReason`);
    /// - on a ballot with surplus, at least valid (a valid one keeps at least one name: striking every name makes
    ///   it invalid, `InvalidBallotReason.noNameKept`).
    public func imbalances(for ballot: CountedBallot) -> [Imbalance] {
        var found: [Imbalance] = []
        if valid + invalidTotal != ballots {
            found.append(.partsDoNotAddUp(valid: valid, invalid: invalidTotal, ballots: ballots))
        }
        for (index, count) in votes.enumerated() where count > valid {
            found.append(.votesAboveValid(position: index + 1, name: ballot.names[index], votes: count, valid: valid))
        }
        let total = votes.reduce(0, +)
        if total > ballot.seats * valid {
            found.append(.votesAboveSeats(total: total, seats: ballot.seats, valid: valid))
        }
        if ballot.form == .strikeNames, total < valid {
            found.append(.votesBelowValid(total: total, valid: valid))
        }
        return found
    }

    /// One way a sheet's figures contradict each other.
    public enum Imbalance: Sendable, Equatable {
        case partsDoNotAddUp(valid: Int, invalid: Int, ballots: Int)
        case votesAboveValid(position: Int, name: String, votes: Int, valid: Int)
        case votesAboveSeats(total: Int, seats: Int, valid: Int)
        case votesBelowValid(total: Int, valid: Int)

        public var vietnamese: String {
            switch self {
            case .partsDoNotAddUp(let v, let i, let b):
                "hợp lệ \(v) + không hợp lệ \(i) = \(v + i), khác số phiếu của tổ \(b)"
            case .votesAboveValid(let p, let name, let votes, let valid):
                "\(p). \(name) được \(votes) phiếu, nhiều hơn số phiếu hợp lệ \(valid)"
            case .votesAboveSeats(let total, let seats, let valid):
                "tổng số phiếu bầu các tên \(total) lớn hơn số lượng cần bầu × phiếu hợp lệ = \(seats) × \(valid) = \(seats * valid)"
            case .votesBelowValid(let total, let valid):
                "tổng số phiếu bầu các tên \(total) nhỏ hơn số phiếu hợp lệ \(valid) (phiếu hợp lệ để lại ít nhất một tên)"
            }
        }

        public var english: String {
            switch self {
            case .partsDoNotAddUp(let v, let i, let b):
                "valid \(v) + invalid \(i) = \(v + i), not the group's \(b) ballots"
            case .votesAboveValid(let p, let name, let votes, let valid):
                "\(p). \(name) has \(votes) votes, more than the \(valid) valid ballots"
            case .votesAboveSeats(let total, let seats, let valid):
                "the names' votes total \(total), more than places × valid ballots = \(seats) × \(valid) = \(seats * valid)"
            case .votesBelowValid(let total, let valid):
                "the names' votes total \(total), fewer than the \(valid) valid ballots (a valid ballot keeps at least one name)"
            }
        }
    }
}
