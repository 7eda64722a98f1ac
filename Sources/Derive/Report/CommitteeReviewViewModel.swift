import CongressModel
import Template
import Vietnamese

/// Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của cấp ủy — the outgoing committee's review of its leadership over the
/// term, presented after the political report at every congress (reviews/papers.md §5; both samples' scripts).
///
/// Sections as the public reviews of outgoing committees: I. ưu điểm, II. hạn chế, khuyết điểm và nguyên nhân,
/// III. the remedy of the shortcomings named at the last congress, IV. bài học kinh nghiệm, V. phương hướng, biện
/// pháp khắc phục; each from Markdown (`committee_review`), shown when written and numbered as shown
/// (`SectionNumbering`, as the political report). Issued, dated and numbered as the political report: the outgoing
/// committee's paper (`ConveningCommittee`), its number in the committee's series left blank for the office
/// (`DocumentNumbering.committeeNumber`) unless `document_numbers.committee-review` states it, signed T/M the committee.
public struct CommitteeReviewViewModel: Sendable, TemplateValueConvertible {
    public let templateValue: TemplateValue

    public init(_ congress: Congress) {
        let naming = CongressNaming(congress)
        let terms = TermNaming(congress)
        let review = congress.committeeReview ?? CommitteeReview()
        let committee = ConveningCommittee(congress)
        let date = (congress.preparatorySession ?? congress.officialSession).date
        let number = DocumentNumbering.committeeNumber(of: .committeeReview, code: "BC", in: congress)
        var sections = SectionNumbering()
        let title = review.title ?? "Báo cáo kiểm điểm"
        templateValue = .object([
            "header": committee.header(congress, date: date, number: number).templateValue,
            "title": .string(title),
            "title_upper": .string(VietnameseText.uppercased(title)),
            // The default title says whose leadership is reviewed; a title of the committee's own stands alone.
            "default_title": .bool(review.title == nil),
            "outgoing_committee": .string(terms.outgoingCommittee),
            "congress_name_term": .string(naming.nameWithTerm),
            "strengths": sections.prose(review.strengths),
            "limitations": sections.prose(review.limitations),
            "previous_remedies": sections.prose(review.previousRemedies),
            "lessons": sections.prose(review.lessons),
            "remedies": sections.prose(review.remedies),
            "signatures": .list([committee.signature.templateValue]),
        ])
    }
}
