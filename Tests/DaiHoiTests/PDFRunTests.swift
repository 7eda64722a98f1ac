import DaiHoi
import Derive
import Foundation
import Testing

/// `--format pdf` end to end: the CLI without LibreOffice, and a batch printing every branch in one pool call.
struct PDFRunTests {
    @Test("render --format pdf without LibreOffice: exit 1, the message names the packages, the ODT formats still written")
    func missingSoffice() throws {
        let file = try Fixture.write(Fixture.minimal)
        let out = file.deletingLastPathComponent().appendingPathComponent("out")
        let result = try CLI.run(["render", file.path, "--doc", "minutes", "--format", "odt", "--format", "pdf",
                                  "--soffice", "/nonexistent/soffice", "--lang", "en", "-o", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("DH401"))
        #expect(result.stderr.contains("apt-get install libreoffice-writer-nogui fonts-liberation2"), "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("minutes.odt").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("minutes.pdf").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["minutes.odt"])
    }

    @Test("batch --format pdf prints every branch's papers; a rerun with nothing changed prints nothing",
          .enabled(if: LibreOfficeTools.ready, LibreOfficeTools.reason))
    func batch() async throws {
        let input = try Repository.temporaryFolder()
        let output = try Repository.temporaryFolder()
        try SyntheticBranches(seed: 5).write(count: 3, broken: [1], to: input.path)
        let options = BatchOptions(inputDirectory: input.path, outputDirectory: output.path,
                                   documents: [.minutes, .delegates], formats: [.pdf], jobs: 2)
        let runner = BatchRunner(templateFolder: Repository.templates, toolVersion: "test")
        let report = try await runner.run(options)
        #expect(report.rendered.count == 3)
        #expect(report.invalid.map(\.name) == ["chi-bo-0002"])
        for name in ["chi-bo-0001", "chi-bo-0003"] {
            let folder = output.appendingPathComponent(name)
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            #expect(files == [BatchRunner.resultFile, "delegates.pdf", "minutes.pdf"])
            let result = try #require(BatchRunner.results(in: output.path).first { $0.name == name })
            #expect(result.documents == ["delegates.pdf", "minutes.pdf"])
            #expect(result.errors == 0)
            let head = try FileHandle(forReadingFrom: folder.appendingPathComponent("minutes.pdf")).readData(ofLength: 5)
            #expect(head == Data("%PDF-".utf8))
        }
        let again = try await runner.run(options)
        #expect(again.rendered.isEmpty)
        #expect(again.unchanged.count == 3)
    }
}
