import Foundation
import Testing

/// The papers of a congress that has not met yet: its elections listed with `rounds: []` and no actual closing time.
/// The ballots, the rules and the nominations are printed; the papers that record a result are not, because they
/// would print "bầu được 0 đồng chí" for a vote not held (they were, silently, before); the dossier made then is
/// the one sent to the members before the congress and succeeds; once the congress has closed an election still
/// uncounted is refused (DH431).
@Suite struct BeforeCongressTests {
    /// The minimal congress with a Bí thư to elect, its Ban kiểm phiếu, and no count; `closed` keeps the closing time.
    static func congress(closed: Bool, counted: Bool = false, second: Bool = false) -> String {
        var yaml = Fixture.minimal
            .replacingOccurrences(of: "  - {person: nam, absent:", with: "  - lan\n  - {person: nam, absent:")
            .replacingOccurrences(of: "  - {id: tuan,", with: "  - {id: lan, name: Ngô Thị Lan, gender: nu, birth_year: 1980, membership: chinh-thuc}\n  - {id: tuan,")
            .replacingOccurrences(of: "  secretariat: [hoa]\n", with: "  secretariat: [hoa]\n  vote_counting: [lan]\n")
        if !closed { yaml = yaml.replacingOccurrences(of: "    closed_at: \"11:10\"\n", with: "") }
        let rounds = counted ? "\n      - {issued: 2, collected: 2, valid: 2, invalid: 0, votes: {hoa: 2}}" : " []"
        yaml += """
        elections:
          - id: bi-thu
            body: bi-thu
            seats: 1
            candidates: [hoa]
            rounds:\(rounds)

        """
        if second {
            yaml += """
              - id: pho-bi-thu
                body: pho-bi-thu
                seats: 1
                candidates: [hoa]
                rounds: []

            """
        }
        return yaml
    }

    @Test func theDossierBeforeTheCongressHoldsWhatExistsAndNamesWhatComesAfter() throws {
        // Required, the papers that record the congress are still not missing before it: they come after.
        let required = "settings:\n  dossier_required: [programme, nominations, election-rules, ballots, vote-count, minutes, approval-request]\n"
        let file = try Fixture.write(Self.congress(closed: false) + required)
        let out = file.deletingLastPathComponent().appendingPathComponent("out")
        let result = try CLI.run(["render", file.path, "--doc", "dossier", "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("[DH420]"), "\(result.stderr)")
        // One note, one paper a line: the six papers that record the congress (no first meeting: the chi bộ elects
        // its Bí thư at the congress).
        #expect(result.stderr.contains("""
            ghi chú [DH422]: hồ sơ lập trước đại hội (chưa có kết quả kiểm phiếu `elections[].rounds`, chưa có giờ bế mạc `sessions.official.closed_at`); các văn kiện sau lập khi Đại hội đã họp:
              – biên bản kiểm phiếu
              – biên bản đại hội
              – tờ trình đề nghị chuẩn y kết quả bầu cử
              – báo cáo kết quả đại hội
              – thông báo kết quả đại hội

            """), "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
        for made in ["to-trinh-nhan-su-va-danh-sach-trich-ngang", "the-le-bau-cu", "phieu-bau-cu"] {
            #expect(names.contains { $0.hasSuffix("-\(made).html") }, "\(made) not in \(names.sorted())")
        }
        for later in ["bien-ban-kiem-phieu", "bien-ban-dai-hoi", "to-trinh-de-nghi-chuan-y-ket-qua-bau-cu", "thong-bao-ket-qua-dai-hoi"] {
            #expect(!names.contains { $0.hasSuffix("-\(later).html") }, "\(later) written before the congress: \(names.sorted())")
        }
        let index = try String(contentsOf: out.appendingPathComponent("00-muc-luc-ho-so-dai-hoi.html"), encoding: .utf8)
        #expect(index.contains("– Biên bản kiểm phiếu: lập sau khi Đại hội họp."), "\(index)")
        #expect(!index.contains("(bắt buộc)"), "nothing is missing yet: \(index)")
        let en = try CLI.run(["render", file.path, "--doc", "dossier", "-o", out.path, "--lang", "en"])
        #expect(en.status == 0)
        #expect(en.stderr.contains("note [DH422]: dossier made before the congress (no count in `elections[].rounds`, no closing time in `sessions.official.closed_at`); these papers are made once the congress has met:\n  – biên bản kiểm phiếu\n"),
                "\(en.stderr)")
    }

    @Test func theResultsPapersWaitForTheCount() throws {
        let file = try Fixture.write(Self.congress(closed: false))
        let out = file.deletingLastPathComponent().appendingPathComponent("out")
        let asked = try CLI.run(["render", file.path, "--doc", "approval-request", "-o", out.path])
        #expect(asked.status != 0)
        #expect(asked.stderr.contains("[DH410]: không xuất được tờ trình đề nghị chuẩn y kết quả bầu cử ('approval-request'): dữ liệu cần khóa `elections[].rounds`"),
                "\(asked.stderr)")
        let all = try CLI.run(["render", file.path, "--doc", "all", "-o", out.path])
        #expect(all.status == 0, "\(all.stderr)")
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: out.path))
        #expect(names.isSuperset(of: ["ballots.html", "nominations.html", "election-rules.html"]), "\(names.sorted())")
        #expect(names.isDisjoint(with: ["vote-count.html", "approval-request.html", "results-report.html", "results-notice.html", "minutes.html"]),
                "\(names.sorted())")
        #expect(all.stderr.contains("\n  – tờ trình đề nghị chuẩn y kết quả bầu cử: cần `elections[].rounds`\n"), "\(all.stderr)")
    }

    @Test func halfCountedGivesTheCountedSheetAndNoSummary() throws {
        // Bí thư counted, Phó Bí thư not: the vote count has the one counted sheet; the summaries wait.
        let file = try Fixture.write(Self.congress(closed: false, counted: true, second: true))
        let out = file.deletingLastPathComponent().appendingPathComponent("out")
        let all = try CLI.run(["render", file.path, "--doc", "all", "-o", out.path])
        #expect(all.status == 0, "\(all.stderr)")
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: out.path))
        #expect(names.contains("vote-count.html"))
        #expect(names.isDisjoint(with: ["approval-request.html", "results-report.html", "results-notice.html"]), "\(names.sorted())")
        let sheets = try String(contentsOf: out.appendingPathComponent("vote-count.html"), encoding: .utf8)
            .components(separatedBy: "BIÊN BẢN KIỂM PHIẾU").count - 1
        #expect(sheets == 1, "one sheet for the one counted round")
        // Counting started, so the dossier is no longer the one before the congress: the summaries are missing.
        let dossier = try CLI.run(["render", file.path, "--doc", "dossier", "-o", out.appendingPathComponent("hs").path])
        #expect(!dossier.stderr.contains("[DH422]"), "\(dossier.stderr)")
        #expect(dossier.stderr.contains("lỗi [DH420]: hồ sơ đại hội thiếu biên bản đại hội ('minutes')"), "\(dossier.stderr)")
    }

    @Test func aClosedCongressWithAnUncountedElectionIsRefused() throws {
        let yaml = Self.congress(closed: true)
        let file = try Fixture.write(yaml)
        let result = try CLI.run(["check", file.path])
        #expect(result.status != 0)
        // At `rounds: []` of the first election, in the file.
        let line = yaml.components(separatedBy: "\n").firstIndex { $0.contains("rounds: []") }.map { $0 + 1 } ?? 0
        #expect(result.stderr.contains("congress.yaml:\(line):13: lỗi [DH431]: đại hội đã bế mạc ('closed_at') nhưng cuộc bầu 'bi-thu' chưa có kết quả kiểm phiếu ('rounds' rỗng)"),
                "\(result.stderr)")
        let en = try CLI.run(["check", file.path, "--lang", "en"])
        #expect(en.stderr.contains("error [DH431]: the congress has closed ('closed_at') but the election 'bi-thu' has no count ('rounds' is empty)"), "\(en.stderr)")
        // Counted, it passes.
        let counted = try CLI.run(["check", try Fixture.write(Self.congress(closed: true, counted: true)).path])
        #expect(!counted.stderr.contains("DH431"), "\(counted.stderr)")
    }
}
