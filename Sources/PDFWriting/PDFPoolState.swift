import Foundation

/// The shared queue and results of one pool run, behind a lock.
///
/// The queue holds ranges of job indices: single files for warm UNO workers (a free worker takes the next
/// file), a few contiguous runs of files for `--convert-to` (one `soffice` call each).
final class PDFPoolState: @unchecked Sendable {
    private let lock = NSLock()
    let jobs: [PDFJob]
    private let chunks: [Range<Int>]
    private let start: ContinuousClock.Instant
    private let progress: @Sendable (PDFPoolProgress) -> Void
    private var mode: PDFPoolMode
    private var nextChunk = 0
    private var errors: [Int: PDFConversionError] = [:]
    private var finished: Set<Int> = []
    private var retries = 0

    init(jobs: [PDFJob], chunks: [Range<Int>], mode: PDFPoolMode, start: ContinuousClock.Instant,
         progress: @escaping @Sendable (PDFPoolProgress) -> Void) {
        self.jobs = jobs
        self.chunks = chunks
        self.mode = mode
        self.start = start
        self.progress = progress
    }

    /// Reports the start of the run (`done` 0), with its mode.
    func announce() {
        lock.withLock { progress(current()) }
    }

    /// The next range of job indices to convert, or nil when all are taken.
    func next() -> Range<Int>? {
        lock.withLock {
            guard nextChunk < chunks.count else { return nil }
            defer { nextChunk += 1 }
            return chunks[nextChunk]
        }
    }

    func countRetry() { lock.withLock { retries += 1 } }

    /// A warm worker found no `uno` module after all: the run is reported as `--convert-to`.
    func fellBack() {
        lock.withLock { if mode == .uno { mode = .convertTo(reason: .noPythonUno) } }
    }

    /// Records one file's outcome and reports the progress (under the lock: the counts reach the
    /// callback in order, one call at a time).
    func finish(_ index: Int, error: PDFConversionError?) {
        lock.withLock {
            guard finished.insert(index).inserted else { return }
            if let error { errors[index] = error }
            progress(current())
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
            report.mode = mode
            return report
        }
    }

    /// Call with the lock held.
    private func current() -> PDFPoolProgress {
        PDFPoolProgress(done: finished.count, total: jobs.count, elapsed: ContinuousClock.now - start, mode: mode)
    }
}
