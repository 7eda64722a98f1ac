import CongressModel
import Count
import Elections
import Foundation
import Load
import Tally
import Testing

/// The elections of the new committee's first meeting (Hội nghị lần thứ nhất) are counted like the congress's: the
/// sample Đảng bộ xã Tân Lập holds Ban Thường vụ, Bí thư, Phó Bí thư, Ủy ban Kiểm tra and its Chủ nhiệm there; their
/// ballots go to the 15 members of the new Ban Chấp hành (none recorded absent), not to the 121 delegates.
struct FirstMeetingCountTests {
    static let tanLap: Congress = {
        let loaded = CongressLoader().load(file: CountCrashTests.root.appendingPathComponent("Samples/dang-bo-xa-tan-lap/congress.yaml").path)
        guard let congress = loaded.congress else { fatalError("sample does not load: \(loaded.diagnostics)") }
        return congress
    }()

    @Test func theFirstMeetingsRoundsAreListedWithTheirOwnVoters() throws {
        let f = try CountFixture(congress: Self.tanLap)
        let rounds = try f.session.rounds().map(\.ballot)
        #expect(rounds.map(\.election) == ["bch", "dbct", "dbdk", "btv", "bi-thu", "pho-bi-thu", "ubkt", "cn-ubkt"])
        // By hand: 15 places of the Ban Chấp hành, nobody absent from the first meeting.
        #expect(rounds.first { $0.election == "btv" }?.voters == 15)
        #expect(rounds.first { $0.election == "cn-ubkt" }?.voters == 15)
        #expect(rounds.first { $0.election == "bch" }?.voters == Self.tanLap.votersPresent)
        #expect(Self.tanLap.votersPresent > 100)
        // Sixteen ballots for fifteen members is refused; fifteen is taken.
        #expect(throws: CountRefusal.figuresContradict("phát ra 16 > số người bầu có mặt 15")) {
            try f.session.recordHandedOut(f.head, election: "btv", round: 1, issued: 16, collected: 16)
        }
        try f.session.recordHandedOut(f.head, election: "btv", round: 1, issued: 15, collected: 15)
    }

    /// Chủ nhiệm Ủy ban Kiểm tra counted (1 name, đồng ý boxes; 14 đồng ý, 1 không đồng ý), published: the results
    /// file carries the round, the loader puts it in place of the file's own, and the election module elects.
    @Test func aFirstMeetingRoundIsCountedAndPublished() throws {
        let f = try CountFixture(congress: Self.tanLap)
        try f.session.recordHandedOut(f.head, election: "cn-ubkt", round: 1, issued: 15, collected: 15)
        let readings = Array(repeating: "A:y", count: 14) + ["A:n"]
        for clerk in f.clerks {
            for (i, reading) in readings.enumerated() {
                try f.session.enter(clerk, election: "cn-ubkt", round: 1, pile: 1, position: i + 1, reading: reading)
            }
            try f.session.close(clerk, election: "cn-ubkt", round: 1, pile: 1, ballots: 15)
        }
        let (tally, code) = try f.session.publish(f.head, election: "cn-ubkt", round: 1)
        #expect(tally.round.votes.map(\.votes) == [14])
        let counted = try f.session.countedCongress()
        let election = try #require(counted.elections.first { $0.id == "cn-ubkt" })
        // Base: the committee's 15 members; 14 of 15 is more than half.
        let outcome = ElectionOutcome(election, congress: counted)
        #expect(outcome.base.value == 15)
        #expect(outcome.elected.map(\.person.rawValue) == ["cnkt"])
        let text = try CountResultsFile.text(f.session)
        #expect(text.contains("  cn-ubkt:\n    - issued: 15\n      collected: 15\n      valid: 15\n      invalid: 0\n      votes: {cnkt: 14}\n      check_code: \(code)\n      entry_log: {file: nhat-ky-nhap-phieu-cn-ubkt-1.txt}\n"))

        // Written beside a copy of the sample and named from it, the round feeds the first meeting's vote-count minutes.
        let sample = CountCrashTests.root.appendingPathComponent("Samples/dang-bo-xa-tan-lap")
        for item in try FileManager.default.contentsOfDirectory(atPath: sample.path) {
            try FileManager.default.copyItem(at: sample.appendingPathComponent(item), to: f.folder.appendingPathComponent(item))
        }
        for log in try EntryLogFile.files(f.session) { try Data(log.text.utf8).write(to: f.folder.appendingPathComponent(log.name)) }
        try Data(text.utf8).write(to: f.folder.appendingPathComponent(CountResultsFile.fileName))
        let congressFile = f.folder.appendingPathComponent("congress.yaml")
        try Data((try String(contentsOf: congressFile, encoding: .utf8) + "vote_count_results: {file: ket-qua-kiem-phieu.yaml}\n").utf8)
            .write(to: congressFile)
        let loaded = try #require(CongressLoader().load(file: congressFile.path).congress)
        let round = try #require(loaded.elections.first { $0.id == "cn-ubkt" }?.rounds.first)
        #expect(round.votes.map(\.votes) == [14] && round.checkCode == code)
        let out = f.folder.appendingPathComponent("out")
        let render = try CountMinutesTests.run(["render", congressFile.path, "--doc", "vote-count", "--doc", "count-log",
                                                "--format", "html", "-o", out.path])
        #expect(render.status == 0, "\(render.output)")
        let minutes = CountLogPaperTests.words(try String(contentsOf: out.appendingPathComponent("vote-count.html"), encoding: .utf8))
        #expect(minutes.contains(code))
        let log = CountLogPaperTests.words(try String(contentsOf: out.appendingPathComponent("count-log.html"), encoding: .utf8))
        #expect(log.contains("(Tại Hội nghị lần thứ nhất Ban Chấp hành") && log.contains(code))
        #expect(log.contains("<td>không đồng ý</td>"))
    }
}
