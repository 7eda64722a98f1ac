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
        // Delegates of one delegation mostly follow one another: a run of them is counted before it is hashed,
        // so a list without delegations hashes nothing (hashing each delegate's cost 0.26 M of a 300-delegate
        // list's 32 M instructions, callgrind).
        var run: (delegation: String?, count: Int)?
        func close(_ run: (delegation: String?, count: Int)) {
            if counts[run.delegation] == nil { order.append(run.delegation) }
            counts[run.delegation, default: 0] += run.count
        }
        for delegate in delegates {
            if let current = run, current.delegation == delegate.delegation {
                run = (current.delegation, current.count + 1)
            } else {
                if let current = run { close(current) }
                run = (delegate.delegation, 1)
            }
        }
        if let current = run { close(current) }
        // The delegates without a delegation after every named one.
        let named = order.compactMap { $0 }.map { Optional($0) }
        groups = (named + (counts[nil] == nil ? [] : [nil])).map { Group(name: $0, count: counts[$0] ?? 0) }
    }
}
