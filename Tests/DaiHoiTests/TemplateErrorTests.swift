import DaiHoi
import Derive
import Diagnostics
import Foundation
import Testing

/// A template that names a value the view model does not have fails with the template's name, line and
/// column — never a silent blank — and nothing is written for that paper.
struct TemplateErrorTests {
    @Test func aMissingKeyNamesTheTemplateAndLine() throws {
        // A copy of the real templates with one line of the minutes changed.
        let folder = try Repository.temporaryFolder()
        let templates = folder.appendingPathComponent("Templates")
        try FileManager.default.copyItem(atPath: Repository.templates, toPath: templates.path)
        let minutes = templates.appendingPathComponent("documents/minutes.xhtml")
        var lines = try String(contentsOf: minutes, encoding: .utf8).components(separatedBy: "\n")
        lines[9] = "<h1>BIÊN BẢN {{no_such_value}}</h1>"
        try lines.joined(separator: "\n").write(to: minutes, atomically: true, encoding: .utf8)

        let file = try Fixture.write(Fixture.minimal)
        let out = folder.appendingPathComponent("out")
        let report = Pipeline(templateFolder: templates.path)
            .render(file: file.path, documents: [.minutes, .delegates], formats: [.html], outputDirectory: out.path)
        let error = try #require(report.diagnostics.first { $0.severity == .error })
        #expect(error.code == "DH301")
        #expect(error.location == SourceLocation(file: "documents/minutes", line: 10, column: 14))
        #expect(error.message.text(in: .en).contains("no_such_value"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("minutes.html").path))
        // The other paper is still written.
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("delegates.html").path))
    }

    @Test func illFormedXHTMLNamesTheTemplate() throws {
        let folder = try Repository.temporaryFolder()
        let templates = folder.appendingPathComponent("Templates")
        try FileManager.default.copyItem(atPath: Repository.templates, toPath: templates.path)
        let delegates = templates.appendingPathComponent("documents/delegates.xhtml")
        let text = try String(contentsOf: delegates, encoding: .utf8).replacingOccurrences(of: "</h1>", with: "</h2>")
        try text.write(to: delegates, atomically: true, encoding: .utf8)
        let file = try Fixture.write(Fixture.minimal)
        let report = Pipeline(templateFolder: templates.path)
            .render(file: file.path, documents: [.delegates], formats: [.html], outputDirectory: folder.appendingPathComponent("out").path)
        let error = try #require(report.diagnostics.first)
        #expect(error.code == "DH302")
        #expect(error.message.text(in: .en).contains("documents/delegates"))
    }
}
