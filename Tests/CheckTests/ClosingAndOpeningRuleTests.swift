import Check
import Diagnostics
import Load
import Testing
import Vietnamese

/// The actual closing time (DH180, DH181, DH115 on loading) and the flag ceremony first (DH182), each on a failing
/// and a passing case, with the exact code, severity, position and English message.
struct ClosingAndOpeningRuleTests {
    private func check(_ yaml: String, asOf: String? = nil) throws -> [String] {
        let loaded = CongressLoader().load(text: yaml, file: "congress.yaml")
        let congress = try #require(loaded.congress, "\(loaded.diagnostics)")
        return CongressChecker(asOf: asOf.flatMap(CalendarDate.init(iso:))).check(congress)
            .filter { $0.code.hasPrefix("DH18") }
            .map { "\($0.code) \($0.severity.rawValue) \($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.message.text(in: .en))" }
    }

    /// The chi bộ of `CongressKindRuleTests.base` edited (its official session starts 07:30 on 2025-04-12).
    private func base(_ edits: [(String, String)]) -> String {
        edits.reduce(CongressKindRuleTests.base) { yaml, edit in
            #expect(yaml.contains(edit.0), "the base congress has no '\(edit.0)'")
            return yaml.replacingOccurrences(of: edit.0, with: edit.1)
        }
    }

    private static let closedAt = ("    end: \"11:30\"\n", "    end: \"11:30\"\n    closed_at: \"11:05\"\n")

    // MARK: DH180 — closed before it started

    @Test func closingBeforeTheStartIsRefused() throws {
        let yaml = base([("    end: \"11:30\"\n", "    end: \"11:30\"\n    closed_at: \"07:00\"\n")])
        #expect(try check(yaml) == [
            "DH180 error 21:16 the official session: its closing time 'closed_at' 7 giờ 00 is before its start 7 giờ 30 — give the actual closing time, on the same day",
        ])
        #expect(try check(base([Self.closedAt])).isEmpty)
    }

    // MARK: DH115 — 24:00 and later are no time of the day

    @Test func closingAtOrAfterMidnightIsRefusedOnLoading() {
        for time in ["24:00", "24:30"] {
            let yaml = base([("    end: \"11:30\"\n", "    end: \"11:30\"\n    closed_at: \"\(time)\"\n")])
            let loaded = CongressLoader().load(text: yaml, file: "congress.yaml")
            #expect(loaded.congress == nil)
            #expect(loaded.diagnostics.map { "\($0.code) \($0.location.map { "\($0.line):\($0.column)" } ?? "-")" } == ["DH115 21:16"],
                    "\(loaded.diagnostics)")
        }
    }

    // MARK: DH181 — the congress is over and its closing time is missing

    @Test func missingClosingTimeAfterTheCongressIsWarned() throws {
        #expect(try check(base([]), asOf: "2025-04-13") == [
            "DH181 warning 18:5 the congress met on 12/4/2025 (as of 13/4/2025) but the official session has no actual closing time 'closed_at' — the minutes record the actual closing time, never the planned end; without it the minutes cannot be written",
        ])
        // On the day itself the congress may still be sitting; with the time given, nothing is missing.
        #expect(try check(base([]), asOf: "2025-04-12").isEmpty)
        #expect(try check(base([Self.closedAt]), asOf: "2025-04-13").isEmpty)
        #expect(try check(base([])).isEmpty)
    }

    // MARK: DH182 — the flag ceremony opens the session

    @Test func statementOfPurposeBeforeTheFlagIsWarned() throws {
        let flag = "      - {title: Chào cờ, minutes: 5, performer: hoa, kind: flag}\n"
        let reason = "      - {title: \"Ổn định tổ chức, Tuyên bố lý do\", minutes: 5, performer: hoa}\n"
        let yaml = base([(flag, reason + flag)])
        #expect(try check(yaml) == [
            "DH182 warning 22:9 item 'Ổn định tổ chức, Tuyên bố lý do' comes before 'Chào cờ' — a congress opens with the flag ceremony, then the statement of purpose and the opening speech; move the flag ceremony to the start of the session",
        ])
        // After the flag it is where every programme puts it.
        #expect(try check(base([(flag, flag + reason)])).isEmpty)
    }

    @Test func openingSpeechBeforeTheFlagIsWarned() throws {
        let flag = "      - {title: Chào cờ, minutes: 5, performer: hoa, kind: flag}\n"
        let opening = "      - {title: Khai mạc, minutes: 10, performer: hoa, kind: opening, lines: Kính thưa Đại hội!}"
        let yaml = base([(flag + opening, opening + "\n" + flag.dropLast())])
        #expect(try check(yaml) == [
            "DH182 warning 22:9 item 'Khai mạc' comes before 'Chào cờ' — a congress opens with the flag ceremony, then the statement of purpose and the opening speech; move the flag ceremony to the start of the session",
        ])
    }
}
