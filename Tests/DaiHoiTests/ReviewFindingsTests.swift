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

    /// One elected is "Đồng chí trúng cử", never "Các đồng chí trúng cử (1 đồng chí, xếp theo số phiếu …)": the
    /// chi bộ's Bí thư in the minutes and its vote-count sheet; several keep the count and the order (Chi ủy, 3).
    @Test func oneElectedIsSingular() throws {
        let congress = try Self.sample("chi-bo-khu-pho-3")
        let minutes = try PaperWordingTests.text(.minutes, congress)
        #expect(minutes.contains(bound("Các đồng chí trúng cử (3 đồng chí, xếp theo số phiếu bầu từ cao đến thấp):")))
        #expect(minutes.contains("Đồng chí trúng cử:"))
        #expect(!minutes.contains("(1 đồng chí, xếp"))
        let voteCount = try PaperWordingTests.text(.voteCount, congress)
        #expect(voteCount.contains("Đồng chí trúng cử (có số phiếu bầu quá một nửa):"))
        #expect(voteCount.contains(bound("Các đồng chí trúng cử (3 đồng chí, xếp theo thứ tự số phiếu bầu từ cao đến thấp, có số phiếu bầu quá một nửa):")))
        #expect(!voteCount.contains("(1 đồng chí, xếp"))
    }

    /// An election where nobody passed: no "(0 đồng chí …)" lead, "Không có đồng chí nào trúng cử." in the minutes
    /// (Chi ủy's votes cut to 7 of 15 each: not more than half).
    @Test func noneElectedIsSaid() throws {
        var congress = try Self.sample("chi-bo-khu-pho-3")
        let index = try #require(congress.elections.firstIndex { $0.body == .chiUy })
        for v in congress.elections[index].rounds[0].votes.indices { congress.elections[index].rounds[0].votes[v].votes = 7 }
        let minutes = try PaperWordingTests.text(.minutes, congress)
        #expect(minutes.contains("Không có đồng chí nào trúng cử."))
        #expect(!minutes.contains("(0 đồng chí"))
    }
}
