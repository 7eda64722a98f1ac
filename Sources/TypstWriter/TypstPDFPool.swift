import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A `.typ` file to set into a PDF.
public struct TypstPDFJob: Sendable, Hashable {
    public var source: URL
    public var destination: URL
    public init(source: URL, destination: URL) {
        self.source = source
        self.destination = destination
    }
}

/// What a pool run did: the PDFs written, those that failed (with Typst's reason), and how long it took.
public struct TypstPDFReport: Sendable {
    public var written: [URL] = []
    public var failed: [(job: TypstPDFJob, reason: String)] = []
    public var elapsed: Duration = .zero
    /// The `typst` package's version the workers loaded.
    public var version = ""
}

/// Why the Typst engine cannot print: no Python with the `typst` package, or the worker would not start.
public struct TypstUnavailable: Error, Sendable, Equatable, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
}

/// PDF through warm Typst workers (xuất PDF không cần LibreOffice): each worker is one Python process with the
/// Typst compiler loaded once, fed one file after another over its standard input (no process per file), as
/// the LibreOffice pool feeds its warm `soffice`. Two workers on two cores; each file has a timeout, a worker
/// that dies or times out is restarted and the file tried once more; what still fails is reported, never thrown.
public struct TypstPDFPool: Sendable {
    /// The Python interpreter whose `typst` package compiles (`TypstPython.locate`).
    public var python: String
    public var workers: Int
    public var timeout: Duration
    /// PDF/A-2b (ISO 19005-2, level B) instead of plain PDF 1.7.
    public var pdfA: Bool
    /// Folders of the fonts the workers may use (Liberation Serif from Debian's fonts-liberation2); no system font else.
    public var fontFolders: [String]

    public static let defaultFontFolders = ["/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation"]

    public init(python: String, workers: Int = ProcessInfo.processInfo.activeProcessorCount, timeout: Duration = .seconds(60),
                pdfA: Bool = false, fontFolders: [String] = TypstPDFPool.defaultFontFolders) {
        self.python = python
        self.workers = max(1, workers)
        self.timeout = timeout
        self.pdfA = pdfA
        self.fontFolders = fontFolders
    }

    /// Sets every job; `progress` gets the count done after each file (from the workers' threads, one at a time).
    /// - Throws: ``TypstUnavailable`` when no worker starts (checked before any file is printed).
    public func convert(_ jobs: [TypstPDFJob], progress: @escaping @Sendable (Int) -> Void = { _ in }) throws -> TypstPDFReport {
        let start = ContinuousClock.now
        guard !jobs.isEmpty else { return TypstPDFReport() }
        signal(SIGPIPE, SIG_IGN)
        let first = TypstWorker(python: python, fontFolders: fontFolders)
        let version = try first.start(timeout: timeout)
        let state = TypstPoolState(jobs: jobs, progress: progress)
        let count = min(workers, jobs.count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let worker = index == 0 ? first : TypstWorker(python: python, fontFolders: fontFolders)
            defer { worker.stop() }
            run(worker, started: index == 0, state: state)
        }
        var report = state.report()
        report.version = version
        report.elapsed = ContinuousClock.now - start
        return report
    }
}

extension TypstPDFPool {
    /// Requests a worker has in hand at once: the next files are written to its input while it sets the first, so
    /// it never waits for this process to hand it the next one (on a loaded machine each hand-over waits for a
    /// time slice). The answers come back in order.
    static let window = 4

    /// One worker's share of the jobs: up to ``window`` requests in flight. When the worker dies or does not answer
    /// in time, it is restarted and the files it had in hand are tried once more, one at a time; a file Typst
    /// refuses is reported at once (trying again would give the same answer).
    func run(_ worker: TypstWorker, started: Bool, state: TypstPoolState) {
        var alive = started
        var inFlight: [TypstPDFJob] = []
        while true {
            if !alive {
                worker.stop()
                alive = (try? worker.start(timeout: timeout)) != nil
                if !alive {
                    // No worker: what it had in hand and what is left fail with the reason the others got.
                    for job in inFlight { state.finish(job, reason: "the Typst worker could not be restarted") }
                    inFlight = []
                    while let job = state.next() { state.finish(job, reason: "the Typst worker could not be restarted") }
                    return
                }
            }
            while inFlight.count < Self.window, let job = state.next() {
                inFlight.append(job)
                if (try? worker.send(job, pdfA: pdfA)) == nil { break }
            }
            guard !inFlight.isEmpty else { return }
            let job = inFlight.removeFirst()
            do {
                try worker.receive(timeout: timeout)
                state.finish(job, reason: nil)
            } catch let error as TypstWorkerError where !error.restartHelps {
                state.finish(job, reason: error.reason)
            } catch {
                // The worker is gone: this file and those in hand, once more each, on a new worker, one at a time.
                let retry = [job] + inFlight
                inFlight = []
                worker.stop()
                for job in retry {
                    var reason = (error as? TypstWorkerError)?.reason ?? "\(error)"
                    do {
                        if !worker.isRunning { _ = try worker.start(timeout: timeout) }
                        try worker.send(job, pdfA: pdfA)
                        try worker.receive(timeout: timeout)
                        state.finish(job, reason: nil)
                        continue
                    } catch let again as TypstWorkerError {
                        reason = again.reason
                        if again.restartHelps { worker.stop() }
                    } catch let again {
                        reason = (again as? TypstUnavailable)?.reason ?? "\(again)"
                        worker.stop()
                    }
                    state.finish(job, reason: reason)
                }
                alive = worker.isRunning
            }
        }
    }
}

/// The jobs handed out one at a time and the outcome gathered, under a lock.
final class TypstPoolState: @unchecked Sendable {
    let jobs: [TypstPDFJob]
    private let progress: @Sendable (Int) -> Void
    private let lock = NSLock()
    private var nextIndex = 0
    private var done = 0
    private var written: [Int: URL] = [:]
    private var failed: [(job: TypstPDFJob, reason: String)] = []
    private var positions: [URL: Int] = [:]

    init(jobs: [TypstPDFJob], progress: @escaping @Sendable (Int) -> Void) {
        self.jobs = jobs
        self.progress = progress
        for (index, job) in jobs.enumerated() { positions[job.destination] = index }
    }

    func next() -> TypstPDFJob? {
        lock.lock(); defer { lock.unlock() }
        guard nextIndex < jobs.count else { return nil }
        nextIndex += 1
        return jobs[nextIndex - 1]
    }

    func finish(_ job: TypstPDFJob, reason: String?) {
        lock.lock()
        if let reason { failed.append((job, reason)) } else { written[positions[job.destination] ?? 0] = job.destination }
        done += 1
        let count = done
        progress(count)
        lock.unlock()
    }

    /// The PDFs written in the order of the jobs.
    func report() -> TypstPDFReport {
        lock.lock(); defer { lock.unlock() }
        var report = TypstPDFReport()
        report.written = written.keys.sorted().compactMap { written[$0] }
        report.failed = failed.sorted { (positions[$0.job.destination] ?? 0) < (positions[$1.job.destination] ?? 0) }
        return report
    }
}
