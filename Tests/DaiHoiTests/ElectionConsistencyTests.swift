import CongressModel
import DaiHoi
import Derive
import Load
import Testing
import TestSupport

/// The papers name the same elections from one list (issue 13 §2 "Consistency"): `ElectionList` is derived
/// once, and the vote-count minutes, the ballots, the congress minutes and the resolution are each read
/// against it — every election named, in the list's order, with the same name; the vote-count minutes have one
/// sheet per round counted, the first meeting's in their own series.
struct ElectionConsistencyTests {
    static func sample(_ name: String) throws -> Congress {
        let file = Repository.samples.appendingPathComponent(name).appendingPathComponent("congress.yaml").path
        return try #require(CongressLoader().load(file: file).congress)
    }

    /// Where each name is found in `text`, each searched after the previous one; `nil` for a name not found there.
    static func positions(of names: [String], in text: String) -> [String.Index?] {
        var from = text.startIndex
        return names.map { name in
            guard let range = text.range(of: name, range: from..<text.endIndex) else { return nil }
            from = range.upperBound
            return range.lowerBound
        }
    }

    @Test(arguments: ["hung-ha", "chi-bo-khu-pho-3", "dang-bo-xa-tan-lap"])
    func everyPaperNamesTheElectionsOfTheList(sample: String) throws {
        let congress = try Self.sample(sample)
        let list = ElectionList(congress)
        #expect(!list.entries.isEmpty)
        // The ballot names the body; the minutes and the vote-count sheets say "Bầu …".
        for (kind, prefix) in [(DocumentKind.voteCount, "Bầu "), (.ballots, ""), (.minutes, "Bầu ")] {
            let text = try PaperWordingTests.text(kind, congress)
            // After "Bầu" the delegates are in lower case (`nameInText`); the ballot names the election as it is.
            let found = Self.positions(of: list.entries.map { prefix + (prefix.isEmpty ? $0.name : $0.nameInText) }, in: text.replacingOccurrences(of: "\n", with: " "))
            #expect(!found.contains(nil), "\(kind.rawValue) misses \(zip(list.entries, found).filter { $0.1 == nil }.map(\.0.name))")
        }
        // The first meeting's minutes name its elections, in the same order.
        if DocumentKind.firstMeeting.applies(to: congress) {
            let text = try PaperWordingTests.text(.firstMeeting, congress).replacingOccurrences(of: "\n", with: " ")
            #expect(!Self.positions(of: list.heldAtFirstMeeting.map { "Bầu \($0.nameInText)" }, in: text).contains(nil))
        }
        // The script, once its items name elections: each election the congress holds, with the list's name.
        if congress.sessions.contains(where: { $0.items.contains { !$0.elections.isEmpty } }) {
            let text = try PaperWordingTests.text(.script, congress).replacingOccurrences(of: "\n", with: " ")
            #expect(!Self.positions(of: list.heldByCongress.map { "Bầu \($0.name)" }, in: text).contains(nil))
            for entry in list.heldAtFirstMeeting { #expect(!text.contains("Bầu \(entry.name):")) }
        }
        // The resolution's election point, then its delegation point: every election that elected someone, in
        // the list's order within each point.
        let resolution = try PaperWordingTests.text(.resolution, congress).replacingOccurrences(of: "\n", with: " ")
        let withElected = list.entries.filter { !$0.outcome.elected.isEmpty }
        let elected = (withElected.filter { !$0.election.body.isDelegation } + withElected.filter { $0.election.body.isDelegation })
            .map(\.name)
        #expect(!Self.positions(of: elected, in: resolution).contains(nil), "resolution misses one of \(elected)")
        // One vote-count sheet per round counted, numbered in two series that add up to the list's rounds.
        let text = try PaperWordingTests.text(.voteCount, congress)
        let congressRounds = list.heldByCongress.reduce(0) { $0 + $1.outcome.rounds.count }
        let meetingRounds = list.heldAtFirstMeeting.reduce(0) { $0 + $1.outcome.rounds.count }
        #expect(text.components(separatedBy: "-BB/ĐH").count - 1 == congressRounds)
        #expect(text.components(separatedBy: "-BB/HN").count - 1 == meetingRounds)
        #expect(text.components(separatedBy: "BIÊN BẢN KIỂM PHIẾU").count - 1 == congressRounds + meetingRounds)
    }

    /// The Hưng Hà list, by hand: the congress elects the Ban Chấp hành and the delegation (official and
    /// alternate); the first meeting the Ban Thường vụ, the Bí thư and the Ủy ban Kiểm tra (two rounds).
    @Test func hungHaList() throws {
        // The script's election items name the congress's three elections, each once.
        let items = try Self.sample("hung-ha").sessions.flatMap(\.items).flatMap(\.elections)
        #expect(items == ["bch", "dbct", "dbdk"])
        let list = ElectionList(try Self.sample("hung-ha"))
        #expect(list.heldByCongress.map(\.election.id) == ["bch", "dbct", "dbdk"])
        #expect(list.heldAtFirstMeeting.map(\.election.id) == ["btv", "bi-thu", "ubkt"])
        #expect(list.entries.first { $0.election.id == "dbdk" }?.name
                == "Đại biểu dự khuyết đi dự Đại hội Đảng bộ tỉnh Thái Bình")
        // Base: 300 summoned − 3 absent with no alternate = 297 for the delegation; 41 (the committee) at the meeting.
        #expect(list.heldByCongress.map(\.outcome.base.value) == [297, 297, 297])
        #expect(list.heldAtFirstMeeting.map(\.outcome.base.value) == [41, 41, 41])
        // 15 official elected of 17 (146 and 131 are not more than 148,5); the two stand as alternates, both elected.
        #expect(list.entries.map(\.election.id) == ["bch", "dbct", "dbdk", "btv", "bi-thu", "ubkt"])
        #expect(list.entries[1].outcome.elected.count == 15)
        #expect(list.entries[2].outcome.elected.map(\.person.rawValue) == ["tuan", "hang"])
    }
}
