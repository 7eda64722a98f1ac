/// Cơ cấu — one breakdown of the delegates (by gender, by age …): rows whose counts add up to the whole.
///
/// Everyone is counted in exactly one row; a value missing from the data is its own row, "không rõ",
/// so nobody is dropped and the rows always add up.
public struct Breakdown: Sendable, Equatable {
    /// "Về giới tính".
    public let title: String
    /// The whole the rows divide: everyone summoned.
    public let whole: Int
    public let rows: [Row]

    /// One row: "Nữ: 5 đồng chí".
    public struct Row: Sendable, Equatable {
        public let label: String
        public let count: Int
    }

    /// A breakdown of `items` into `labels` (in this order) by `classify`; `nil` is counted as "không rõ"
    /// (a row shown only when someone falls in it).
    init<T>(title: String, items: [T], labels: [String], classify: (T) -> String?) {
        self.title = title
        whole = items.count
        var counts = Dictionary(uniqueKeysWithValues: labels.map { ($0, 0) })
        var unknown = 0
        for item in items {
            if let label = classify(item), counts[label] != nil { counts[label, default: 0] += 1 } else { unknown += 1 }
        }
        rows = labels.map { Row(label: $0, count: counts[$0] ?? 0) }
            + (unknown > 0 ? [Row(label: Self.unknownLabel, count: unknown)] : [])
    }

    /// "không rõ".
    public static let unknownLabel = "không rõ"

    /// The sum of the rows (equal to `whole` by construction; tests check it).
    public var total: Int { rows.reduce(0) { $0 + $1.count } }

    /// The count of a row, 0 when there is no such row.
    public func count(_ label: String) -> Int { rows.first { $0.label == label }?.count ?? 0 }
}
