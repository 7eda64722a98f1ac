import Foundation
import Testing
import DocumentTree
import ODFWriting
import ZIPFoundation

/// Validation against the OASIS ODF 1.2 RelaxNG schema, extracted (never committed) by
/// `scripts/odf-schema.sh` into Tests/.schema/ from Debian's libjopendocument-java.
enum ODFSchema {
    static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".schema/OpenDocument-v1.2-schema.rng")
    static let ready = FileManager.default.fileExists(atPath: url.path) && ToolRunner.find("xmllint") != nil
    static var reason: Comment {
        let why: Comment = "skipped: needs xmllint and \(url.path) (run scripts/odf-schema.sh)"
        if !ready { print(why) }
        return why
    }
}

@Suite("ODF 1.2 schema", .enabled(if: ODFSchema.ready, ODFSchema.reason))
struct ODFSchemaTests {
    /// Runs xmllint on `files`; returns its output when a file does not validate.
    func validate(_ files: [URL]) throws -> String? {
        let result = try ToolRunner.run("xmllint", ["--noout", "--relaxng", ODFSchema.url.path] + files.map(\.path))
        return result.status == 0 ? nil : result.output
    }

    @Test("flat ODT of every sample validates", arguments: ODFSamples.names)
    func flat(_ name: String) throws {
        let document = try #require(ODFSamples.named(name))
        let dir = try ToolRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("\(document.name).fodt")
        try FODTWriter().write(document).write(to: file, atomically: true, encoding: .utf8)
        let failure = try validate([file])
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test("content.xml, styles.xml, meta.xml and settings.xml of the ODT validate", arguments: ODFSamples.names)
    func packaged(_ name: String) throws {
        let document = try #require(ODFSamples.named(name))
        let dir = try ToolRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let archive = try Archive(data: ODTWriter().write(document), accessMode: .read)
        var files: [URL] = []
        for name in ["content.xml", "styles.xml", "meta.xml", "settings.xml"] {
            let entry = try #require(archive[name])
            let file = dir.appendingPathComponent(name)
            _ = try archive.extract(entry, to: file)
            files.append(file)
        }
        let failure = try validate(files)
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test("a paper's date and issuing body in meta.xml validate (meta:creation-date, dc:date, dc:creator)")
    func metadata() throws {
        var document = ODFSamples.minutes
        document.metadata = DocumentMetadata(date: DocumentDate(year: 2025, month: 4, day: 12), author: "ĐẠI HỘI & <BAN>")
        let dir = try ToolRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("meta.fodt")
        try FODTWriter().write(document).write(to: file, atomically: true, encoding: .utf8)
        let failure = try validate([file])
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test("the schema really rejects a wrong document")
    func rejects() throws {
        let dir = try ToolRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("bad.fodt")
        let good = FODTWriter().write(ODFSamples.minutes)
        // An attribute the schema does not know, on every paragraph (whatever style names the writer chose).
        let bad = good.replacingOccurrences(of: "<text:p ", with: "<text:p text:bogus=\"1\" ")
        try #require(bad != good, "the mutation changed nothing: the test would prove nothing")
        try bad.write(to: file, atomically: true, encoding: .utf8)
        #expect(try validate([file]) != nil)
    }
}
