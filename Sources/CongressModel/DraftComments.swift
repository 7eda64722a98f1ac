import Diagnostics

/// Ý kiến góp ý vào dự thảo văn kiện — what the congress said on the draft documents of the upper level or of
/// the national congress (Chỉ thị 45-CT/TW, task 2 of every congress: "thảo luận, góp ý vào dự thảo văn kiện
/// Đại hội XIV của Đảng và văn kiện đại hội cấp trên").
///
/// Only what the data states: the minutes record it, the resolution adopts it, the summary of the comments
/// (`draft-comments`) groups it by level, document and section; none writes a figure the data lacks.
public struct DraftComments: Sendable, Equatable {
    /// The documents commented on, as the paper names them, e.g. "dự thảo các văn kiện trình Đại hội XIV của Đảng".
    public var documents: String
    /// Số ý kiến — how many comments were made, when counted.
    public var count: Int?
    /// Tóm tắt — what the comments said, in a sentence or two.
    public var summary: String?
    /// Whose congress the documents are for (`level:`): the upper level's or the national one; `nil` when unstated.
    public var level: DraftLevel? = nil
    /// Số đồng chí có ý kiến — how many members (delegates) commented, when counted.
    public var members: Int? = nil
    /// Các phần, mục — the comments by part or section of the documents, in the order of the documents.
    public var sections: [DraftSection] = []
    public var location: SourceLocation?

    public init(documents: String, count: Int? = nil, summary: String? = nil, location: SourceLocation? = nil) {
        self.documents = documents
        self.count = count
        self.summary = summary
        self.location = location
    }
}

/// Whose congress the draft documents are for (Chỉ thị 45-CT/TW task 2: "văn kiện Đại hội XIV của Đảng và văn kiện
/// đại hội cấp trên").
public enum DraftLevel: String, Sendable, Equatable, CaseIterable {
    /// Văn kiện đại hội cấp trên — the superior level's congress.
    case upper
    /// Văn kiện Đại hội đại biểu toàn quốc của Đảng — the national congress.
    case national
}

/// One part or section of a draft and the comments on it (`sections:`).
public struct DraftSection: Sendable, Equatable {
    /// The part or section, as the draft names it, e.g. "Phần thứ nhất: Đánh giá kết quả …".
    public var title: String
    /// Số ý kiến on it.
    public var count: Int?
    /// Số đồng chí có ý kiến on it.
    public var members: Int?
    /// Nội dung — the comments themselves, each as recorded.
    public var opinions: [String]
    public var location: SourceLocation?

    public init(title: String, count: Int? = nil, members: Int? = nil, opinions: [String] = [], location: SourceLocation? = nil) {
        self.title = title
        self.count = count
        self.members = members
        self.opinions = opinions
        self.location = location
    }
}
