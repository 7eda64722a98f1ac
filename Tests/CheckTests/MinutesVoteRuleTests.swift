import Check
import CongressModel
import Diagnostics
import Load
import Testing

/// The votes the minutes state in their own place (issue 13 §4): the one approving the minutes (DH275), the
/// ones electing the working bodies (DH276, DH277); each rule on a passing and a failing case.
struct MinutesVoteRuleTests {
    private func check(_ motions: String) throws -> [String] {
        let yaml = CheckRuleTests.base + "\nmotions:\n" + motions
        let loaded = CongressLoader().load(text: yaml, file: "congress.yaml")
        let congress = try #require(loaded.congress, "\(loaded.diagnostics)")
        return CongressChecker().check(congress).map {
            "\($0.code) \($0.severity.rawValue) \($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.message.text(in: .en))"
        }
    }

    @Test func oneVoteApprovesTheMinutes() throws {
        let motions = """
              - {subject: Thông qua Biên bản, for: 5, minutes: true}
              - {subject: Thông qua Biên bản lần 2, for: 4, minutes: true}
            """
        let found = try check(motions)
        #expect(found == [
            "DH275 error 26:5 motion 'Thông qua Biên bản lần 2' is also marked minutes: true — only one vote approves the minutes; they follow 'Thông qua Biên bản'",
        ], "\(found)")
        #expect(try check(motions.replacingOccurrences(of: "for: 4, minutes: true", with: "for: 4")).isEmpty)
    }

    /// The quy chế làm việc cites one vote (DH430).
    @Test func oneVoteAdoptsTheWorkingRules() throws {
        let motions = """
              - {subject: Thông qua quy chế làm việc, for: 5, working_rules: true}
              - {subject: Thông qua quy chế lần 2, for: 4, working_rules: true}
            """
        let found = try check(motions)
        #expect(found == [
            "DH430 error 26:5 motion 'Thông qua quy chế lần 2' is also marked working_rules: true — only one vote adopts the working rules; they follow 'Thông qua quy chế làm việc'",
        ], "\(found)")
        #expect(try check(motions.replacingOccurrences(of: "for: 4, working_rules: true", with: "for: 4")).isEmpty)
    }

    @Test func aVoteElectsBodiesThatHaveMembers() throws {
        // The base congress is a đại hội đảng viên: no Ban Thẩm tra.
        let motions = "  - {subject: Bầu các cơ quan làm việc, for: 5, elects: [presidium, credentials]}\n"
        let found = try check(motions)
        #expect(found == [
            "DH276 error 25:5 motion 'Bầu các cơ quan làm việc' elects bodies.credentials, which has no members — drop 'credentials' from 'elects' or list its members under bodies.credentials",
        ], "\(found)")
        #expect(try check(motions.replacingOccurrences(of: "credentials", with: "secretariat")).isEmpty)
    }

    @Test func aBodyIsElectedOnce() throws {
        let motions = """
              - {subject: Bầu Chủ tịch Đại hội, for: 5, elects: [presidium]}
              - {subject: Bầu Thư ký và Ban Kiểm phiếu, for: 5, elects: [secretariat, vote_counting, presidium]}
            """
        let found = try check(motions)
        #expect(found == [
            "DH277 error 26:5 bodies.presidium is elected by two motions ('Bầu Chủ tịch Đại hội' and 'Bầu Thư ký và Ban Kiểm phiếu') — name each working body in the 'elects' of one motion",
        ], "\(found)")
        #expect(try check(motions.replacingOccurrences(of: ", presidium]", with: "]")).isEmpty)
    }

    /// The loader reads `elects`, `minutes` and `draft_comments`; a body that is not a key of `bodies:` is refused.
    @Test func loadsTheNewData() throws {
        let yaml = CheckRuleTests.base + """

            motions:
              - {subject: Bầu Chủ tịch và Thư ký, for: 5, elects: [presidium, secretariat]}
              - {subject: Thông qua Biên bản, for: 4, against: 1, minutes: true}
            draft_comments:
              - {documents: dự thảo văn kiện cấp trên, count: 6, summary: Nhất trí.}
              - documents: dự thảo văn kiện Đại hội XIV
            """
        let congress = try #require(CongressLoader().load(text: yaml, file: "congress.yaml").congress)
        #expect(congress.motions.map(\.elects) == [[.presidium, .secretariat], []])
        #expect(congress.motions.map(\.approvesMinutes) == [false, true])
        #expect(congress.draftComments.map(\.documents) == ["dự thảo văn kiện cấp trên", "dự thảo văn kiện Đại hội XIV"])
        #expect(congress.draftComments.map(\.count) == [6, nil])
        #expect(congress.draftComments.map(\.summary) == ["Nhất trí.", nil])
        let bad = CongressLoader().load(text: yaml.replacingOccurrences(of: "[presidium, secretariat]", with: "[presidium, chairs]"),
                                        file: "congress.yaml")
        #expect(bad.congress == nil)
        #expect(bad.diagnostics.map(\.code) == ["DH107"], "\(bad.diagnostics.map { $0.message.text(in: .en) })")
        let negative = CongressLoader().load(text: yaml.replacingOccurrences(of: "count: 6", with: "count: -1"), file: "congress.yaml")
        #expect(negative.diagnostics.map(\.code) == ["DH108"], "\(negative.diagnostics.map { $0.message.text(in: .en) })")
    }
}
