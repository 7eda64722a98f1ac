import Foundation
import ProcessSupport
#if canImport(Glibc)
import Glibc
import WriterSupport
#endif

/// PDF through a pool of warm LibreOffice workers (xuất PDF hàng loạt).
///
/// Each worker is a `soffice` listening on a private pipe with its own profile folder (two processes
/// sharing a profile fail), driven by a small Python-UNO script that loads each file hidden and stores
/// it with the `writer_pdf_Export` filter: LibreOffice starts once per worker, not once per file.
/// Each file has a timeout; a file that fails or times out restarts its worker and is tried once more;
/// what still fails is reported, never thrown.
///
/// Without python3-uno (or with `python: ""`) the pool falls back to `soffice --convert-to`: the files are
/// split into one contiguous run per worker (more when a run would pass ``filesPerCall``), each run converted
/// in one call (``PDFBatchConversion``);
/// the files that call did not print are retried one by one, and what still fails is reported.
/// The report's `mode` says which way was taken and why.
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
    ///
    /// `progress` is called once when the mode is known (`done` 0), then after each file, written or
    /// failed; the calls come one at a time, from the workers' threads, with `done` rising to the count of jobs.
    /// - Throws: `PDFConversionError.sofficeNotFound` when there is no LibreOffice (checked before any work).
    public func convert(_ jobs: [PDFJob], progress: @escaping @Sendable (PDFPoolProgress) -> Void = { _ in }) throws -> PDFPoolReport {
        let executable = try PDFConverter(soffice: soffice).locate()
        let start = ContinuousClock.now
        guard !jobs.isEmpty else { return PDFPoolReport() }
        signal(SIGPIPE, SIG_IGN)  // a driver that died must surface as a write error, not end this process
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("daihoi-pdfpool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let (mode, interpreter) = plan(soffice: executable)
        let count = min(workers, jobs.count)
        let chunks = mode == .uno ? jobs.indices.map { $0..<($0 + 1) } : Self.calls(jobs.count, workers: count)
        let state = PDFPoolState(jobs: jobs, chunks: chunks, mode: mode, start: start, progress: progress)
        state.announce()
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let folder = root.appendingPathComponent("worker-\(index)", isDirectory: true)
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let worker = PDFWorker(soffice: executable, python: mode == .uno ? interpreter : nil, folder: folder)
            defer { worker.stop(graceful: true) }
            var started = false
            while let chunk = state.next() {
                if worker.mode == .uno {
                    for position in chunk { convertWarm(position, with: worker, started: &started, state: state) }
                } else {
                    convertBatch(chunk, with: worker, state: state)
                }
            }
        }
        var report = state.report()
        report.elapsed = ContinuousClock.now - start
        return report
    }

    /// One file through a warm worker: started (or restarted) as needed, tried again once after a LibreOffice fault.
    private func convertWarm(_ position: Int, with worker: PDFWorker, started: inout Bool, state: PDFPoolState) {
        let job = state.jobs[position]
        var lastError = PDFConversionError.noOutput(output: "")
        var done = false
        for attempt in 0..<2 where !done && (attempt == 0 || lastError.isLibreOfficeFault) {
            if attempt == 1 { state.countRetry() }
            do {
                if !started || attempt == 1 {
                    worker.stop()
                    try worker.start(timeout: timeout)
                    started = true
                    if worker.mode != .uno { state.fellBack() }
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
        state.finish(position, error: done ? nil : lastError)
    }

    /// A run of files in one `soffice --convert-to` call; those it did not print through LibreOffice's
    /// fault are tried once more, one by one.
    private func convertBatch(_ chunk: Range<Int>, with worker: PDFWorker, state: PDFPoolState) {
        let outcomes = PDFBatchConversion(soffice: worker.soffice, profile: worker.profile, folder: worker.folder, timeout: timeout)
            .convert(chunk.map { state.jobs[$0] })
        var again: [Int] = []
        for (position, outcome) in zip(chunk, outcomes) {
            if let error = outcome, error.isLibreOfficeFault { again.append(position) } else { state.finish(position, error: outcome) }
        }
        for position in again {
            state.countRetry()
            do {
                try Self.convert(state.jobs[position], with: worker, timeout: timeout)
                state.finish(position, error: nil)
            } catch {
                state.finish(position, error: error as? PDFConversionError ?? .failed(status: 1, output: "\(error)"))
            }
        }
    }

    /// The most files one `soffice --convert-to` call gets: a call that hangs or crashes costs at most this
    /// many one-by-one retries, its timeout (per-file timeout × files) stays bounded, and its command line
    /// stays far below the system's limit on arguments.
    static let filesPerCall = 200

    /// The `--convert-to` calls of a run of `count` files: contiguous runs (the papers of one branch stay
    /// together), one per worker, or more of at most ``filesPerCall`` files each; lengths differ by at most one.
    static func calls(_ count: Int, workers: Int) -> [Range<Int>] {
        guard count > 0 else { return [] }
        let parts = min(count, max(workers, (count + filesPerCall - 1) / filesPerCall))
        return (0..<parts).map { part in (count * part / parts)..<(count * (part + 1) / parts) }
    }

    /// One try: LibreOffice writes a hidden temporary file next to the destination, renamed when whole.
    private static func convert(_ job: PDFJob, with worker: PDFWorker, timeout: Duration) throws {
        try TemporaryFileGate.process.write { try convertNow(job, with: worker, timeout: timeout) }
    }

    private static func convertNow(_ job: PDFJob, with worker: PDFWorker, timeout: Duration) throws {
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

    /// The mode of the run, and the Python to drive LibreOffice with: the one named, LibreOffice's own,
    /// or the system's, when it can import `uno` (checked once, before any LibreOffice starts).
    private func plan(soffice: String) -> (PDFPoolMode, python: String?) {
        if python == "" { return (.convertTo(reason: .pythonGivenEmpty), nil) }
        let program = URL(fileURLWithPath: soffice).resolvingSymlinksInPath().deletingLastPathComponent()
        let candidates = python.map { [$0] } ?? [program.appendingPathComponent("python").path, "/usr/bin/python3"]
        guard let interpreter = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }),
              Self.importsUno(interpreter) else {
            return (.convertTo(reason: .noPythonUno), nil)
        }
        return (.uno, interpreter)
    }

    /// Whether `python -c "import uno"` succeeds (within 30 s).
    private static func importsUno(_ python: String) -> Bool {
        guard let process = try? ChildProcess(python, ["-c", "import uno"]) else { return false }
        guard process.wait(seconds: 30) else {
            process.end(grace: 0)
            return false
        }
        return process.exitStatus == 0
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
