import DaiHoi
import Derive
import Diagnostics
import Foundation
import Testing
import PDFWriting

/// `--format pdf` end to end: the CLI without LibreOffice, and a batch printing every branch in one pool call.
struct PDFRunTests {
    @Test("render --format pdf without LibreOffice: exit 1, the message names the packages, the ODT formats still written")
    func missingSoffice() throws {
        let file = try Fixture.write(Fixture.minimal)
        let out = file.deletingLastPathComponent().appendingPathComponent("out")
        let result = try CLI.run(["render", file.path, "--pdf-engine", "libreoffice", "--doc", "minutes", "--format", "odt", "--format", "pdf",
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
        let events = BatchEvents()
        let runner = BatchRunner(templateFolder: Repository.templates, toolVersion: "test", progress: events.record)
        let report = try await runner.run(options)
        // The render phase (3 branches), then the PDF phase: the mode line once, then 0…4 PDFs in order.
        let all = events.all
        #expect(all.map(\.phase) == Array(repeating: .render, count: 3) + Array(repeating: .pdf, count: 5))
        let pdf = all.filter { $0.phase == .pdf }
        #expect(pdf.map(\.done) == [0, 1, 2, 3, 4])
        #expect(pdf.allSatisfy { $0.total == 4 })
        #expect(pdf.compactMap(\.note) == [PDFPhaseText.mode(PDFModeHere.expected, language: .vi)])
        #expect(pdf.last?.status?.hasPrefix("4/4 PDF  ") == true, "\(pdf.last?.status ?? "")")
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

    @Test("render --format pdf says how LibreOffice prints and why, then n/N with PDFs/s and time left, in the language asked",
          .enabled(if: LibreOfficeTools.ready, LibreOfficeTools.reason))
    func modeAndProgressLines() throws {
        let file = try Fixture.write(Fixture.minimal)
        let out = file.deletingLastPathComponent().appendingPathComponent("out")
        for language in Language.allCases {
            let result = try CLI.run(["render", file.path, "--pdf-engine", "libreoffice", "--doc", "minutes", "--doc", "delegates", "--format", "pdf",
                                      "--lang", language.rawValue, "-o", out.path])
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stderr.split(separator: "\n").map(String.init).filter { $0.hasPrefix("[pdf] ") }
            let done = language == .vi ? "2/2 PDF  " : "2/2 PDFs  "
            // The engine asked for, the files to print, how LibreOffice prints them, then n/N twice.
            #expect(lines.count == 5, "\(lines)")
            #expect(lines.first?.hasPrefix(language == .vi ? "[pdf] máy in PDF: LibreOffice" : "[pdf] PDF engine: LibreOffice") == true, "\(lines)")
            #expect(lines.dropFirst(2).first == "[pdf] \(PDFPhaseText.mode(PDFModeHere.expected, language: language))")
            #expect(lines.last?.hasPrefix("[pdf] \(done)") == true, "\(lines)")
        }
    }

    @Test("render --format pdf with a LibreOffice whose Python has no uno: 'không có python3-uno: dùng soffice --convert-to, chậm hơn', PDFs written",
          .enabled(if: LibreOfficeTools.ready, LibreOfficeTools.reason))
    func fallbackModeLine() throws {
        let file = try Fixture.write(Fixture.minimal)
        let folder = file.deletingLastPathComponent()
        // A soffice whose program folder holds a Python that cannot import uno (tried before /usr/bin/python3).
        let program = folder.appendingPathComponent("program")
        try FileManager.default.createDirectory(at: program, withIntermediateDirectories: true)
        let soffice = program.appendingPathComponent("soffice")
        let python = program.appendingPathComponent("python")
        let real = try #require(ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").map { "\($0)/soffice" }
            .first { FileManager.default.isExecutableFile(atPath: $0) })
        try "#!/bin/sh\nexec '\(real)' \"$@\"\n".write(to: soffice, atomically: true, encoding: .utf8)
        try "#!/bin/sh\nexec /usr/bin/python3 -S \"$@\"\n".write(to: python, atomically: true, encoding: .utf8)
        for script in [soffice, python] { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path) }
        let out = folder.appendingPathComponent("out")
        let result = try CLI.run(["render", file.path, "--pdf-engine", "libreoffice", "--doc", "minutes", "--format", "pdf", "--soffice", soffice.path, "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("\n[pdf] không có python3-uno: dùng soffice --convert-to, chậm hơn\n"), "\(result.stderr)")
        #expect(result.stderr.contains("\n[pdf] 1/1 PDF  "), "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("minutes.pdf").path))
    }

    @Test("DAIHOI_PDF_POOL=convert-to forces the fallback on a machine with python3-uno (for the bench): the run says so and prints every PDF",
          .enabled(if: LibreOfficeTools.ready, LibreOfficeTools.reason))
    func forcedFallbackByEnvironment() throws {
        #expect(Pipeline.pdfPoolPython(["DAIHOI_PDF_POOL": "convert-to"]) == "")
        #expect(Pipeline.pdfPoolPython(["DAIHOI_PDF_POOL": "uno"]) == nil)
        #expect(Pipeline.pdfPoolPython([:]) == nil)
        let file = try Fixture.write(Fixture.minimal)
        let out = file.deletingLastPathComponent().appendingPathComponent("out")
        let result = try CLI.run(["render", file.path, "--pdf-engine", "libreoffice", "--doc", "minutes", "--doc", "delegates", "--format", "pdf", "-o", out.path],
                                 environment: ["DAIHOI_PDF_POOL": "convert-to"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("\n[pdf] DAIHOI_PDF_POOL=convert-to: dùng soffice --convert-to, chậm hơn\n"), "\(result.stderr)")
        for paper in ["minutes", "delegates"] {
            let pdf = try Data(contentsOf: out.appendingPathComponent("\(paper).pdf"))
            #expect(pdf.starts(with: Array("%PDF-".utf8)))
        }
    }

    @Test("the PDF phase's lines: the mode and its reason, and n/N with the rate and the time left recomputed")
    func phaseText() {
        #expect(PDFPhaseText.mode(.convertTo(reason: .noPythonUno), language: .vi) == "không có python3-uno: dùng soffice --convert-to, chậm hơn")
        #expect(PDFPhaseText.mode(.convertTo(reason: .noPythonUno), language: .en) == "no python3-uno: using soffice --convert-to, slower")
        #expect(PDFPhaseText.mode(.convertTo(reason: .pythonGivenEmpty), language: .en) == "DAIHOI_PDF_POOL=convert-to: using soffice --convert-to, slower")
        #expect(PDFPhaseText.mode(.uno, language: .en) == "python3-uno: warm LibreOffice workers")
        // 3 of 12 in 2 s: 1.5 PDFs/s, 9 left at that pace: 6 s.
        let progress = PDFPoolProgress(done: 3, total: 12, elapsed: .seconds(2), mode: .uno)
        #expect(PDFPhaseText.progress(progress, language: .vi) == "3/12 PDF  1,5 PDF/giây  còn ~6 giây")
        #expect(PDFPhaseText.progress(progress, language: .en) == "3/12 PDFs  1.5 PDFs/s  ~6 s left")
        let start = PDFPoolProgress(done: 0, total: 12, elapsed: .milliseconds(5), mode: .uno)
        #expect(PDFPhaseText.progress(start, language: .en) == "0/12 PDFs  ? PDFs/s  ~? s left")
    }
}

/// The batch progress reports, as they came.
final class BatchEvents: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [BatchProgress] = []

    var record: @Sendable (BatchProgress) -> Void { { event in self.lock.withLock { self.events.append(event) } } }
    var all: [BatchProgress] { lock.withLock { events } }
}

/// The mode the pool takes on this machine: warm workers when the system Python imports `uno` (python3-uno).
enum PDFModeHere {
    static var expected: PDFPoolMode {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", "import uno"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return .convertTo(reason: .noPythonUno) }
        process.waitUntilExit()
        return process.terminationStatus == 0 ? .uno : .convertTo(reason: .noPythonUno)
    }
}
