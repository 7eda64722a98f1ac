import CongressModel
import Derive
import Template
import Testing

/// The dossier's plan and its index: numbering without gaps in the order of the congress, required papers by kind
/// and by setting, page counts added up by hand.
struct DossierPlanTests {
    @Test func papersAreNumberedWithoutGapsAndMissingOnesNamed() {
        let congress = Fixtures.chiBo()    // no elections, no report: those papers are missing
        let plan = DossierPlan(congress)
        #expect(plan.papers.map(\.number) == Array(1...plan.papers.count))
        #expect(plan.papers.map(\.kind) == Dossier.order.filter { $0.applies(to: congress) })
        #expect(plan.papers.first?.fileName == "01-chuong-trinh-dai-hoi")
        #expect(plan.missing.map(\.kind) == [.openingSpeech, .report, .committeeReview, .draftComments, .nominations, .electionRules, .ballots, .voteCount, .firstMeeting, .resolution, .closingSpeech, .minutes, .approvalRequest, .resultsReport, .resultsNotice])
        // A đại hội đảng viên does not require a first meeting. The fixture has met no one yet (no count, no closing
        // time): the papers that record the congress come after it; everything else missing here is required.
        #expect(plan.beforeCongress)
        #expect(plan.missing.filter(\.required).map(\.kind) == [.report, .committeeReview, .nominations, .electionRules, .ballots, .resolution])
        #expect(plan.missing.filter(\.afterCongress).map(\.kind) == [.voteCount, .firstMeeting, .minutes, .approvalRequest, .resultsReport, .resultsNotice])
        // Closed, the same congress misses its count and its minutes.
        var closed = congress
        closed.officialSession.closedAt = closed.officialSession.start
        let after = DossierPlan(closed)
        #expect(!after.beforeCongress)
        #expect(after.missing.filter(\.required).map(\.kind) == [.report, .committeeReview, .nominations, .electionRules, .ballots, .voteCount, .resolution])
        #expect(plan.missing.first { $0.kind == .minutes }?.needs == ["sessions.official.closed_at"])
    }

    @Test func theSettingReplacesTheDefaultAndUnknownNamesAreKept() {
        var congress = Fixtures.chiBo()
        congress.settings.dossierRequired = ["script", "ballots", "nonsense", "all"]
        let plan = DossierPlan(congress)
        #expect(plan.missing.filter(\.required).map(\.kind) == [.ballots])
        #expect(plan.unknownRequired.map(\.position) == [3, 4])
        #expect(plan.unknownRequired.map(\.name) == ["nonsense", "all"])
    }

    @Test func aDelegatesCongressRequiresItsCommitteesFirstMeeting() {
        #expect(Dossier.defaultRequired(for: .daiBieu).contains(.firstMeeting))
        #expect(!Dossier.defaultRequired(for: .dangVien).contains(.firstMeeting))
        #expect(Dossier.title(of: .credentials, kind: .dangVien) == "Báo cáo tình hình đảng viên dự Đại hội")
        #expect(Dossier.title(of: .delegates, kind: .daiBieu) == "Danh sách đại biểu dự Đại hội")
    }

    /// The index's page column: each paper's count as its PDF holds it, and their sum.
    @Test func theIndexCountsThePagesOfEachPDF() {
        let congress = Fixtures.chiBo()
        let plan = DossierPlan(congress)
        var pages: [String: Int] = [:]
        for (offset, paper) in plan.papers.enumerated() { pages[paper.fileName] = 10 * (offset + 1) }
        let value = DossierIndexViewModel(congress, plan: plan, pages: pages).templateValue
        let n = plan.papers.count
        #expect(value["total_pages"] == .string(String(10 * n * (n + 1) / 2)))
        #expect(value["has_pages"] == .bool(true))
        #expect(value["rows"]?.elements.map { $0["pages"] } == (1...n).map { .string(String(10 * $0)) })
        #expect(value["missing"]?.elements.count == plan.missing.count)
        #expect(DossierIndexViewModel(congress, plan: plan).templateValue["has_pages"] == .bool(false))
    }
}
