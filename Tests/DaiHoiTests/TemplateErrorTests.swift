import DaiHoi
import Derive
import Diagnostics
import Foundation
import Testing

/// A template that names a value the view model does not have fails with the template's name, line and
/// column — never a silent blank — and nothing is written for that paper.
struct TemplateErrorTests {
    /// A fresh folder holding a copy of the real templates (`Templates/`) to break one of.
    static func copiedTemplates() throws -> (folder: URL, templates: URL) {
        let folder = try Repository.temporaryFolder()
        let templates = folder.appendingPathComponent("Templates")
        try FileManager.default.copyItem(atPath: Repository.templates, toPath: templates.path)
        return (folder, templates)
    }

    @Test func aMissingKeyNamesTheTemplateAndLine() throws {
        // A copy of the real templates with one line of the minutes changed.
        let (folder, templates) = try Self.copiedTemplates()
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
        // The file the user edits, not only the template's name (Jinja-like: file, line, column).
        #expect(error.location == SourceLocation(file: minutes.path, line: 10, column: 14))
        #expect(error.message.text(in: .en).contains("\(minutes.path):10:14: no value named 'no_such_value'"))
        #expect(error.message.text(in: .en).contains("no_such_value"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("minutes.html").path))
        // The other paper is still written.
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("delegates.html").path))
    }

    /// A name missing in a partial points at the partial's file, with the line and column of its tag (reading the
    /// header partial through the minutes).
    @Test func aMissingKeyInAPartialPointsAtThePartialsFile() throws {
        let (folder, templates) = try Self.copiedTemplates()
        let header = templates.appendingPathComponent("partials/header.xhtml")
        var lines = try String(contentsOf: header, encoding: .utf8).components(separatedBy: "\n")
        let row = try #require(lines.firstIndex { $0.contains("{{superior}}") })
        lines[row] = "        <p class=\"superior\">{{superiour}}</p>"
        try lines.joined(separator: "\n").write(to: header, atomically: true, encoding: .utf8)

        let file = try Fixture.write(Fixture.minimal)
        let report = Pipeline(templateFolder: templates.path)
            .render(file: file.path, documents: [.minutes], formats: [.html], outputDirectory: folder.appendingPathComponent("out").path)
        let error = try #require(report.diagnostics.first { $0.severity == .error })
        #expect(error.code == "DH301")
        #expect(error.location == SourceLocation(file: header.path, line: row + 1, column: 29))
        let text = error.message.text(in: .en)
        #expect(text.contains("\(header.path):\(row + 1):29: no value named 'superiour'"), "\(text)")
        #expect(text.contains("did you mean 'superior'?"), "\(text)")
        #expect(text.contains("(template partials/header)"), "\(text)")
    }

    /// A compile error (a section never closed) in a partial: the library refuses the folder, at the partial's file.
    @Test func aCompileErrorPointsAtItsFile() throws {
        let (folder, templates) = try Self.copiedTemplates()
        let signatures = templates.appendingPathComponent("partials/signatures.xhtml")
        let source = try String(contentsOf: signatures, encoding: .utf8)
        try ("{{#never_closed}}\n" + source).write(to: signatures, atomically: true, encoding: .utf8)
        let file = try Fixture.write(Fixture.minimal)
        let report = Pipeline(templateFolder: templates.path)
            .render(file: file.path, documents: [.delegates], formats: [.html], outputDirectory: folder.appendingPathComponent("out").path)
        let diagnostic = try #require(report.diagnostics.first { $0.severity == .error })
        #expect(diagnostic.code == "DH301")
        #expect(diagnostic.location == SourceLocation(file: signatures.path, line: 1, column: 1))
        #expect(diagnostic.message.text(in: .en).contains("\(signatures.path):1:1: section 'never_closed' is never closed"))
    }

    @Test func illFormedXHTMLNamesTheTemplate() throws {
        let (folder, templates) = try Self.copiedTemplates()
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
