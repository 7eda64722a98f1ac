import CongressModel
import Template
import Testing
import Vietnamese
@testable import Derive

/// Đoàn đại biểu: the delegate list grouped by delegation where the data has delegations (DelegationGroups).
struct DelegationGroupsTests {
    @Test("delegations in the order the data first names them, those without one last; counts by hand")
    func groupsInOrderOfFirstMention() {
        let d = { (id: String, group: String?) in Delegate(person: PersonID(id), delegation: group) }
        let groups = DelegationGroups([d("a", "Đoàn 2"), d("b", nil), d("c", "Đoàn 1"), d("e", "Đoàn 2"), d("f", "Đoàn 2")]).groups
        #expect(groups.map(\.name) == ["Đoàn 2", "Đoàn 1", nil])
        #expect(groups.map(\.count) == [3, 1, 1])
        #expect(DelegationGroups([d("a", nil), d("b", nil)]).groups == [.init(name: nil, count: 2)])
    }

    @Test("the list: a heading per delegation with its count, A, B, C within each, numbers running on; none without delegations")
    func delegateListByDelegation() throws {
        var congress = Fixtures.chiBo()
        let plain = DelegatesViewModel(congress).templateValue
        #expect(plain["grouped"] == .bool(false))
        #expect(plain["groups"]?.elements.count == 1 && plain["groups"]?[0]?["heading"] == .bool(false))
        // The last three delegates of the file form "Đoàn 2", the others "Đoàn 1".
        let total = congress.delegates.count
        for index in congress.delegates.indices { congress.delegates[index].delegation = index >= total - 3 ? "Đoàn 2" : "Đoàn 1" }
        let value = DelegatesViewModel(congress).templateValue
        #expect(value["grouped"] == .bool(true))
        #expect(value["group_count"] == .string("2"))
        let groups = try #require(value["groups"]?.elements)
        #expect(groups.map { $0["heading"] } == [.string("Đoàn 1"), .string("Đoàn 2")])
        #expect(groups.map { $0["count"] } == [.string(String(total - 3)), .string("3")])
        let numbers = groups.flatMap { $0["rows"]?.elements ?? [] }.map { $0["number"] }
        #expect(numbers == (1...total).map { .string(String($0)) })
        // Within "Đoàn 2", the three last delegates of the file in A, B, C order.
        let names = (groups[1]["rows"]?.elements ?? []).compactMap { row -> String? in
            if case .string(let name)? = row["name"] { return name.replacingOccurrences(of: "\u{00A0}", with: " ") }
            return nil
        }
        let expected = congress.delegates.suffix(3).compactMap { congress.person($0.person)?.name }
        #expect(names == VietnameseCollation.sorted(expected, byName: { $0 }, tieBreak: .codePoints))
    }
}
