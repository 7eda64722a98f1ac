import CongressModel
import Count
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Load
import Testing
import TestSupport

/// Nhật ký nhập phiếu printed from the count: the sample Chi bộ Khu phố 3's Chi ủy round counted by two clerks (two
/// piles, two differences the head decided), published; the log file written at publication is named from the
/// results file, read by the loader, and `daihoi render --doc count-log` prints it. Its check code is the one on the
/// vote-count minutes and the one `daihoi count --verify` recomputes; a log edited afterwards is refused (DH510).
@Suite(.serialized) struct CountLogPaperTests {
    /// The counted sample with the congress file naming the results.
    func counted() throws -> (folder: URL, congress: URL, code: String) {
        let (f, code) = try CountMinutesTests().counted()
        let congress = f.folder.appendingPathComponent("congress.yaml")
        let yaml = try String(contentsOf: congress, encoding: .utf8) + "vote_count_results: {file: ket-qua-kiem-phieu.yaml}\n"
        try Data(yaml.utf8).write(to: congress)
        return (f.folder, congress, code)
    }

    /// Words as a reader sees them: line breaks and no-break spaces as one space.
    static func words(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    @Test func theLoaderReadsTheLogWhoseHashIsTheCheckCode() throws {
        let (folder, congressFile, code) = try counted()
        let log = try String(contentsOf: folder.appendingPathComponent("nhat-ky-nhap-phieu-chi-uy-1.txt"), encoding: .utf8)
        #expect(CheckCode.of(log) == code)
        let loaded = CongressLoader().load(file: congressFile.path)
        let congress = try #require(loaded.congress, "\(loaded.diagnostics)")
        let round = try #require(congress.elections.first { $0.id == "chi-uy" }?.rounds.first)
        #expect(round.entryLog == log)
        let record = try CountLogRecord.parse(log).get()
        #expect(record.election == "chi-uy" && record.round == 1 && record.seats == 3)
        #expect(record.candidates == ["duc", "hoa", "lan", "thang"])
        // By hand: 15 ballots entered by each of two clerks, two decisions, two closings per clerk.
        #expect(record.entries.count == 30 && record.decisions.count == 2 && record.closings.count == 4)
        #expect(record.decisions.map { [$0.pile, $0.position] } == [[1, 3], [2, 7]])
    }

    @Test func thePaperMatchesItsGoldenAndCarriesTheMinutesCode() throws {
        let (folder, congressFile, code) = try counted()
        let out = folder.appendingPathComponent("out")
        let render = try CountMinutesTests.run(["render", congressFile.path, "--doc", "count-log", "--doc", "vote-count",
                                                "--format", "html", "-o", out.path])
        #expect(render.status == 0, "\(render.output)")
        let paper = try String(contentsOf: out.appendingPathComponent("count-log.html"), encoding: .utf8)
        assertGolden(paper, named: "chi-bo-khu-pho-3/count-log.html",
                     in: CountMinutesTests.root.appendingPathComponent("Tests/CountTests/Golden").path)
        let log = Self.words(paper)
        let minutes = Self.words(try String(contentsOf: out.appendingPathComponent("vote-count.html"), encoding: .utf8))
        // The same code on both papers, and the one --verify recomputes from the database.
        #expect(log.contains(code) && minutes.contains(code))
        let verify = try CountMinutesTests.run(["count", congressFile.path, "--verify"])
        #expect(verify.status == 0 && verify.output.contains("chi-uy lần 1: \(code) ✓"))
        // Pile 1 ballot 3: clerk 1 read K:1,3,4 (Hòa struck), clerk 2 K:1,3 (Hòa and Thắng struck); the head decided.
        #expect(log.contains("<td class=\"num\">3</td> <td>gạch 2</td> <td>gạch 2, 4</td> <td><strong>khác</strong></td> <td>gạch 2 (Đặng Quốc Khánh)</td>"))
        // An invalid ballot in words of the thể lệ, and the pile's closings in Vietnam time (UTC+7).
        #expect(log.contains("không hợp lệ: bầu nhiều hơn số lượng cần bầu"))
        #expect(log.contains("Tập 1: 8 lá phiếu, 1 lá nhập khác nhau."))
        #expect(log.contains("chốt tập với 8 phiếu lúc 15:00:"))
    }

    @Test func aLogEditedAfterPublicationIsRefused() throws {
        let (folder, congressFile, code) = try counted()
        let file = folder.appendingPathComponent("nhat-ky-nhap-phieu-chi-uy-1.txt")
        let log = try String(contentsOf: file, encoding: .utf8)
        // One reading changed: Hòa kept on ballot 1 of pile 1 becomes struck.
        let edited = log.replacingOccurrences(of: "\t1\t1\t2\t0\tK:1,2,3\t", with: "\t1\t1\t2\t0\tK:1,3\t")
        #expect(edited != log)
        try Data(edited.utf8).write(to: file)
        let render = try CountMinutesTests.run(["render", congressFile.path, "--doc", "count-log", "--format", "html",
                                                "-o", folder.appendingPathComponent("out").path])
        #expect(render.status != 0)
        #expect(render.output.contains("DH510"))
        #expect(render.output.contains("không khớp mã kiểm tra '\(code)'"))
        #expect(render.output.contains("ket-qua-kiem-phieu.yaml"))
        // A log path leaving the congress folder is refused by the loader, as every `{file: …}`.
        let results = folder.appendingPathComponent(CountResultsFile.fileName)
        let text = try String(contentsOf: results, encoding: .utf8)
            .replacingOccurrences(of: "{file: nhat-ky-nhap-phieu-chi-uy-1.txt}", with: "{file: ../nhat-ky.txt}")
        try Data(text.utf8).write(to: results)
        let loaded = CongressLoader().load(file: congressFile.path)
        #expect(loaded.congress == nil)
        #expect(loaded.diagnostics.first?.location?.file.hasSuffix("ket-qua-kiem-phieu.yaml") == true)
    }
}

extension CountLogPaperTests {
    /// The head prints the entry log from the room (`/nhat-ky`, linked from the head's page): the same paper, from
    /// the database, with the code of the minutes.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: CountCrashTests.binary), "needs `swift build` (the daihoi binary)"))
    func theRoomServesThePrintableLog() async throws {
        let (_, congressFile, code) = try counted()
        var generator = SystemRandomNumberGenerator()
        let port = 20_000 + Int.random(in: 0..<20_000, using: &generator)
        let server = try CountCrashTests.start(congressFile.path, port: port)
        defer {
            server.process.terminate()
            server.process.waitUntilExit()
        }
        let (data, response) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/nhat-ky")!)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        let page = Self.words(String(decoding: data, as: UTF8.self))
        #expect(page.contains("NHẬT KÝ NHẬP PHIẾU") && page.contains(code))
        #expect(page.contains("Tập 2: 7 lá phiếu, 1 lá nhập khác nhau."))
    }
}

extension CountLogPaperTests {
    /// A log whose code was recomputed to match it is still refused when a line is not of the format (DH511) or
    /// when it is another round's (DH512).
    @Test func aForgedLogIsRefusedEvenWithAMatchingCode() throws {
        let (folder, congressFile, code) = try counted()
        let file = folder.appendingPathComponent("nhat-ky-nhap-phieu-chi-uy-1.txt")
        let results = folder.appendingPathComponent(CountResultsFile.fileName)
        let original = try String(contentsOf: results, encoding: .utf8)
        for (log, expected) in [("daihoi-count-log\t1\nround\tchi-uy\t1\tseats\t3\nballot\tx\n", "DH511"),
                                ("daihoi-count-log\t1\nround\tbi-thu\t1\tseats\t1\ncandidate\t1\tkhanh\n", "DH512")] {
            try Data(log.utf8).write(to: file)
            try Data(original.replacingOccurrences(of: code, with: CheckCode.of(log)).utf8).write(to: results)
            let check = try CountMinutesTests.run(["check", congressFile.path])
            #expect(check.status != 0)
            #expect(check.output.contains(expected), "\(check.output)")
        }
    }
}
