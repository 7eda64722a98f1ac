import DaiHoi
import Derive
import DocumentTree
import Foundation
import Testing

/// Data is never code: values holding markup, template syntax, CDATA ends or control characters are
/// escaped or refused with a diagnostic — never interpreted, never a crash.
struct HostileInputTests {
    static let hostileName = #"Trần <script>alert("x")</script> & {{org}} ]]> Hòa"#

    /// Renders the minimal congress with the organisation, a person and a discussion topic replaced.
    private func render(name: String, organisation: String = "Chi bộ Khu phố 3", topic: String = "Công tác phát triển đảng viên",
                        formats: [OutputFormat] = [.html, .fodt]) throws -> (report: PipelineReport, out: URL) {
        let yaml = Fixture.minimal
            .replacingOccurrences(of: "name: Trần Thị Hòa", with: "name: '\(name.replacingOccurrences(of: "'", with: "''"))'")
            .replacingOccurrences(of: "name: Chi bộ Khu phố 3", with: "name: '\(organisation)'")
            .replacingOccurrences(of: "topic: Công tác phát triển đảng viên", with: "topic: '\(topic)'")
        let file = try Fixture.write(yaml)
        let out = file.deletingLastPathComponent().appendingPathComponent("out")
        let report = Pipeline(templateFolder: Repository.templates)
            .render(file: file.path, documents: DocumentKind.allCases, formats: formats, outputDirectory: out.path)
        return (report, out)
    }

    @Test func markupAndTemplateSyntaxAreEscapedInEveryFormat() throws {
        let (report, out) = try render(name: Self.hostileName, organisation: "Chi bộ A & B <i>", topic: "{{#rows}}x{{/rows}} ]]>")
        #expect(!report.hasErrors, "\(report.diagnostics)")
        let html = try String(contentsOf: out.appendingPathComponent("minutes.html"), encoding: .utf8)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; {{org}} ]]&gt; Hòa"))
        #expect(html.contains("Chi bộ A &amp; B &lt;i&gt;"))
        #expect(html.contains("{{#rows}}x{{/rows}} ]]&gt;"))
        // The written HTML parses back, and the text is the value exactly as typed.
        let body = html.components(separatedBy: "<!DOCTYPE html>").last ?? html
        let document = try XHTMLParser.parse(body, name: "minutes", profile: .hd36_2018)
        let text = document.body.map(\.textContent).joined()
        #expect(text.contains(Self.hostileName))
        let fodt = try String(contentsOf: out.appendingPathComponent("minutes.fodt"), encoding: .utf8)
        #expect(!fodt.contains("<script>"))
        #expect(fodt.contains("&lt;script&gt;"))
    }

    @Test func aControlCharacterIsRefusedWithItsPosition() throws {
        let (report, out) = try render(name: "Trần Thị\u{07} Hòa")
        #expect(report.hasErrors)
        #expect(report.diagnostics.map(\.code) == ["DH121"])
        #expect(report.diagnostics.first?.location?.line == 13)
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing is written for an invalid file")
    }

    @Test func aTenThousandCharacterNameRenders() throws {
        let long = String(repeating: "Nguyễn Văn Thành ", count: 600).trimmingCharacters(in: .whitespaces)
        #expect(long.count > 10_000)
        let (report, out) = try render(name: long)
        #expect(!report.hasErrors, "\(report.diagnostics)")
        let html = try String(contentsOf: out.appendingPathComponent("delegates.html"), encoding: .utf8)
        #expect(html.contains(long))
    }
}
