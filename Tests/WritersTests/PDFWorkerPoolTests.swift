import Foundation
import Testing
import Writers

@Suite("PDF worker pool")
struct PDFWorkerPoolTests {
    /// A scratch folder with the two sample documents as ODT.
    static func scratch() throws -> (dir: URL, odts: [URL]) {
        let dir = try ToolRunner.temporaryDirectory()
        let minutes = dir.appendingPathComponent("minutes.odt")
        let three = dir.appendingPathComponent("three-pages.odt")
        try ODTWriter().write(ODFSamples.minutes).write(to: minutes)
        try ODTWriter().write(ODFSamples.threePages).write(to: three)
        return (dir, [minutes, three])
    }

    /// An executable shell script in `dir`.
    static func script(_ dir: URL, _ name: String, _ body: String) throws -> URL {
        let url = dir.appendingPathComponent(name)
        try "#!/bin/sh\n\(body)\n".write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url
    }

    /// Files in `dir` whose name starts with a dot: temporary PDFs left behind.
    static func hidden(_ dir: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasPrefix(".") }
    }

    @Test("a missing soffice is one clear error naming the packages, before any work")
    func missing() throws {
        let (dir, odts) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let jobs = odts.map { PDFJob(source: $0, destination: dir.appendingPathComponent("out/\($0.lastPathComponent).pdf")) }
        let error = #expect(throws: PDFConversionError.self) {
            try PDFWorkerPool(soffice: "/nonexistent/soffice").convert(jobs)
        }
        #expect(error == .sofficeNotFound("/nonexistent/soffice"))
        #expect(error?.description.contains("apt-get install libreoffice-writer-nogui fonts-liberation2") == true)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
    }

    @Test("a hanging soffice is stopped at the timeout, retried once, and reported; no PDF, no temporary file")
    func hangingConvertTo() throws {
        let (dir, odts) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let slow = try Self.script(dir, "slow-soffice", "exec sleep 30")
        let out = dir.appendingPathComponent("out")
        let jobs = odts.map { PDFJob(source: $0, destination: out.appendingPathComponent($0.deletingPathExtension().lastPathComponent + ".pdf")) }
        let start = ContinuousClock.now
        let report = try PDFWorkerPool(soffice: slow.path, workers: 2, timeout: .milliseconds(300), python: "").convert(jobs)
        #expect(ContinuousClock.now - start < .seconds(20))
        #expect(report.written.isEmpty)
        #expect(report.failed.map(\.job) == jobs)
        #expect(report.failed.allSatisfy { $0.error == .timedOut(seconds: 0.3) })
        #expect(report.retried == 2)
        #expect(report.mode == "convert-to")
        #expect(!FileManager.default.fileExists(atPath: jobs[0].destination.path))
        #expect(Self.hidden(out).isEmpty)
    }

    @Test("a listener that never answers: the worker's start times out, is retried, the file is reported")
    func silentListener() throws {
        let (dir, odts) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let silent = try Self.script(dir, "silent-soffice", "exec sleep 30")
        let job = PDFJob(source: odts[0], destination: dir.appendingPathComponent("minutes.pdf"))
        let report = try PDFWorkerPool(soffice: silent.path, workers: 1, timeout: .seconds(1)).convert([job])
        #expect(report.written.isEmpty)
        #expect(report.failed.count == 1)
        #expect(report.retried == 1)
        // The fake listeners were ended: none of them is left running.
        let left = try ToolRunner.run("pgrep", ["-f", silent.path])
        #expect(left.output.isEmpty, "left running: \(left.output)")
    }

    @Test("warm workers print every file; a missing input is reported and does not stop the others",
          .enabled(if: LibreOffice.ready, LibreOffice.reason))
    func real() throws {
        let (dir, odts) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("pdf")
        var jobs: [PDFJob] = []
        for index in 0..<6 {
            let source = odts[index % 2]
            jobs.append(PDFJob(source: source, destination: out.appendingPathComponent("\(index)-\(source.deletingPathExtension().lastPathComponent).pdf")))
        }
        let missing = PDFJob(source: dir.appendingPathComponent("none.odt"), destination: out.appendingPathComponent("none.pdf"))
        jobs.insert(missing, at: 3)
        let report = try PDFWorkerPool(workers: 2, timeout: .seconds(120)).convert(jobs)
        print("pool: \(jobs.count - 1) PDFs in \(report.elapsed), mode \(report.mode)")
        #expect(report.mode == "uno")
        #expect(report.written == jobs.filter { $0 != missing }.map(\.destination))
        #expect(report.failed == [PDFFailure(job: missing, error: .inputMissing(missing.source.path))])
        #expect(report.retried == 0, "a missing input is not LibreOffice's fault: no retry")
        for pdf in report.written {
            let info = try ToolRunner.run("pdfinfo", [pdf.path]).output
            let pages = pdf.lastPathComponent.hasSuffix("three-pages.pdf") ? 3 : 1
            #expect(info.contains("Pages:           \(pages)"), "\(pdf.lastPathComponent): \(info)")
            #expect(info.contains("(A4)"))
        }
        #expect(Self.hidden(out).isEmpty)
    }
}
