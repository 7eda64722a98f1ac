import Check
import Diagnostics
import Load
import Testing
import Vietnamese

/// Each check rule on a passing and a failing case, with the exact message (English) and code.
struct CheckRuleTests {
    /// The example congress of docs/congress-format.md (a chi bộ, official session 12/4/2025 07:30–11:30), with a
    /// sixth member, Bình, on the counting board (who is on no candidate list: QĐ 190-QĐ/TW). Six present, of
    /// whom Lan is probationary: five voters.
    static let base = """
    schema: 1
    organisation: {name: Chi bộ Khu phố 3, level: chi-bo, superior: Đảng bộ phường Quang Trung, place: Thái Bình}
    congress: {kind: dang-vien, number: 5, term: 2025-2030, venue: Nhà văn hóa Khu phố 3}
    people:
      - {id: hoa, name: Trần Thị Hòa, membership: chinh-thuc}
      - {id: nam, name: Lê Văn Nam, membership: chinh-thuc}
      - {id: an, name: Nguyễn Văn An, membership: chinh-thuc}
      - {id: hai, name: Hoàng Văn Hải, membership: chinh-thuc}
      - {id: lan, name: Vũ Thị Lan, membership: du-bi}
      - {id: binh, name: Phạm Văn Bình, membership: chinh-thuc}
    delegates: [hoa, nam, an, hai, lan, binh]
    bodies:
      presidium: [hoa]
      secretariat: [nam]
      vote_counting: [binh]
    sessions:
      official:
        date: 2025-04-12
        start: "07:30"
        end: "11:30"
        items:
          - {title: Chào cờ, minutes: 5, performer: hoa, kind: flag}
          - {title: Khai mạc, minutes: 10, performer: hoa, kind: opening, lines: Kính thưa Đại hội!}
    """

    /// Loads `yaml` (which must be valid) and runs every rule.
    private func check(_ yaml: String, asOf: CalendarDate? = nil) throws -> [Diagnostic] {
        let loaded = CongressLoader().load(text: yaml, file: "congress.yaml")
        let congress = try #require(loaded.congress, "\(loaded.diagnostics)")
        return CongressChecker(asOf: asOf).check(congress)
    }

    private func texts(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.code) \($0.severity.rawValue) \($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.message.text(in: .en))" }
    }

    @Test func theBaseCongressPassesEveryRule() throws {
        #expect(try check(Self.base).isEmpty)
    }

    @Test func missingPerformer() throws {
        let yaml = Self.base.replacingOccurrences(of: "{title: Chào cờ, minutes: 5, performer: hoa, kind: flag}", with: "{title: Chào cờ, minutes: 5, kind: flag}")
        #expect(texts(try check(yaml)) == ["DH201 warning 22:9 item 'Chào cờ' has no performer yet"])
    }

    @Test func placeholderLines() throws {
        let yaml = Self.base.replacingOccurrences(of: "lines: Kính thưa Đại hội!", with: "lines: Đồng chí …. đọc diễn văn")
        #expect(texts(try check(yaml)) == ["DH202 warning 23:9 item 'Khai mạc' still holds the placeholder '…' — the script is not final (every step needs its lines)"])
    }

    @Test func scriptDeadline() throws {
        let early = try check(Self.base, asOf: CalendarDate(year: 2025, month: 4, day: 1))
        #expect(texts(early) == ["DH204 note 18:5 6 days left until the script deadline (07/4/2025); the script is complete"])
        let unfinished = Self.base.replacingOccurrences(of: "lines: Kính thưa Đại hội!", with: "lines: TODO")
        let late = try check(unfinished, asOf: CalendarDate(year: 2025, month: 4, day: 9))
        #expect(texts(late).first == "DH203 warning 18:5 the script had to be final by 07/4/2025 (5 days before the congress, setting script_deadline_days) — 2 days late, 1 items unfinished")
        // Late but complete: nothing to say about the deadline.
        #expect(try check(Self.base, asOf: CalendarDate(year: 2025, month: 4, day: 9)).isEmpty)
    }

    @Test func scheduleOverrun() throws {
        let yaml = Self.base.replacingOccurrences(of: "end: \"11:30\"", with: "end: \"07:40\"")
        #expect(texts(try check(yaml)) == ["DH205 warning 18:5 the official session ends at 7 giờ 45 by its items' durations, 5 minutes past its planned end 7 giờ 40"])
    }

    @Test func presidiumSize() throws {
        let yaml = Self.base.replacingOccurrences(of: "presidium: [hoa]", with: "presidium: [hoa, nam, an, hai]")
        #expect(texts(try check(yaml)) == ["DH206 warning 13:14 the presidium has 4 members, outside 1–3 (setting presidium_size)"])
        let widened = yaml + "\nsettings: {presidium_size: [1, 5]}\n"
        #expect(try check(widened).isEmpty)
    }

    private func election(seats: Int, candidates: String, round: String) -> String {
        Self.base + """

        elections:
          - id: chi-uy
            body: chi-uy
            seats: \(seats)
            candidates: [\(candidates)]
            rounds:
              - \(round)
        """
    }

    @Test func consistentElectionPasses() throws {
        let yaml = election(seats: 3, candidates: "hoa, nam, an, hai",
                            round: "{issued: 5, collected: 5, valid: 5, invalid: 0, votes: {hoa: 4, nam: 4, an: 3, hai: 1}}")
        #expect(try check(yaml).isEmpty)
    }

    /// Each figure is refused at its own place in the round (the round is line 30, its `{` at column 9): collected
    /// at column 32, valid at 42, the votes map at 64, hoa's figure at 70. The base is the 5 official members
    /// summoned (lan is probationary), so hoa's 6 is also above it.
    @Test func ballotArithmetic() throws {
        let yaml = election(seats: 3, candidates: "hoa, nam, an, hai",
                            round: "{issued: 5, collected: 6, valid: 4, invalid: 1, votes: {hoa: 6, nam: 4, an: 4, hai: 1}}")
        #expect(texts(try check(yaml)) == [
            "DH213 error 30:32 round 1: 6 ballots collected, more than the 5 issued",
            "DH214 error 30:42 round 1: valid 4 + invalid 1 = 5, not the 6 collected",
            "DH216 error 30:64 round 1: 15 votes in all, more than valid ballots × places (4 × 3)",
            "DH215 error 30:70 round 1: 'hoa' has 6 votes, more than the 4 valid ballots",
            "DH221 error 30:70 round 1: 'hoa' has 6 votes, more than the base of 5 (QĐ 190-QĐ/TW art. 30)",
        ])
    }

    @Test func surplusAboveTheMaximum() throws {
        // 2 places, 4 candidates: 100 % surplus, more than 30 %.
        let yaml = election(seats: 2, candidates: "hoa, nam, an, hai",
                            round: "{issued: 5, collected: 5, valid: 5, invalid: 0, votes: {hoa: 4, nam: 4, an: 1, hai: 1}}")
        let found = texts(try check(yaml))
        #expect(found == ["DH211 error 28:17 election 'chi-uy': a surplus of 100,00% exceeds the maximum 30 % (QĐ 190-QĐ/TW art. 14)"], "\(found)")
    }

    @Test func votesForSomeoneNotOnTheList() throws {
        let yaml = election(seats: 3, candidates: "hoa, nam, an, hai",
                            round: "{issued: 5, collected: 5, valid: 5, invalid: 0, votes: {hoa: 4, nam: 4, an: 3, lan: 1}}")
        // hai, on the list, has no figure (DH239, at `votes`); lan's figure is refused at its place.
        #expect(texts(try check(yaml)) == [
            "DH239 error 30:64 round 1: 'hai' is on the candidate list but has no vote figure — give every candidate's votes (0 included)",
            "DH220 error 30:93 'lan' has votes but is not on the election's 'candidates' list",
        ])
    }

    /// Biểu quyết giơ tay: for + against + abstain cannot be more than the voters present. The base congress
    /// has 6 present, one of them (lan) probationary, who has no vote (Điều lệ Đảng, Điều 3): 5 voters.
    @Test func motionVotesAboveVotersPresent() throws {
        let motion = { (votes: String) in Self.base + "\nmotions:\n  - {subject: Thông qua chương trình Đại hội, \(votes)}\n" }
        #expect(try check(motion("for: 4, against: 1")).isEmpty)
        #expect(texts(try check(motion("for: 5, against: 1"))) == [
            "DH222 error 25:5 motion 'Thông qua chương trình Đại hội': for 5 + against 1 + abstain 0 = 6, more than the 5 voters present — only those present vote, and probationary members have no vote (Party Statute, art. 3)",
        ])
        // With hai absent, 4 voters: 5 hands are one too many.
        let absent = Self.base.replacingOccurrences(of: "delegates: [hoa, nam, an, hai, lan, binh]",
                                                    with: "delegates: [hoa, nam, an, {person: hai, absent: Ốm}, lan, binh]")
        #expect(texts(try check(absent + "\nmotions:\n  - {subject: X, for: 4, abstain: 1}\n")).map { String($0.prefix(5)) } == ["DH222"])
        #expect(try check(absent + "\nmotions:\n  - {subject: X, for: 4}\n").isEmpty)
        // Under the load caps, but their sum far past those present.
        #expect(texts(try check(motion("for: 9000000, against: 9000000, abstain: 9000000"))).map { String($0.prefix(9)) } == ["DH222 err"])
    }

    /// One vote adopts the resolution: a second `resolution: true` is an error at its own line.
    @Test func secondResolutionVote() throws {
        let yaml = Self.base + """

            motions:
              - {subject: Thông qua Nghị quyết, for: 4, resolution: true}
              - {subject: Thông qua chương trình, for: 4}
              - {subject: Thông qua Nghị quyết lần 2, for: 3, resolution: true}
            """
        let found = texts(try check(yaml))
        #expect(found == [
            "DH224 error 27:5 motion 'Thông qua Nghị quyết lần 2' is also marked resolution: true — only one vote adopts the resolution; it follows 'Thông qua Nghị quyết'",
        ], "\(found)")
        #expect(try check(yaml.replacingOccurrences(of: "lần 2, for: 3, resolution: true", with: "lần 2, for: 3")).isEmpty)
    }

    /// Exclusions reaching the 5 official members summoned leave no base: one error for the election, at its exclusions, and its
    /// votes are not each reported above the base (DH221).
    @Test func exclusionsLeavingNoBaseAreOneError() throws {
        let round = "{issued: 5, collected: 5, valid: 5, invalid: 0, votes: {hoa: 3, nam: 3, an: 3, hai: 1}}"
        let excluded = { (count: Int) in
            self.election(seats: 3, candidates: "hoa, nam, an, hai", round: round)
                .replacingOccurrences(of: "    rounds:", with: "    exclusions: [{reason: dinh-chi-khoi-to-tam-giam, count: \(count)}]\n    rounds:")
        }
        #expect(try check(excluded(1)).isEmpty)
        #expect(texts(try check(excluded(6))) == [
            "DH223 error 29:17 election 'chi-uy': 6 excluded from the 5 summoned leave a threshold base of -1 — it must be above 0 (QĐ 190-QĐ/TW art. 30); no vote is judged against it",
        ])
        #expect(texts(try check(excluded(5))).map { String($0.prefix(5)) } == ["DH223"])
    }

    /// A 304-word report (the 4-word title and 25 sentences of 12 words) in a 2-minute item:
    /// 304 / 130 words a minute is 2,3, so 3 minutes to read.
    @Test func reportReadingTime() throws {
        let prose = Array(repeating: "Đảng bộ lãnh đạo phát triển kinh tế xã hội bền vững.", count: 25).joined(separator: " ")
        let yaml = Self.base.replacingOccurrences(
            of: "      - {title: Khai mạc, minutes: 10, performer: hoa, kind: opening, lines: Kính thưa Đại hội!}",
            with: """
                  - {title: Khai mạc, minutes: 10, performer: hoa, kind: opening, lines: Kính thưa Đại hội!}
                  - {title: Báo cáo chính trị, minutes: 2, performer: hoa, kind: report, lines: Kính thưa Đại hội!}
            """) + """

        political_report:
          title: Báo cáo chính trị
          results:
            - {field: Kinh tế, text: "\(prose)"}
        """
        let found = texts(try check(yaml))
        #expect(found == ["DH207 warning 24:9 the political report has 304 words, about 3 minutes to read (130 words/minute, setting speaking_rate), but the script gives it 2 minutes"], "\(found)")
        // Three minutes are enough.
        #expect(try check(yaml.replacingOccurrences(of: "minutes: 2, performer: hoa, kind: report", with: "minutes: 3, performer: hoa, kind: report")).isEmpty)
    }
}
