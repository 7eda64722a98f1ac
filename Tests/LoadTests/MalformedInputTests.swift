import Diagnostics
import Load
import Foundation
import Testing

/// Each malformed input against the exact diagnostics it gives: `file:line:column code`.
@Suite struct MalformedInputTests {
    struct Case: CustomStringConvertible, Sendable {
        let name: String
        let text: String
        let expected: [String]
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "yaml syntax: mapping value in a plain scalar",
             text: minimal(replacing: [3: "  name: Chi bộ: Khu phố: 3"]), expected: ["congress.yaml:3:15 DH101"]),
        Case(name: "tab indentation",
             text: minimal(replacing: [4: "\tlevel: chi-bo"]), expected: ["congress.yaml:4:1 DH135"]),
        Case(name: "unclosed flow map",
             text: minimal(replacing: [13: "  - {id: hoa, name: Trần Thị Hòa"]), expected: ["congress.yaml:13:5 DH101"]),
        Case(name: "duplicate key", text: minimal(replacing: [6: "  name: Chi bộ 3"]), expected: ["congress.yaml:6:3 DH102"]),
        Case(name: "empty file", text: "", expected: ["congress.yaml:1:1 DH103"]),
        Case(name: "comment only", text: "# nothing yet\n", expected: ["congress.yaml:1:1 DH103"]),
        Case(name: "document is a list", text: "- schema: 1\n- organisation: x\n", expected: ["congress.yaml:1:1 DH104"]),
        Case(name: "schema 2", text: minimal(replacing: [1: "schema: 2"]), expected: ["congress.yaml:1:9 DH109"]),
        Case(name: "schema missing", text: minimal(replacing: [1: "# schema: 1"]), expected: ["congress.yaml:2:1 DH105"]),
        Case(name: "wrong type: number is text", text: minimal(replacing: [9: "  number: năm"]), expected: ["congress.yaml:9:11 DH104"]),
        Case(name: "wrong type: organisation is a list", text: minimal(replacing: [2: "organisation: [a, b]",
            3: "# -", 4: "# -", 5: "# -", 6: "# -"]), expected: ["congress.yaml:2:15 DH104"]),
        Case(name: "missing key", text: minimal(replacing: [5: "  # superior removed"]), expected: ["congress.yaml:3:3 DH105"]),
        Case(name: "unknown key with suggestion", text: minimal(replacing: [3: "  nmae: Chi bộ Khu phố 3"]), expected: ["congress.yaml:3:3 DH106"]),
        Case(name: "unknown key without suggestion", text: minimal(appending: ["budget: 12"]), expected: ["congress.yaml:25:1 DH106"]),
        Case(name: "unknown person id", text: minimal(replacing: [24: "      - {title: Chào cờ, minutes: 5, performer: hao}"]), expected: ["congress.yaml:24:49 DH112"]),
        Case(name: "duplicate person id", text: minimal(replacing: [14: "  - {id: hoa, name: Lê Văn Nam}"]), expected: ["congress.yaml:14:10 DH111", "congress.yaml:15:18 DH112", "congress.yaml:18:17 DH112"]),
        Case(name: "invalid person id", text: minimal(replacing: [14: "  - {id: Nam, name: Lê Văn Nam}"]), expected: ["congress.yaml:14:10 DH110", "congress.yaml:15:18 DH112", "congress.yaml:18:17 DH112"]),
        Case(name: "summoned twice", text: minimal(replacing: [15: "delegates: [hoa, nam, hoa]"]), expected: ["congress.yaml:15:23 DH113"]),
        Case(name: "impossible date", text: minimal(replacing: [21: "    date: 2020-02-30"]), expected: ["congress.yaml:21:11 DH114"]),
        Case(name: "date in another format", text: minimal(replacing: [21: "    date: 12/04/2025"]), expected: ["congress.yaml:21:11 DH114"]),
        Case(name: "bad time", text: minimal(replacing: [22: "    start: \"25:00\""]), expected: ["congress.yaml:22:12 DH115"]),
        Case(name: "bad enum", text: minimal(replacing: [13: "  - {id: hoa, gender: female, name: Trần Thị Hòa}"]), expected: ["congress.yaml:13:23 DH107"]),
        Case(name: "bad term", text: minimal(replacing: [10: "  term: 2030-2025"]), expected: ["congress.yaml:10:9 DH116"]),
        Case(name: "number out of range", text: minimal(replacing: [9: "  number: 0"]), expected: ["congress.yaml:9:11 DH108"]),
        Case(name: "counts do not add up", text: minimal(appending: ["attendance: {summoned: 2, present: 2, absent: 1}"]), expected: ["congress.yaml:25:13 DH117", "congress.yaml:25:47 DH118"]),
        Case(name: "counts disagree with the list", text: minimal(appending: ["attendance:", "  summoned: 3", "  present: 3", "  absent: 0"]), expected: ["congress.yaml:26:13 DH118", "congress.yaml:27:12 DH118"]),
        Case(name: "file reference leaving the folder", text: minimal(replacing: [11: "  venue: {file: ../venue.md}"]), expected: ["congress.yaml:11:17 DH119"]),
        Case(name: "absolute file reference", text: minimal(replacing: [11: "  venue: {file: /etc/hostname}"]), expected: ["congress.yaml:11:17 DH119"]),
        Case(name: "missing referenced file", text: minimal(replacing: [11: "  venue: {file: venue.md}"]), expected: ["congress.yaml:11:17 DH120"]),
        Case(name: "escaped control character", text: minimal(replacing: [14: "  - {id: nam, name: \"Lê Văn\\aNam\"}"]), expected: ["congress.yaml:14:21 DH121"]),
        Case(name: "raw control character", text: minimal(replacing: [14: "  - {id: nam, name: Lê Văn\u{7}Nam}"]), expected: ["congress.yaml:14:27 DH121"]),
        Case(name: "delegate neither id nor map", text: minimal(replacing: [15: "delegates: [hoa, [nam]]"]), expected: ["congress.yaml:15:18 DH104"]),
        Case(name: "duplicate key in a flow map", text: minimal(replacing: [13: "  - {id: hoa, name: Trần, id: hob}"]),
             expected: ["congress.yaml:13:27 DH102"]),
        Case(name: "raw C1 control character (refused by libyaml)", text: minimal(replacing: [14: "  - {id: nam, name: Lê Văn\u{80}Nam}"]),
             expected: ["congress.yaml:14:27 DH101"]),
        Case(name: "two documents", text: "schema: 1\n---\nschema: 1\n", expected: ["congress.yaml:2:1 DH101"]),
        Case(name: "byte-order mark and CRLF keep positions", text: "\u{FEFF}" + minimal(replacing: [9: "  number: x"])
            .replacingOccurrences(of: "\n", with: "\r\n"), expected: ["congress.yaml:9:11 DH104"]),
        Case(name: "missing schema does not hide later errors", text: minimal(replacing: [1: "# no schema", 9: "  number: x"]),
             expected: ["congress.yaml:2:1 DH105", "congress.yaml:9:11 DH104"]),
        Case(name: "error in people does not hide an unknown performer",
             text: minimal(replacing: [13: "  - {id: hoa, name: Trần Thị Hòa, birth_year: 1970.5}", 24: "      - {title: Chào cờ, minutes: 5, performer: x}"]),
             expected: ["congress.yaml:13:47 DH104", "congress.yaml:24:49 DH112"]),
        Case(name: "empty value for a required text", text: minimal(replacing: [3: "  name:"]),
             expected: ["congress.yaml:3:8 DH104"]),
        Case(name: "map that is not a file reference", text: minimal(replacing: [11: "  venue: {hall: A}"]),
             expected: ["congress.yaml:11:10 DH104"]),
        Case(name: "several errors in one run", text: minimal(replacing: [4: "  level: chibo", 9: "  number: V", 22: "    start: 7h30"]), expected: ["congress.yaml:4:10 DH107", "congress.yaml:9:11 DH104", "congress.yaml:22:12 DH115"]),
    ]

    @Test(arguments: cases)
    func diagnostics(_ c: Case) {
        let result = load(c.text)
        #expect(summary(result) == c.expected)
        #expect(result.congress == nil)
    }
}
