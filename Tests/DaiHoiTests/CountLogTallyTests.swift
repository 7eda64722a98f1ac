import CongressModel
import DaiHoi
import Derive
import Foundation
import Template
import Testing

/// The entry log of a round counted by groups' tally sheets (tally mode of `daihoi count`): its `tally` and
/// `tally-decision` lines are read (they were refused as DH511 once both modes met), and the paper prints each
/// group's figures as each clerk entered them, the agreement, and the head's decision.
struct CountLogTallyTests {
    static let log = Repository.root.appendingPathComponent("Tests/DaiHoiTests/Fixtures/nhat-ky-kiem-dem-chi-uy-1.txt")

    @Test func tallyLinesAreReadBack() throws {
        let text = try String(contentsOf: Self.log, encoding: .utf8)
        guard case .success(let record) = CountLogRecord.parse(text) else { Issue.record("not parsed"); return }
        #expect(record.tallyEntries.map(\.group) == [1, 1, 2, 2, 2])
        #expect(record.tallyEntries.last?.revision == 1 && record.tallyEntries.last?.clerk == 3)
        #expect(record.tallyDecisions.map(\.field) == ["votes.2"] && record.tallyDecisions.first?.value == 6)
        // A tally line with a missing field is still refused, at its line.
        let broken = text.replacingOccurrences(of: "tally-decision\t1\t1\tvotes.2\t1\t6\t", with: "tally-decision\t1\t1\t\t1\t6\t")
        #expect(CountLogRecord.parse(broken) == .failure(.line(16)))
    }

    @Test func thePaperPrintsEachGroupsFiguresPerClerk() throws {
        let (_, file) = try #require(Repository.sampleFiles().first { $0.name == "chi-bo-khu-pho-3" })
        var congress = try #require(Pipeline(templateFolder: Repository.templates).check(file: file).congress)
        congress.elections[0].rounds[0].entryLog = try String(contentsOf: Self.log, encoding: .utf8)
        #expect(DocumentKind.countLog.applies(to: congress))
        let html = try Pipeline(templateFolder: Repository.templates).renderHTML(.countLog, of: congress)
        let text = html.replacingOccurrences(of: "\u{00A0}", with: " ")
        #expect(text.contains("<h2>Tổ kiểm phiếu số 1</h2>") && text.contains("<h2>Tổ kiểm phiếu số 2</h2>"))
        #expect(text.contains("đếm bằng tay"), "the tally-mode lead-in")
        #expect(!text.contains("Tập phiếu số"), "no piles in tally mode")
        // Group 1: Hòa 6 by the first clerk, 5 by the second; the head decided 6.
        let hoa = try #require(text.range(of: "2. Trần Thị Hòa</td>"))
        let row = String(text[hoa.upperBound...].prefix(400))
        #expect(row.contains(">6</td>") && row.contains(">5</td>") && row.contains("<strong>khác</strong>") && row.contains("6 (Đặng Quốc Khánh)"), "\(row)")
        // Group 2: the second clerk corrected the invalid ballots from 2 to 1: both agree at 1 now.
        #expect(text.contains("1 (sửa; trước: 2)"), "\(text)")
        #expect(text.contains("Tổ 1: 1 số liệu nhập khác nhau.") && text.contains("Tổ 2: 0 số liệu nhập khác nhau."))
        // 5 entries and 1 decision for the round.
        #expect(text.contains("Cả lần bầu: 5 lần nhập, 1 quyết định của Trưởng ban."))
    }
}
