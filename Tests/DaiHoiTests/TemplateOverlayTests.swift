import DaiHoi
import Diagnostics
import Foundation
import Testing

/// `--templates DIR` overlays DIR on the built-in set: a file there replaces the built-in template of the same name,
/// every other template still comes from the built-in set; a file that would change nothing is an error.
struct TemplateOverlayTests {
    static let sample = Repository.samples.appendingPathComponent("chi-bo-khu-pho-3/congress.yaml").path

    /// An overlay folder holding only `files` (relative path → text).
    static func overlay(_ files: [String: String]) throws -> URL {
        let folder = try Repository.temporaryFolder()
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return folder
    }

    static func builtInHeader() throws -> String {
        try String(contentsOfFile: Repository.templates + "/partials/header.xhtml", encoding: .utf8)
    }

    /// The minutes and the delegate list rendered with `overlay` (nil: the built-in set only), by file name.
    static func render(overlay: URL?) throws -> [String: String] {
        let out = try Repository.temporaryFolder()
        let report = Pipeline(templateFolder: Repository.templates, templateOverlay: overlay?.path)
            .render(file: sample, documents: [.minutes, .delegates], formats: [.html], outputDirectory: out.path, explicitly: true)
        #expect(!report.hasErrors, "\(report.diagnostics)")
        var pages: [String: String] = [:]
        for name in ["minutes.html", "delegates.html"] {
            pages[name] = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
        }
        return pages
    }

    /// One partial overridden: the papers differ from the built-in ones by exactly that partial's change.
    @Test func oneOverriddenPartialChangesOnlyItsPart() throws {
        let header = try Self.builtInHeader()
        #expect(header.contains("ĐẢNG CỘNG SẢN VIỆT NAM"))
        let overlay = try Self.overlay(["partials/header.xhtml": header.replacingOccurrences(
            of: "<p class=\"party-name\">ĐẢNG CỘNG SẢN VIỆT NAM</p>",
            with: "<p class=\"party-name\">ĐẢNG CỘNG SẢN VIỆT NAM</p>\n<p class=\"province-mark\">Mẫu của Tỉnh ủy</p>")])
        let plain = try Self.render(overlay: nil)
        let overlaid = try Self.render(overlay: overlay)
        for (name, page) in plain {
            let changed = try #require(overlaid[name])
            #expect(changed.contains("Mẫu của Tỉnh ủy"), "\(name) keeps the built-in header")
            #expect(changed != page)
            // Every other byte is the built-in set's: removing the added line gives the built-in paper back.
            let lines = changed.components(separatedBy: "\n").filter { !$0.contains("province-mark") }
            #expect(lines.joined(separator: "\n") == page, "\(name) differs elsewhere")
        }
    }

    /// An overridden document may include a new partial of the overlay; the CLI's --templates is the overlay.
    @Test func aNewPartialIncludedByAnOverrideIsAccepted() throws {
        let header = try Self.builtInHeader()
        let overlay = try Self.overlay([
            "partials/header.xhtml": header.replacingOccurrences(of: "<p class=\"place-date\">{{place_date}}</p>",
                                                                 with: "<p class=\"place-date\">{{place_date}}</p>\n{{> partials/province-motto}}"),
            "partials/province-motto.xhtml": "<p class=\"motto\">Đoàn kết – Dân chủ – Kỷ cương</p>\n",
        ])
        let work = try Repository.temporaryFolder()
        let result = try CLI.run(["render", Self.sample, "--doc", "minutes", "--templates", overlay.path, "-o", work.path])
        #expect(result.status == 0, "\(result.stderr)")
        let minutes = try String(contentsOf: work.appendingPathComponent("minutes.html"), encoding: .utf8)
        #expect(minutes.contains("<p class=\"motto\">Đoàn kết – Dân chủ – Kỷ cương</p>"))
        #expect(minutes.contains("BIÊN BẢN"), "the minutes' own template is the built-in one")
    }

    /// `templates export DIR`: every built-in file byte for byte; used whole as the overlay, the papers are the
    /// built-in ones; a second export refuses (DH468), --force keeps the edited file as .bak.
    @Test func exportCopiesTheBuiltInSetAndRefusesToOverwrite() throws {
        let folder = try Repository.temporaryFolder().appendingPathComponent("mau-tinh")
        let export = try CLI.run(["templates", "export", folder.path])
        #expect(export.status == 0, "\(export.stderr)")
        let builtIn = Repository.root.appendingPathComponent("Templates")
        let names = try FileManager.default.subpathsOfDirectory(atPath: builtIn.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted() == names)
        for name in names {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: builtIn.appendingPathComponent(name).path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            #expect(FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
                    == FileManager.default.contents(atPath: builtIn.appendingPathComponent(name).path), "\(name)")
        }
        #expect(try Self.render(overlay: folder) == Self.render(overlay: nil))

        let header = folder.appendingPathComponent("partials/header.xhtml")
        try "edited\n".write(to: header, atomically: true, encoding: .utf8)
        let again = try CLI.run(["templates", "export", folder.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("lỗi [DH468]: '\(folder.path)/documents/aggregate.xhtml' đã có"), "\(again.stderr)")
        #expect(try String(contentsOf: header, encoding: .utf8) == "edited\n")
        let forced = try CLI.run(["templates", "export", folder.path, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stderr.contains("cảnh báo [DH465]: đã ghi đè '\(header.path)'"), "\(forced.stderr)")
        #expect(try String(contentsOf: URL(fileURLWithPath: header.path + ".bak"), encoding: .utf8) == "edited\n")
    }

    /// A misspelt file name would override nothing: an error naming the file and the template meant.
    @Test func aFileThatReplacesNothingIsAnErrorWithTheNearestName() throws {
        let overlay = try Self.overlay(["partials/heder.xhtml": try Self.builtInHeader()])
        let work = try Repository.temporaryFolder()
        let result = try CLI.run(["render", Self.sample, "--doc", "minutes", "--templates", overlay.path, "-o", work.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("[DH301]"), "\(result.stderr)")
        #expect(result.stderr.contains("\(overlay.path)/partials/heder"), "\(result.stderr)")
        #expect(result.stderr.contains("'partials/header'"), "the nearest built-in name: \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("minutes.html").path))
    }
}
