import Diagnostics

/// Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của cấp ủy — the outgoing committee's review of its own leadership over
/// the term, presented at every congress after the political report (reviews/papers.md §5; DOMAIN.md, the chi bộ
/// programme item 6 "Báo cáo tổng kết and kiểm điểm of the chi ủy", the provincial programme item 11 "Báo cáo
/// kiểm điểm BCH").
///
/// Its parts in their fixed order, each Markdown as typed or read from a `{file: …}`, turned into the document's
/// vocabulary only when it is derived (as `PoliticalReport`).
public struct CommitteeReview: Sendable, Equatable {
    /// The title when the committee words it otherwise ("Báo cáo kiểm điểm …" by default).
    public var title: String?
    /// Ưu điểm — what the committee did well in leading and directing.
    public var strengths: String?
    /// Hạn chế, khuyết điểm và nguyên nhân.
    public var limitations: String?
    /// Kết quả khắc phục hạn chế, khuyết điểm đã được chỉ ra ở nhiệm kỳ trước.
    public var previousRemedies: String?
    /// Bài học kinh nghiệm.
    public var lessons: String?
    /// Phương hướng, biện pháp khắc phục.
    public var remedies: String?
    /// Where `committee_review` stands in the YAML.
    public var location: SourceLocation?

    public init(title: String? = nil, strengths: String? = nil, limitations: String? = nil, previousRemedies: String? = nil,
                lessons: String? = nil, remedies: String? = nil, location: SourceLocation? = nil) {
        self.title = title
        self.strengths = strengths
        self.limitations = limitations
        self.previousRemedies = previousRemedies
        self.lessons = lessons
        self.remedies = remedies
        self.location = location
    }
}
