import Diagnostics

/// Ý kiến góp ý vào dự thảo văn kiện — what the congress said on the draft documents of the upper level or of
/// the national congress (Chỉ thị 45-CT/TW, task 2 of every congress: "thảo luận, góp ý vào dự thảo văn kiện
/// Đại hội XIV của Đảng và văn kiện đại hội cấp trên").
///
/// Only what the data states: the minutes record it, the resolution adopts it; neither writes a figure the
/// data lacks.
public struct DraftComments: Sendable, Equatable {
    /// The documents commented on, as the paper names them, e.g. "dự thảo các văn kiện trình Đại hội XIV của Đảng".
    public var documents: String
    /// Số ý kiến — how many comments were made, when counted.
    public var count: Int?
    /// Tóm tắt — what the comments said, in a sentence or two.
    public var summary: String?
    public var location: SourceLocation?

    public init(documents: String, count: Int? = nil, summary: String? = nil, location: SourceLocation? = nil) {
        self.documents = documents
        self.count = count
        self.summary = summary
        self.location = location
    }
}
