import CongressModel
import Derive
import Load
import Testing

/// Faults found on the samples' rendered pages in the issue 13 review (reviews/papers.md), each checked on
/// the page's text as the templates write it (`PaperWordingTests.text`).
struct ReviewFindingsTests {
    private static func sample(_ name: String) throws -> Congress {
        let file = Repository.root.appendingPathComponent("Samples/\(name)/congress.yaml").path
        return try #require(CongressLoader().load(file: file).congress)
    }

    /// Biên bản kiểm phiếu, chi bộ Chi ủy: the base is 17 official members less 1 exempt and absent, less 1 absent
    /// with leave. Each reason runs on inside the sentence, so it begins in lower case (the standard words,
    /// `BaseExclusionReason`, begin with a capital as list items of the thể lệ).
    @Test func exclusionReasonsRunOnInLowerCase() throws {
        let text = try PaperWordingTests.text(.voteCount, try Self.sample("chi-bo-khu-pho-3"))
        #expect(text.contains("Số đảng viên chính thức được triệu tập: 17. "
            + "Trừ 1 (đảng viên được miễn công tác và sinh hoạt đảng không có mặt tại đại hội). "
            + "Trừ 1 (đảng viên chính thức vắng mặt suốt thời gian đại hội có lý do chính đáng được cấp ủy triệu tập đại hội đồng ý). "
            + "Số đảng viên chính thức làm cơ sở tính tỷ lệ trúng cử: 15."))
        #expect(!text.contains("(Đảng viên"))
    }
}
