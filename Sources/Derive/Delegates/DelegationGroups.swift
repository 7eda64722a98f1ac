import CongressModel

/// Đoàn đại biểu — the delegations the delegates sit with, in the order the data first names them; the delegates
/// the data gives none last, as a group without a name. No delegation at all is one group without a name.
public struct DelegationGroups: Sendable, Equatable {
    public struct Group: Sendable, Equatable {
        /// The delegation's name as the data gives it ("Đoàn đại biểu số 3"); `nil`: delegates without one.
        public let name: String?
        /// How many delegates it has.
        public let count: Int
    }

    public let groups: [Group]

    public init(_ delegates: [Delegate]) {
        var order: [String?] = []
        var counts: [String?: Int] = [:]
        for delegate in delegates {
            if counts[delegate.delegation] == nil { order.append(delegate.delegation) }
            counts[delegate.delegation, default: 0] += 1
        }
        // The delegates without a delegation after every named one.
        let named = order.compactMap { $0 }.map { Optional($0) }
        groups = (named + (counts[nil] == nil ? [] : [nil])).map { Group(name: $0, count: counts[$0] ?? 0) }
    }
}
