import CongressModel
import Count
import Foundation
import Load
import Testing

/// The count written into the minutes: publishing writes `ket-qua-kiem-phieu.yaml`, the congress file names it, the
/// loader reads its rounds in place of the file's own, and `daihoi render --doc vote-count` prints the counted
/// figures and the check code; `daihoi count --verify` recomputes the code from the database.
@Suite(.serialized) struct CountMinutesTests {
    static let root = CountCrashTests.root

    /// The sample copied beside the fixture's database, its Chi ủy round counted and published.
    func counted() throws -> (CountFixture, String) {
        let f = try CountFixture()
        let sample = Self.root.appendingPathComponent("Samples/chi-bo-khu-pho-3")
        for item in try FileManager.default.contentsOfDirectory(atPath: sample.path) {
            try FileManager.default.copyItem(at: sample.appendingPathComponent(item), to: f.folder.appendingPathComponent(item))
        }
        try f.session.recordHandedOut(f.head, election: "chi-uy", round: 1, issued: 15, collected: 15)
        try CountSessionTests().enterBoth(f)
        try f.session.decide(f.head, election: "chi-uy", round: 1, pile: 1, position: 3, reading: "K:1,3,4")
        try f.session.decide(f.head, election: "chi-uy", round: 1, pile: 2, position: 7, reading: "K:1,3,4")
        let (_, code) = try f.session.publish(f.head, election: "chi-uy", round: 1)
        for log in try EntryLogFile.files(f.session) {
            try Data(log.text.utf8).write(to: f.folder.appendingPathComponent(log.name))
        }
        try Data(try CountResultsFile.text(f.session).utf8).write(to: f.folder.appendingPathComponent(CountResultsFile.fileName))
        return (f, code)
    }

    @Test func theResultsFileIsTheCountedRound() throws {
        let (f, code) = try counted()
        let text = try String(contentsOf: f.folder.appendingPathComponent(CountResultsFile.fileName), encoding: .utf8)
        #expect(text == """
        # Kết quả kiểm phiếu — do `daihoi count` ghi từ kiem-phieu.sqlite; không sửa tay.
        # Vote-count results — written by `daihoi count` from kiem-phieu.sqlite; do not edit.
        schema: 1
        elections:
          chi-uy:
            - issued: 15
              collected: 15
              valid: 13
              invalid: 2
              invalid_reasons:
                - {reason: "Phiếu bầu nhiều hơn số lượng cần bầu (để lại hoặc đồng ý nhiều tên hơn số lượng)", count: 1}
                - {reason: "Phiếu gạch tên tất cả những người trong danh sách có số dư (không bầu ai)", count: 1}
              votes: {duc: 11, hoa: 10, lan: 10, thang: 5}
              check_code: \(code)
              entry_log: {file: nhat-ky-nhap-phieu-chi-uy-1.txt}

        """)
    }

    @Test func theLoaderReadsTheCountAndTheMinutesPrintIt() throws {
        let (f, code) = try counted()
        let congressFile = f.folder.appendingPathComponent("congress.yaml")
        let yaml = try String(contentsOf: congressFile, encoding: .utf8) + "vote_count_results: {file: ket-qua-kiem-phieu.yaml}\n"
        try Data(yaml.utf8).write(to: congressFile)
        let loaded = CongressLoader().load(file: congressFile.path)
        let congress = try #require(loaded.congress, "\(loaded.diagnostics)")
        let chiUy = try #require(congress.elections.first { $0.id == "chi-uy" })
        #expect(chiUy.rounds.count == 1)
        #expect(chiUy.rounds[0].votes.map(\.votes) == [11, 10, 10, 5])
        #expect(chiUy.rounds[0].valid == 13 && chiUy.rounds[0].invalid == 2)
        #expect(chiUy.rounds[0].checkCode == code)
        // The election the count did not publish keeps the congress file's own round.
        #expect(congress.elections.first { $0.id == "bi-thu" }?.rounds.first?.checkCode == nil)

        // Rendered by the real binary, from the count.
        let out = f.folder.appendingPathComponent("out")
        let render = try Self.run(["render", congressFile.path, "--doc", "vote-count", "--format", "html", "--format", "odt", "-o", out.path])
        #expect(render.status == 0, "\(render.output)")
        let html = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".html") }
        // Words as a reader sees them: line breaks and no-break spaces as one space.
        let page = try String(contentsOf: out.appendingPathComponent(try #require(html.first)), encoding: .utf8)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(page.contains(code))
        #expect(page.contains("Vũ Minh Đức: 11 phiếu, đạt 73,33%"))
        #expect(page.contains("Phạm Thị Lan: 10 phiếu, đạt 66,67%"))

        // --verify recomputes the code from the database.
        let verify = try Self.run(["count", congressFile.path, "--verify"])
        #expect(verify.status == 0)
        #expect(verify.output.contains("chi-uy lần 1: \(code) ✓"))
    }

    @Test func aResultsFileNamingNoElectionIsAnErrorInThatFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("count-results-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Samples/chi-bo-khu-pho-3"), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("schema: 1\nelections:\n  bch:\n    - {issued: 1, collected: 1, valid: 1, invalid: 0, votes: {hoa: 1}}\n".utf8)
            .write(to: folder.appendingPathComponent("ket-qua-kiem-phieu.yaml"))
        let file = folder.appendingPathComponent("congress.yaml")
        try Data((try String(contentsOf: file, encoding: .utf8) + "vote_count_results: {file: ket-qua-kiem-phieu.yaml}\n").utf8).write(to: file)
        let loaded = CongressLoader().load(file: file.path)
        #expect(loaded.congress == nil)
        let first = try #require(loaded.diagnostics.first)
        #expect(first.location?.file.hasSuffix("ket-qua-kiem-phieu.yaml") == true)
        #expect(first.location?.line == 3)
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CountCrashTests.binary)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["DAIHOI_TEMPLATES": root.appendingPathComponent("Templates").path]) { $1 }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
