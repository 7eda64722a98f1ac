import CongressModel
import Foundation
import Load
import Testing
import Vietnamese

/// `political_report`, `targets`, `resolution`, `document_numbers`: read as written, every error located.
@Suite struct ReportSectionTests {
    static let report = [
        "political_report:",                                               // 25
        "  title: Báo cáo tổng kết nhiệm kỳ",                              // 26
        "  results:",                                                      // 27
        "    - {field: Về kinh tế, text: \"Tăng **10,66%**\"}",            // 28
        "  limitations: Còn *chậm*",                                       // 29
        "  general_goal: Xây dựng chi bộ trong sạch",                      // 30
        "targets:",                                                        // 31
        "  - {name: Tăng trưởng, unit: \"%/năm\", planned: 10.5, achieved: 10.82, new_target: 10.66}", // 32
        "  - {name: Hộ nghèo, unit: \"%\", direction: \"<=\", planned: \"2,5\", achieved: 1, new_target: 0.1}", // 33
        "resolution:",                                                     // 34
        "  implementation: Giao Chi ủy tổ chức thực hiện.",                 // 35
        "document_numbers: {resolution: 05-NQ/ĐH}",                        // 36
    ]

    @Test func happyPath() throws {
        let result = load(minimal(appending: Self.report))
        #expect(result.diagnostics.isEmpty)
        let congress = try #require(result.congress)
        let report = try #require(congress.politicalReport)
        #expect(report.title == "Báo cáo tổng kết nhiệm kỳ")
        #expect(report.results == [ReportField(field: "Về kinh tế", text: "Tăng **10,66%**")])
        #expect(report.limitations == "Còn *chậm*")
        #expect(report.generalGoal == "Xây dựng chi bộ trong sạch")
        #expect(report.tasks == nil)
        #expect(congress.targets.count == 2)
        #expect(congress.targets[0].planned == ExactDecimal(units: 105, scale: 1))
        #expect(congress.targets[0].achieved == ExactDecimal(units: 1082, scale: 2))
        #expect(congress.targets[0].newTarget?.vietnamese == "10,66")
        #expect(congress.targets[0].direction == .atLeast)
        #expect(congress.targets[1].direction == .atMost)
        #expect(congress.targets[1].planned == ExactDecimal(units: 25, scale: 1))
        #expect(congress.targets[1].location?.line == 33)
        #expect(congress.resolution == Resolution(points: [], implementation: "Giao Chi ủy tổ chức thực hiện."))
        #expect(congress.documentNumbers == ["resolution": "05-NQ/ĐH"])
    }

    @Test func absentSectionsAreBackwardCompatible() throws {
        let congress = try #require(load(minimal()).congress)
        #expect(congress.politicalReport == nil)
        #expect(congress.targets.isEmpty)
        #expect(congress.resolution == nil)
        #expect(congress.documentNumbers.isEmpty)
    }

    static let cases: [(name: String, lines: [Int: String], expected: [String])] = [
        ("misspelt report key", [30: "  general_gaol: x"], ["congress.yaml:30:3 DH106"]),
        ("misspelt target key", [32: "  - {name: A, unit: \"%\", planed: 1}"], ["congress.yaml:32:26 DH106"]),
        ("float in exponent form", [32: "  - {name: A, unit: \"%\", planned: 1e3}"], ["congress.yaml:32:35 DH122"]),
        ("two decimal commas", [32: "  - {name: A, unit: \"%\", achieved: \"10,6,6\"}"], ["congress.yaml:32:36 DH122"]),
        ("bad direction", [32: "  - {name: A, unit: \"%\", direction: \">\"}"], ["congress.yaml:32:37 DH107"]),
        ("target without unit", [32: "  - {name: A}"], ["congress.yaml:32:5 DH105"]),
        ("number as a list", [32: "  - {name: A, unit: \"%\", planned: [1]}"], ["congress.yaml:32:35 DH104"]),
        ("results not a list", [27: "  results: kinh tế", 28: "#"], ["congress.yaml:27:12 DH104"]),
        ("unknown paper number", [36: "document_numbers: {resolutoin: 05-NQ/ĐH}"], ["congress.yaml:36:20 DH106"]),
        ("missing prose file", [29: "  limitations: {file: bao-cao/han-che.md}"], ["congress.yaml:29:23 DH120"]),
        ("resolution point without text", [35: "  points: [{title: Về kết quả}]"], ["congress.yaml:35:12 DH105"]),
    ]

    @Test func malformed() {
        for c in Self.cases {
            var lines = Self.report
            for (line, text) in c.lines { lines[line - 25] = text }
            let result = load(minimal(appending: lines))
            #expect(summary(result) == c.expected, "\(c.name)")
            #expect(result.congress == nil, "\(c.name)")
        }
    }

    @Test func didYouMeanNamesTheKey() {
        var lines = Self.report
        lines[5] = "  general_gaol: x"
        let result = load(minimal(appending: lines))
        #expect(onlyText(result, .en) == "unknown key 'general_gaol' — did you mean 'general_goal'?")
        lines = Self.report
        lines[7] = "  - {name: A, unit: \"%\", planned: 1e3}"
        #expect(onlyText(load(minimal(appending: lines)), .vi)
            == "'targets[1].planned' phải là một số thập phân như 10.66 hoặc 78, nhưng lại là '1e3'")
    }

    @Test func proseFromAFileBesideTheYAML() throws {
        let folder = try temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/bao-cao", withIntermediateDirectories: true)
        try "# Hạn chế\n\n<script>x</script> Còn chậm.\n".write(toFile: folder + "/bao-cao/han-che.md", atomically: true, encoding: .utf8)
        var lines = Self.report
        lines[4] = "  limitations: {file: bao-cao/han-che.md}"
        let file = folder + "/congress.yaml"
        try minimal(appending: lines).write(toFile: file, atomically: true, encoding: .utf8)
        let result = CongressLoader().load(file: file)
        #expect(result.diagnostics.isEmpty)
        #expect(result.congress?.politicalReport?.limitations == "# Hạn chế\n\n<script>x</script> Còn chậm.\n")
    }
}
