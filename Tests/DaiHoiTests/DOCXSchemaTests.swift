import DaiHoi
import Derive
import Foundation
import Testing

/// openxml-audit 0.8.0 (PyPI; `make setup` puts it in .venv-ooxml through scripts/ooxml-venv.sh): the Open XML
/// SDK's validation in Python — the SDK's schemas of ECMA-376 / ISO/IEC 29500 Transitional and its semantic checks.
enum OOXMLValidator {
    static let python = Repository.root.appendingPathComponent(".venv-ooxml/bin/python3").path
    static let script = Repository.root.appendingPathComponent("scripts/docx-validate.py").path
    static let ready: Bool = FileManager.default.isExecutableFile(atPath: python)
    static var reason: Comment {
        let why: Comment = "skipped: no .venv-ooxml (make setup installs openxml-audit from PyPI)"
        if !ready { print(why) }
        return why
    }

    struct Report: Decodable { let format: String; let files: [String: [String]] }

    /// The errors openxml-audit finds in each of `files`, validated as `format` (an Office version of the SDK).
    static func validate(_ files: [URL], format: String) throws -> Report {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script, "--format", format] + files.map(\.path)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let problems = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PythonDOCX.InspectionFailed(output: String(decoding: data + problems, as: UTF8.self))
        }
        return try JSONDecoder().decode(Report.self, from: data)
    }
}

@Suite("DOCX against ECMA-376", .serialized, .enabled(if: OOXMLValidator.ready, OOXMLValidator.reason))
struct DOCXSchemaTests {
    /// Every paper of `congress` written as DOCX into a new folder.
    static func papers(_ congress: String) throws -> (folder: URL, docx: [URL]) {
        let folder = try Repository.temporaryFolder()
        let report = Pipeline(templateFolder: Repository.templates, paperOptions: ODFCorpus.options)
            .render(file: ODFCorpus.file(congress), documents: DocumentKind.allCases, formats: [.docx], outputDirectory: folder.path)
        #expect(!report.hasErrors, "\(report.diagnostics)")
        return (folder, report.written.filter { $0.hasSuffix(".docx") }.sorted().map { URL(fileURLWithPath: $0) })
    }

    @Test("every part of every paper's DOCX validates against ISO/IEC 29500 Transitional (ECMA-376 2nd edition on) as Office 2010 and 2019 read it: schemas, styles referenced defined, relationships resolved, the theme part there: no finding at all",
          arguments: ODFCorpus.names)
    func valid(_ congress: String) throws {
        let (folder, docx) = try Self.papers(congress)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(docx.count >= 4)
        for format in ["office2010", "office2019"] {
            let report = try OOXMLValidator.validate(docx, format: format)
            #expect(report.files.count == docx.count)
            for file in docx {
                let errors = try #require(report.files[file.path], "\(file.lastPathComponent) not validated")
                #expect(errors.isEmpty, "\(congress)/\(file.lastPathComponent) as \(format): \(errors.prefix(5))")
            }
        }
    }

    @Test("the validator reads our parts: a property out of ECMA-376's order and a style never defined, put into a sample's minutes, are both found")
    func catchesFaults() throws {
        let (folder, docx) = try Self.papers("chi-bo-khu-pho-3")
        defer { try? FileManager.default.removeItem(at: folder) }
        let minutes = try #require(docx.first { $0.lastPathComponent == "minutes.docx" })
        let broken = folder.appendingPathComponent("broken.docx")
        // w:pPr's sequence puts w:pStyle first; "Nope" is no style of styles.xml.
        let edit = """
        import sys, zipfile
        src, dst = zipfile.ZipFile(sys.argv[1]), zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED)
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                data = data.replace(b'<w:pPr><w:pStyle w:val="BodyText"/>', b'<w:pPr><w:keepNext/><w:pStyle w:val="Nope"/>', 1)
            dst.writestr(info, data)
        dst.close()
        """
        let process = try Process.run(URL(fileURLWithPath: OOXMLValidator.python), arguments: ["-c", edit, minutes.path, broken.path])
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let report = try OOXMLValidator.validate([minutes, broken], format: "office2019")
        #expect(report.files[minutes.path] == [])
        let errors = report.files[broken.path] ?? []
        #expect(errors.contains { $0.contains("/word/document.xml") && $0.contains("Unexpected element") }, "\(errors)")
        #expect(errors.contains { $0.contains("'Nope'") }, "\(errors)")
    }
}
