import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One file for the pool: an ODT (or FODT) and the PDF to write.
public struct PDFJob: Sendable, Hashable {
    /// The ODT or flat ODT to print.
    public var source: URL
    /// The PDF to write (atomically: a temporary file in the same folder renamed into place).
    public var destination: URL

    public init(source: URL, destination: URL) {
        self.source = source
        self.destination = destination
    }
}

/// A file the pool could not convert, even on its second try.
public struct PDFFailure: Sendable, Equatable, CustomStringConvertible {
    public var job: PDFJob
    /// The reason of the last try.
    public var error: PDFConversionError

    public init(job: PDFJob, error: PDFConversionError) {
        self.job = job
        self.error = error
    }

    public var description: String { "\(job.source.lastPathComponent): \(error)" }
}

/// What a pool run did.
public struct PDFPoolReport: Sendable {
    /// The PDFs written, in the order of the jobs.
    public var written: [URL] = []
    /// The files that failed twice, in the order of the jobs.
    public var failed: [PDFFailure] = []
    /// How many files needed their second try.
    public var retried = 0
    /// How LibreOffice was driven: `uno` (warm listeners) or `convert-to` (one call per file, no python3-uno).
    public var mode = "uno"
    /// Wall time of the run.
    public var elapsed: Duration = .zero
}

/// PDF through a pool of warm LibreOffice workers (xuất PDF hàng loạt).
///
/// Each worker is a `soffice` listening on a private pipe with its own profile folder (two processes
/// sharing a profile fail), driven by a small Python-UNO script that loads each file hidden and stores
/// it with the `writer_pdf_Export` filter: LibreOffice starts once per worker, not once per file.
/// Each file has a timeout; a file that fails or times out restarts its worker and is tried once more;
/// what still fails is reported, never thrown. Without python3-uno the workers fall back to one
/// `soffice --convert-to` per file, each with its reused profile.
public struct PDFWorkerPool: Sendable {
    /// The `soffice` executable (a path or a name on `PATH`), nil for `soffice`/`libreoffice` on `PATH`.
    public var soffice: String?
    /// How many LibreOffice processes run at once.
    public var workers: Int
    /// The longest one file may take.
    public var timeout: Duration
    /// The Python with the `uno` module; nil finds LibreOffice's or `/usr/bin/python3`. `""` forces `convert-to`.
    public var python: String?

    public init(soffice: String? = nil, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                timeout: Duration = .seconds(120), python: String? = nil) {
        self.soffice = soffice
        self.workers = max(1, workers)
        self.timeout = timeout
        self.python = python
    }

    /// Converts every job; returns the PDFs written and the files that failed twice.
    /// - Throws: `PDFConversionError.sofficeNotFound` when there is no LibreOffice (checked before any work).
    public func convert(_ jobs: [PDFJob]) throws -> PDFPoolReport {
        let executable = try PDFConverter(soffice: soffice).locate()
        let start = ContinuousClock.now
        guard !jobs.isEmpty else { return PDFPoolReport() }
        signal(SIGPIPE, SIG_IGN)  // a driver that died must surface as a write error, not end this process
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("daihoi-pdfpool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let interpreter = resolvedPython(soffice: executable)
        let state = PoolState(jobs: jobs)
        let count = min(workers, jobs.count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let folder = root.appendingPathComponent("worker-\(index)", isDirectory: true)
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let worker = PDFWorker(soffice: executable, python: interpreter, folder: folder)
            defer { worker.stop(graceful: true) }
            var started = false
            while let (position, job) = state.next() {
                var lastError = PDFConversionError.noOutput(output: "")
                var done = false
                for attempt in 0..<2 where !done && (attempt == 0 || lastError.isLibreOfficeFault) {
                    if attempt == 1 { state.countRetry() }
                    do {
                        if !started || attempt == 1 {
                            worker.stop()
                            try worker.start(timeout: timeout)
                            started = true
                        }
                        try Self.convert(job, with: worker, timeout: timeout)
                        done = true
                    } catch let error as PDFConversionError {
                        lastError = error
                        if error.isLibreOfficeFault { started = false }
                    } catch {
                        lastError = .failed(status: 1, output: "\(error)")
                        started = false
                    }
                }
                state.finish(position, error: done ? nil : lastError, mode: worker.mode)
            }
        }
        var report = state.report()
        report.elapsed = ContinuousClock.now - start
        return report
    }

    /// One try: LibreOffice writes a hidden temporary file next to the destination, renamed when whole.
    private static func convert(_ job: PDFJob, with worker: PDFWorker, timeout: Duration) throws {
        guard FileManager.default.fileExists(atPath: job.source.path) else { throw PDFConversionError.inputMissing(job.source.path) }
        let folder = job.destination.deletingLastPathComponent()
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            throw PDFConversionError.cannotWrite(job.destination.path, reason: "\(error)")
        }
        let temporary = folder.appendingPathComponent(".\(job.destination.lastPathComponent).tmp-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: temporary) }
        try worker.convert(job.source, to: temporary, timeout: timeout)
        if rename(temporary.path, job.destination.path) != 0 {
            throw PDFConversionError.cannotWrite(job.destination.path, reason: String(cString: strerror(errno)))
        }
    }

    /// The Python to drive LibreOffice with: the one named, LibreOffice's own, or the system's.
    private func resolvedPython(soffice: String) -> String? {
        if let python { return python.isEmpty ? nil : python }
        let program = URL(fileURLWithPath: soffice).resolvingSymlinksInPath().deletingLastPathComponent()
        let candidates = [program.appendingPathComponent("python").path, "/usr/bin/python3"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

extension PDFConversionError {
    /// Whether LibreOffice (not the input or the destination) failed: only then is the worker restarted and the file retried.
    var isLibreOfficeFault: Bool {
        switch self {
        case .inputMissing, .cannotWrite, .sofficeNotFound: false
        case .launchFailed, .timedOut, .failed, .noOutput: true
        }
    }
}

/// The shared queue and results of one pool run, behind a lock.
private final class PoolState: @unchecked Sendable {
    private let lock = NSLock()
    private let jobs: [PDFJob]
    private var nextIndex = 0
    private var errors: [Int: PDFConversionError] = [:]
    private var finished: Set<Int> = []
    private var retries = 0
    private var modes: Set<String> = []

    init(jobs: [PDFJob]) { self.jobs = jobs }

    func next() -> (Int, PDFJob)? {
        lock.withLock {
            guard nextIndex < jobs.count else { return nil }
            defer { nextIndex += 1 }
            return (nextIndex, jobs[nextIndex])
        }
    }

    func countRetry() { lock.withLock { retries += 1 } }

    func finish(_ index: Int, error: PDFConversionError?, mode: PDFWorker.Mode) {
        lock.withLock {
            finished.insert(index)
            if let error { errors[index] = error }
            modes.insert(mode.rawValue)
        }
    }

    func report() -> PDFPoolReport {
        lock.withLock {
            var report = PDFPoolReport()
            for index in finished.sorted() {
                if let error = errors[index] {
                    report.failed.append(PDFFailure(job: jobs[index], error: error))
                } else {
                    report.written.append(jobs[index].destination)
                }
            }
            report.retried = retries
            report.mode = modes.sorted().joined(separator: "+")
            return report
        }
    }
}
