import CongressModel
import Derive
import Template
import Testing

/// Báo cáo kiểm điểm of the outgoing committee: its sections as written, numbered as shown; issued and signed as the
/// political report (the committee's header and blank number, T/M the committee).
struct CommitteeReviewTests {
    @Test func sectionsWrittenAreNumberedInOrderAndTheOthersLeftOut() throws {
        var c = Fixtures.chiBo()
        c.committeeReview = CommitteeReview(strengths: "Đoàn kết.", lessons: "Sát cơ sở.", remedies: "  \n")
        let value = CommitteeReviewViewModel(c).templateValue
        #expect(value["strengths"]?["number"] == "I" && value["lessons"]?["number"] == "II")
        // Parts not written, or only white space, take no number.
        #expect(value["limitations"] == .bool(false) && value["previous_remedies"] == .bool(false) && value["remedies"] == .bool(false))
        #expect(value["strengths"]?["blocks"]?[0]?["runs"]?[0]?["text"] == "Đoàn kết.")
        // The committee whose term ends, named as the political report names it.
        #expect(value["outgoing_committee"] == ReportViewModel(c).templateValue["outgoing_committee"])
        #expect(value["title_upper"] == "BÁO CÁO KIỂM ĐIỂM" && value["default_title"] == .bool(true))
    }

    @Test func issuedAndSignedAsThePoliticalReport() throws {
        var c = Fixtures.chiBo()
        c.committeeReview = CommitteeReview(title: "Báo cáo kiểm điểm của Chi ủy", strengths: "Đoàn kết.")
        let review = CommitteeReviewViewModel(c).templateValue
        let report = ReportViewModel(c).templateValue
        #expect(review["header"]?["issuer_lines"] == report["header"]?["issuer_lines"])
        #expect(review["header"]?["place_date"] == report["header"]?["place_date"])
        #expect(review["signatures"] == report["signatures"])
        #expect(review["header"]?["number"] == "\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}-BC/CB" && review["default_title"] == .bool(false))
        c.documentNumbers["committee-review"] = "12-BC/CB"
        #expect(CommitteeReviewViewModel(c).templateValue["header"]?["number"] == "12-BC/CB")
        #expect(DocumentKind.committeeReview.applies(to: c) && !DocumentKind.committeeReview.applies(to: Fixtures.chiBo()))
    }
}
