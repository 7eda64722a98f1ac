import Diagnostics

/// Báo cáo chính trị — the political report of the outgoing committee (DOMAIN.md §2 f).
///
/// Its parts in their fixed order; each prose part is Markdown as typed (or read from a `{file: …}`),
/// turned into the document's vocabulary only when it is derived.
public struct PoliticalReport: Sendable, Equatable {
    /// The title, e.g. "Báo cáo chính trị" or, for a chi bộ, "Báo cáo tổng kết nhiệm kỳ".
    public var title: String
    /// Phần I.1 — kết quả thực hiện nghị quyết, by field (kinh tế; văn hóa – xã hội; quốc phòng – an ninh; xây dựng Đảng …).
    public var results: [ReportField]
    /// Phần I.2 — hạn chế, khuyết điểm và nguyên nhân.
    public var limitations: String?
    /// Phần I.3 — bài học kinh nghiệm.
    public var lessons: String?
    /// Phần II.1 — phương hướng.
    public var directions: String?
    /// Phần II.2 — mục tiêu tổng quát.
    public var generalGoal: String?
    /// Phần II.4 — nhiệm vụ, giải pháp.
    public var tasks: String?
    /// Phần II.5 — đột phá (chiến lược).
    public var breakthroughs: String?
    /// Where `political_report` stands in the YAML.
    public var location: SourceLocation?

    public init(title: String = "Báo cáo chính trị", results: [ReportField] = [], limitations: String? = nil,
                lessons: String? = nil, directions: String? = nil, generalGoal: String? = nil, tasks: String? = nil,
                breakthroughs: String? = nil, location: SourceLocation? = nil) {
        self.title = title
        self.results = results
        self.limitations = limitations
        self.lessons = lessons
        self.directions = directions
        self.generalGoal = generalGoal
        self.tasks = tasks
        self.breakthroughs = breakthroughs
        self.location = location
    }
}

/// Lĩnh vực — the results of one field of the term, e.g. "Về phát triển kinh tế".
public struct ReportField: Sendable, Equatable {
    /// The field's heading, e.g. "Về phát triển kinh tế".
    public var field: String
    /// Markdown prose.
    public var text: String

    public init(field: String, text: String) {
        self.field = field
        self.text = text
    }
}

/// Nghị quyết đại hội — the congress resolution (DOMAIN.md §2 c).
///
/// With no `points`, the resolution is built from the report (its results, targets, goal, tasks and
/// breakthroughs) and the election results.
public struct Resolution: Sendable, Equatable {
    /// Decision points as written, each Markdown; empty means "build them from the report".
    public var points: [ResolutionPoint]
    /// The closing point on carrying it out (tổ chức thực hiện); a default sentence when `nil`.
    public var implementation: String?

    public init(points: [ResolutionPoint] = [], implementation: String? = nil) {
        self.points = points
        self.implementation = implementation
    }
}

/// One decision point of the resolution: a heading and its Markdown text.
public struct ResolutionPoint: Sendable, Equatable {
    public var title: String
    public var text: String

    public init(title: String, text: String) {
        self.title = title
        self.text = text
    }
}
