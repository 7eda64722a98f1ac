@testable import DaiHoi
import Derive
import Foundation
import Testing
import Vietnamese
import Render

/// `daihoi batch`: bad branches reported without stopping the others, incremental reruns, shards that
/// add up to the whole, and runs killed at random points that leave no partial file.
@Suite(.serialized) struct BatchTests {
    private func branches(_ count: Int, broken: Set<Int> = []) throws -> URL {
        let folder = try Repository.temporaryFolder()
        try SyntheticBranches(seed: 11).write(count: count, broken: broken, to: folder.path)
        return folder
    }

    private func runner() -> BatchRunner {
        BatchRunner(templateFolder: Repository.templates, toolVersion: "test")
    }

    /// Every file under `folder`, relative path → bytes.
    private func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = folder.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = FileManager.default.contents(atPath: path)
            }
        }
        return files
    }

    @Test func twoBrokenBranchesAreListedAndTheOthersRendered() async throws {
        let input = try branches(8, broken: [2, 5])
        let out = try Repository.temporaryFolder()
        let report = try await runner().run(BatchOptions(inputDirectory: input.path, outputDirectory: out.path, jobs: 2))
        #expect(report.branches.count == 8)
        #expect(report.invalid.map(\.name) == ["chi-bo-0003", "chi-bo-0006"])
        // Breakages cycle with the index: 2 % 3 and 5 % 3 both give the misspelt key.
        for bad in report.invalid {
            #expect(bad.diagnostics.contains { $0.contains("[DH106]") }, "\(bad.diagnostics)")
            #expect(bad.documents.isEmpty)
        }
        for good in BatchRunner.results(in: out.path) where good.errors == 0 {
            #expect(good.documents.contains("minutes.html"))
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("\(good.name)/minutes.html").path))
        }
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("chi-bo-0003") && index.contains("lỗi"))
        // The CLI exits 1 at the end.
        let cli = try CLI.run(["batch", input.path, "-o", try Repository.temporaryFolder().path, "--jobs", "2"])
        #expect(cli.status == 1)
        #expect(cli.stderr.contains("✗ chi-bo-0003"))
    }

    @Test func aSecondRunWithNothingChangedRendersNothing() async throws {
        let input = try branches(5)
        let out = try Repository.temporaryFolder()
        let options = BatchOptions(inputDirectory: input.path, outputDirectory: out.path, jobs: 2)
        let first = try await runner().run(options)
        #expect(first.rendered.count == 5)
        let before = snapshot(out)
        let second = try await runner().run(options)
        #expect(second.rendered.isEmpty)
        #expect(second.unchanged.count == 5)
        #expect(snapshot(out) == before)
        // Touching one branch's data renders that branch only.
        let file = input.appendingPathComponent("chi-bo-0004/congress.yaml")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "start: \"07:30\"", with: "start: \"08:00\"")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let third = try await runner().run(options)
        #expect(third.rendered == ["chi-bo-0004"])
        // An emptied document (what a power cut can leave of an unsynced write) renders its branch again.
        let minutes = out.appendingPathComponent("chi-bo-0002/minutes.html")
        let whole = try Data(contentsOf: minutes)
        try Data().write(to: minutes)
        #expect(try await runner().run(options).rendered == ["chi-bo-0002"])
        #expect(try Data(contentsOf: minutes) == whole)
        // --force renders all.
        var forced = options
        forced.force = true
        #expect(try await runner().run(forced).rendered.count == 5)
    }

    @Test func threeShardsAddUpToTheWholeByteForByte() async throws {
        let input = try branches(12, broken: [4])
        let whole = try Repository.temporaryFolder()
        _ = try await runner().run(BatchOptions(inputDirectory: input.path, outputDirectory: whole.path, jobs: 2))
        let sharded = try Repository.temporaryFolder()
        var seen: [String] = []
        for k in 1...3 {
            let report = try await runner().run(BatchOptions(inputDirectory: input.path, outputDirectory: sharded.path,
                                                             jobs: 2, shard: Shard("\(k)/3")))
            seen += report.branches
        }
        #expect(seen.sorted() == (1...12).map { String(format: "chi-bo-%04d", $0) }, "slices are disjoint and cover all")
        _ = try runner().merge(outputDirectory: sharded.path, asOf: nil)
        #expect(snapshot(sharded) == snapshot(whole))
    }

    @Test func shardSyntax() {
        #expect(Shard("2/3")?.index == 2)
        #expect(Shard("0/3") == nil)
        #expect(Shard("4/3") == nil)
        #expect(Shard("1/0") == nil)
        #expect(Shard("a/b") == nil)
    }

    /// 20 runs of the CLI killed with SIGKILL at random moments: no output file is ever partial (each
    /// HTML file that exists is complete), and a rerun completes the batch to the same bytes as a clean run.
    @Test func killedRunsLeaveNoPartialFileAndTheRerunCompletes() async throws {
        let input = try branches(10)
        let clean = try Repository.temporaryFolder()
        #expect(try CLI.run(["batch", input.path, "-o", clean.path, "--jobs", "2"]).status == 0)
        let expected = snapshot(clean)
        var generator = SystemRandomNumberGenerator()
        for trial in 0..<20 {
            let out = try Repository.temporaryFolder()
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CLI.binary)
            process.arguments = ["batch", input.path, "-o", out.path, "--jobs", "2"]
            process.environment = ["DAIHOI_TEMPLATES": Repository.templates]
            process.standardError = FileHandle.nullDevice
            try process.run()
            let delay = UInt64.random(in: 5_000_000...400_000_000, using: &generator)
            try await Task.sleep(nanoseconds: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            for (name, data) in snapshot(out) where !name.split(separator: "/").last!.hasPrefix(".") {
                if name.hasSuffix(".html") {
                    #expect(String(decoding: data, as: UTF8.self).hasSuffix("</html>\n"), "trial \(trial): \(name) is partial")
                }
            }
            let rerun = try CLI.run(["batch", input.path, "-o", out.path, "--jobs", "2"])
            #expect(rerun.status == 0, "trial \(trial): \(rerun.stderr)")
            let after = snapshot(out)
            let differing = Set(after.keys).union(expected.keys).filter { after[$0] != expected[$0] }.sorted()
            #expect(differing.isEmpty, "trial \(trial): the rerun left these files different: \(differing)")
            try? FileManager.default.removeItem(at: out)
        }
    }
}

/// The superior committee's aggregate report, recomputed by hand from two branch results.
struct AggregateReportTests {
    @Test func figuresAddUpAcrossBranches() async throws {
        let input = try Repository.temporaryFolder()
        try SyntheticBranches(seed: 3).write(count: 4, broken: [1], to: input.path)
        let out = try Repository.temporaryFolder()
        let report = try await BatchRunner(templateFolder: Repository.templates, toolVersion: "test")
            .run(BatchOptions(inputDirectory: input.path, outputDirectory: out.path, jobs: 1,
                              asOf: CalendarDate(year: 2025, month: 12, day: 31)))
        let figures = BatchRunner.results(in: out.path).compactMap(\.figures)
        #expect(figures.count == 3)
        // Each synthetic chi bộ elects a chi ủy of 3 from 4 candidates in one round: 3 × 3 = 9 members.
        #expect(figures.map(\.committeeElected) == [3, 3, 3])
        let women = figures.reduce(0) { $0 + $1.committeeWomen }
        let raw = try String(contentsOf: out.appendingPathComponent("bao-cao-tong-hop.html"), encoding: .utf8)
        let html = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(html.contains("<td>Tổ chức đảng trực thuộc đã tiến hành đại hội</td> <td class=\"num\">3</td> <td class=\"num\">75,00%</td>"),
                "3 of 4 branches held (one is invalid)")
        let womenPercent = VietnameseNumber.percent(part: women, of: 9, decimals: 2) ?? ""
        #expect(html.contains("<td>— trong đó nữ</td> <td class=\"num\">\(women)</td> <td class=\"num\">\(womenPercent)</td>"))
        #expect(html.contains("ĐẢNG ỦY PHƯỜNG QUANG TRUNG"))
        // Each branch's incumbents p1 and p2 are re-elected: 6 of the 9 members, 3 new.
        #expect(figures.map(\.committeeReElected) == [2, 2, 2])
        #expect(html.contains("<td>— tái cử</td> <td class=\"num\">6</td> <td class=\"num\">66,67%</td>"))
        #expect(html.contains("<td>— tham gia lần đầu</td> <td class=\"num\">3</td> <td class=\"num\">33,33%</td>"))
    }
}

/// The dashboard's row for each state of a branch: the days to the script deadline (late, left, held,
/// script final) and the readiness, worded by `batch/dashboard-row` from the row's figures and flags.
struct DashboardRowTests {
    /// The text of the deadline and readiness cells of the row for `result` on `asOf`.
    private func cells(_ result: BranchResult, asOf: CalendarDate? = CalendarDate(year: 2025, month: 3, day: 10)) throws -> [String] {
        let renderer = try DocumentRenderer(templateFolder: Repository.templates)
        let row = try renderer.renderText("batch/dashboard-row", value: Dashboard.rowViewModel(result, asOf: asOf))
        let cells = row.components(separatedBy: "<td").dropFirst().map { cell in
            String(cell[cell.index(after: cell.firstIndex(of: ">")!)...].prefix { $0 != "<" })
        }
        return [cells[4], cells[5]]
    }

    @Test func wordsEachState() throws {
        // Congress on 20/3, script due 15/3.
        let base = BranchResult(name: "chi-bo-0001", date: "2025-03-20", scriptDeadline: "2025-03-15", inputHash: "x")
        var late = base
        late.scriptUnfinished = 2
        late.warnings = 2
        #expect(try cells(late, asOf: CalendarDate(year: 2025, month: 3, day: 18)) == ["trễ 3 ngày, 2 mục chưa xong", "2 cảnh báo"])
        var early = base
        early.warnings = 4
        early.scriptUnfinished = 4
        #expect(try cells(early) == ["còn 5 ngày", "4 cảnh báo"])
        var invalid = base
        invalid.errors = 2
        invalid.warnings = 1
        #expect(try cells(invalid) == ["còn 5 ngày", "2 lỗi, 1 cảnh báo"])
        #expect(try cells(base, asOf: CalendarDate(year: 2025, month: 3, day: 15)) == ["còn 0 ngày", "Sẵn sàng"])
        // Past the deadline with the script final: not late.
        #expect(try cells(base, asOf: CalendarDate(year: 2025, month: 3, day: 17)) == ["kịch bản đã xong", "Sẵn sàng"])
        // Held: never late, even with the script unfinished.
        var held = late
        held.date = "2025-03-01"
        held.scriptDeadline = "2025-02-24"
        #expect(try cells(held) == ["đã đại hội", "2 cảnh báo"])
        // Without a day there are no days to count.
        #expect(try cells(base, asOf: nil) == ["", "Sẵn sàng"])
    }

    @Test func lateCellIsMarked() throws {
        let renderer = try DocumentRenderer(templateFolder: Repository.templates)
        var late = BranchResult(name: "b", date: "2025-03-20", scriptDeadline: "2025-03-15", inputHash: "x")
        late.scriptUnfinished = 1
        let row = try renderer.renderText("batch/dashboard-row", value: Dashboard.rowViewModel(late, asOf: CalendarDate(year: 2025, month: 3, day: 16)))
        #expect(row.contains("<td data-sort=\"-1\" class=\"late\">trễ 1 ngày, 1 mục chưa xong</td>"), "\(row)")
    }
}
