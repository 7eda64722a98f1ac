import Foundation
import Testing
@testable import ODFWriting
@testable import PDFWriting

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
        #expect(report.mode == .convertTo(reason: .pythonGivenEmpty))
        #expect(!FileManager.default.fileExists(atPath: jobs[0].destination.path))
        #expect(Self.hidden(out).isEmpty)
        let left = try ToolRunner.run("pgrep", ["-f", slow.path])
        #expect(left.output.isEmpty, "left running: \(left.output)")
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

    @Test("warm workers (python3-uno) print every file; a missing input is reported and does not stop the others",
          .enabled(if: UNO.ready, UNO.reason))
    func real() throws {
        let (dir, jobs, missing) = try Self.realJobs()
        defer { try? FileManager.default.removeItem(at: dir) }
        let progress = ProgressLog()
        let report = try PDFWorkerPool(workers: 2, timeout: .seconds(120)).convert(jobs, progress: progress.record)
        print("pool: \(jobs.count - 1) PDFs in \(report.elapsed), mode \(report.mode)")
        #expect(report.mode == .uno)
        try Self.expectPrinted(report, jobs: jobs, missing: missing, progress: progress, in: dir)
    }

    @Test("without python3-uno (python \"\"): one soffice --convert-to call per worker prints every file, same-named sources kept apart; a missing input is reported without retry",
          .enabled(if: LibreOffice.ready, LibreOffice.reason))
    func realConvertTo() throws {
        let (dir, jobs, missing) = try Self.realJobs()
        defer { try? FileManager.default.removeItem(at: dir) }
        let soffice = try #require(ToolRunner.find("soffice"))
        let calls = dir.appendingPathComponent("calls.log")
        let counting = try Self.script(dir, "counting-soffice", "echo call >> '\(calls.path)'\nexec '\(soffice)' \"$@\"")
        let progress = ProgressLog()
        let report = try PDFWorkerPool(soffice: counting.path, workers: 2, timeout: .seconds(120), python: "")
            .convert(jobs, progress: progress.record)
        print("pool --convert-to: \(jobs.count - 1) PDFs in \(report.elapsed)")
        #expect(report.mode == .convertTo(reason: .pythonGivenEmpty))
        try Self.expectPrinted(report, jobs: jobs, missing: missing, progress: progress, in: dir)
        #expect(try String(contentsOf: calls, encoding: .utf8) == "call\ncall\n", "one soffice call per worker")
    }

    @Test("a Python without uno beside soffice: the pool says 'no python3-uno' and prints every file with --convert-to",
          .enabled(if: LibreOffice.ready, LibreOffice.reason))
    func pythonWithoutUno() throws {
        let (dir, odts) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        // LibreOffice's own program/python is tried first: here one that cannot import uno (no site-packages).
        let program = dir.appendingPathComponent("program")
        try FileManager.default.createDirectory(at: program, withIntermediateDirectories: true)
        let soffice = try Self.script(program, "soffice", "exec '\(try #require(ToolRunner.find("soffice")))' \"$@\"")
        _ = try Self.script(program, "python", "exec /usr/bin/python3 -S \"$@\"")
        let jobs = odts.map { PDFJob(source: $0, destination: dir.appendingPathComponent("pdf/\($0.deletingPathExtension().lastPathComponent).pdf")) }
        let report = try PDFWorkerPool(soffice: soffice.path, workers: 2, timeout: .seconds(120)).convert(jobs)
        #expect(report.mode == .convertTo(reason: .noPythonUno))
        #expect(report.written == jobs.map(\.destination))
        #expect(report.failed.isEmpty)
    }

    @Test("convert-to calls: contiguous runs, one per worker, more when a run would pass 200 files")
    func calls() {
        #expect(PDFWorkerPool.calls(7, workers: 2) == [0..<3, 3..<7])
        #expect(PDFWorkerPool.calls(1, workers: 4) == [0..<1])
        #expect(PDFWorkerPool.calls(0, workers: 2) == [])
        #expect(PDFWorkerPool.calls(400, workers: 2) == [0..<200, 200..<400])
        // 401 files: 3 calls (⌈401 / 200⌉), of 133, 134 and 134 files.
        #expect(PDFWorkerPool.calls(401, workers: 2) == [0..<133, 133..<267, 267..<401])
        #expect(PDFWorkerPool.calls(3000, workers: 4).allSatisfy { $0.count == 200 })
    }

    @Test("convert-to batch: the PDFs a call did not write are retried one by one; each destination gets its own source's PDF")
    func batchRetriesMissing() throws {
        let dir = try ToolRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let calls = dir.appendingPathComponent("calls.log")
        // Copies each input to OUTDIR/<name>.pdf, except the first when it is given several files.
        let fake = try Self.script(dir, "fake-soffice", Self.copyingSoffice(log: calls, skipFirst: true))
        let sources = try ["a", "b", "c"].map { branch in
            let folder = dir.appendingPathComponent(branch)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let odt = folder.appendingPathComponent(branch == "c" ? "delegates.odt" : "minutes.odt")
            try Data("source \(branch)".utf8).write(to: odt)
            return odt
        }
        let out = dir.appendingPathComponent("out")
        let jobs = sources.map { PDFJob(source: $0, destination: out.appendingPathComponent($0.deletingLastPathComponent().lastPathComponent + ".pdf")) }
        let progress = ProgressLog()
        let report = try PDFWorkerPool(soffice: fake.path, workers: 1, timeout: .seconds(10), python: "").convert(jobs, progress: progress.record)
        #expect(report.written == jobs.map(\.destination))
        #expect(report.failed.isEmpty)
        #expect(report.retried == 1)
        #expect(try String(contentsOf: calls, encoding: .utf8) == "3\n1\n", "one call for the three, then one for the PDF it missed")
        for (job, branch) in zip(jobs, ["a", "b", "c"]) {
            #expect(try String(contentsOf: job.destination, encoding: .utf8) == "source \(branch)")
        }
        #expect(progress.done == [0, 1, 2, 3])
        #expect(Self.hidden(out).isEmpty)
    }

    @Test("convert-to batch: the call's timeout is the per-file timeout times its files")
    func batchTimeoutScales() throws {
        let dir = try ToolRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let calls = dir.appendingPathComponent("calls.log")
        let slow = try Self.script(dir, "slow-soffice", "sleep 1.5\n" + Self.copyingSoffice(log: calls, skipFirst: false))
        var jobs: [PDFJob] = []
        for index in 0..<3 {
            let odt = dir.appendingPathComponent("\(index).odt")
            try Data("source \(index)".utf8).write(to: odt)
            jobs.append(PDFJob(source: odt, destination: dir.appendingPathComponent("out/\(index).pdf")))
        }
        // 1 s per file: a call for three files may take 3 s, so the 1.5 s call is not stopped.
        let report = try PDFWorkerPool(soffice: slow.path, workers: 1, timeout: .seconds(1), python: "").convert(jobs)
        #expect(report.written == jobs.map(\.destination))
        #expect(report.retried == 0)
        #expect(try String(contentsOf: calls, encoding: .utf8) == "3\n")
    }

    /// A stand-in `soffice --convert-to pdf --outdir DIR FILE…` that copies each FILE to DIR/<name>.pdf and
    /// logs how many files it was given; with `skipFirst`, it leaves out the first of several files.
    static func copyingSoffice(log: URL, skipFirst: Bool) -> String {
        """
        out=""; files=""
        while [ $# -gt 0 ]; do
          case "$1" in
            --outdir|--convert-to) [ "$1" = --outdir ] && out="$2"; shift 2 ;;
            -*) shift ;;
            *) files="$files $1"; shift ;;
          esac
        done
        n=$(echo $files | wc -w); echo "$n" >> '\(log.path)'
        i=0
        for f in $files; do
          i=$((i + 1))
          if [ \(skipFirst ? "1" : "0") = 1 ] && [ "$n" -gt 1 ] && [ "$i" = 1 ]; then continue; fi
          b=$(basename "$f"); cp "$f" "$out/${b%.*}.pdf"
        done
        """
    }

    /// Seven jobs for the real tests: the two samples three times each, the second three from another folder
    /// under the same names, and a missing input in the middle.
    static func realJobs() throws -> (dir: URL, jobs: [PDFJob], missing: PDFJob) {
        let (dir, odts) = try Self.scratch()
        let other = dir.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        for odt in odts { try FileManager.default.copyItem(at: odt, to: other.appendingPathComponent(odt.lastPathComponent)) }
        let out = dir.appendingPathComponent("pdf")
        var jobs: [PDFJob] = []
        for index in 0..<6 {
            let source = (index < 3 ? dir : other).appendingPathComponent(odts[index % 2].lastPathComponent)
            jobs.append(PDFJob(source: source, destination: out.appendingPathComponent("\(index)-\(source.deletingPathExtension().lastPathComponent).pdf")))
        }
        let missing = PDFJob(source: dir.appendingPathComponent("none.odt"), destination: out.appendingPathComponent("none.pdf"))
        jobs.insert(missing, at: 3)
        return (dir, jobs, missing)
    }

    /// Every job but the missing one printed (pdfinfo: pages, A4), the missing one reported without retry,
    /// progress from 0 to every job in order, no temporary file left.
    static func expectPrinted(_ report: PDFPoolReport, jobs: [PDFJob], missing: PDFJob, progress: ProgressLog, in dir: URL) throws {
        #expect(report.written == jobs.filter { $0 != missing }.map(\.destination))
        #expect(report.failed == [PDFFailure(job: missing, error: .inputMissing(missing.source.path))])
        #expect(report.retried == 0, "a missing input is not LibreOffice's fault: no retry")
        for pdf in report.written {
            let info = try ToolRunner.run("pdfinfo", [pdf.path]).output
            let pages = pdf.lastPathComponent.hasSuffix("three-pages.pdf") ? 3 : 1
            #expect(info.contains("Pages:           \(pages)"), "\(pdf.lastPathComponent): \(info)")
            #expect(info.contains("(A4)"))
        }
        #expect(progress.done == Array(0...jobs.count), "progress: \(progress.done)")
        #expect(progress.elapsed == progress.elapsed.sorted())
        #expect(progress.totals == Set([jobs.count]))
        #expect(Self.hidden(dir.appendingPathComponent("pdf")).isEmpty)
    }
}

/// The progress reports of a pool run, as they came (the pool calls from its worker threads).
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [PDFPoolProgress] = []

    var record: @Sendable (PDFPoolProgress) -> Void { { report in self.lock.withLock { self.reports.append(report) } } }
    var done: [Int] { lock.withLock { reports.map(\.done) } }
    var elapsed: [Duration] { lock.withLock { reports.map(\.elapsed) } }
    var totals: Set<Int> { lock.withLock { Set(reports.map(\.total)) } }
}

/// Whether LibreOffice can be driven through Python-UNO here (`python3-uno`), besides the PDF tools.
enum UNO {
    static let ready = LibreOffice.ready && (try? ToolRunner.run("/usr/bin/python3", ["-c", "import uno"]).status) == 0
    static var reason: Comment {
        let why: Comment = "skipped: needs python3-uno (/usr/bin/python3 -c \"import uno\" fails; apt-get install python3-uno) and \(LibreOffice.tools.joined(separator: ", "))"
        if !ready { print(why) }
        return why
    }
}
