import Check
import Diagnostics
import Foundation
import Load
import Testing

/// Every ```yaml example of docs/congress-format.md: a complete file (it starts with `schema: 1`) loads and checks
/// clean — no error, no warning; a fragment (a few keys of a file, `[...]` standing for what is left out) is at
/// least valid YAML. The page explains kind, level, the first meeting and the delegation each with a complete one.
struct DocsExamplesTests {
    /// The page's ```yaml blocks, each with the heading (## …) it stands under.
    static func examples() throws -> [(section: String, yaml: String)] {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/congress-format.md")
        let page = try String(contentsOf: docs, encoding: .utf8)
        var found: [(section: String, yaml: String)] = []
        var section = "", block: [Substring]? = nil
        for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
            if var lines = block {
                if line == "```" {
                    found.append((section, lines.joined(separator: "\n") + "\n"))
                    block = nil
                } else {
                    lines.append(line)
                    block = lines
                }
            } else if line == "```yaml" {
                block = []
            } else if line.hasPrefix("## ") {
                section = String(line.dropFirst(3))
            }
        }
        return found
    }

    /// Loads `yaml` and runs every rule: every diagnostic, as "code line:column message".
    static func diagnostics(_ yaml: String) -> [String] {
        let loaded = CongressLoader().load(text: yaml, file: "congress.yaml")
        let checked = loaded.congress.map { CongressChecker().check($0) } ?? []
        return (loaded.diagnostics + checked).map {
            "\($0.code) \($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.message.text(in: .en))"
        }
    }

    @Test func everyCompleteExampleLoadsAndChecksClean() throws {
        let complete = try Self.examples().filter { $0.yaml.hasPrefix("schema: 1\n") }
        for example in complete {
            #expect(Self.diagnostics(example.yaml) == [], "\(example.section)")
        }
        // The page's opening example (a chi bộ, đại hội đảng viên), the đại hội đại biểu of a đảng bộ cơ sở under
        // "Kind and level", and one each for the first meeting and the delegation.
        let sections = complete.map(\.section)
        #expect(sections.contains { $0.hasPrefix("Example") })
        #expect(sections.contains("Kind and level"))
        let meeting = complete.filter { $0.yaml.contains("first_meeting:") && $0.yaml.contains("absent:") }
        let delegation = complete.filter { $0.yaml.contains("delegation:") && $0.yaml.contains("dai-bieu-du-khuyet") }
        #expect(meeting.count == 1 && delegation.count == 1)
        #expect(complete.count >= 4)
    }

    /// A fragment is not a file (its `schema`, `organisation` … are missing), but it is valid YAML: no syntax error,
    /// no key twice, no tab, no unclosed quote or flow value.
    @Test func everyFragmentIsValidYAML() throws {
        let fragments = try Self.examples().filter { !$0.yaml.hasPrefix("schema: 1\n") }
        #expect(!fragments.isEmpty)
        let syntax: Set<String> = ["DH101", "DH102", "DH135", "DH136", "DH138"]
        for fragment in fragments {
            let loaded = CongressLoader().load(text: fragment.yaml, file: "congress.yaml")
            #expect(loaded.diagnostics.filter { syntax.contains($0.code) }.isEmpty, "\(fragment.section): \(fragment.yaml.prefix(60))")
        }
    }
}
