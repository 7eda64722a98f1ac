import Foundation

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

/// How the pool drove LibreOffice (cách in PDF), and why.
public enum PDFPoolMode: Sendable, Hashable, CustomStringConvertible {
    /// Warm listeners driven through Python-UNO: LibreOffice starts once per worker.
    case uno
    /// `soffice --convert-to pdf`, one call per worker for all its files: slower (no warm process to reuse
    /// between runs, one failing file costs the call a retry).
    case convertTo(reason: ConvertToReason)

    /// Why the pool fell back to `soffice --convert-to`.
    public enum ConvertToReason: Sendable, Hashable {
        /// No Python with the `uno` module (Debian package `python3-uno`).
        case noPythonUno
        /// The caller gave the Python as `""`, which forces `--convert-to`.
        case pythonGivenEmpty
    }

    /// `uno` or `convert-to`.
    public var description: String {
        switch self {
        case .uno: "uno"
        case .convertTo: "convert-to"
        }
    }
}

/// What a pool run did.
public struct PDFPoolReport: Sendable {
    /// The PDFs written, in the order of the jobs.
    public var written: [URL] = []
    /// The files that failed twice, in the order of the jobs.
    public var failed: [PDFFailure] = []
    /// How many files needed their second try.
    public var retried = 0
    /// How LibreOffice was driven, and why (`.uno` for an empty run: nothing was started).
    public var mode = PDFPoolMode.uno
    /// Wall time of the run.
    public var elapsed: Duration = .zero

    public init() {}
}

/// Where a pool run stands: reported once when the mode is known (`done` 0), then after each file,
/// written or failed (tiến độ in PDF).
public struct PDFPoolProgress: Sendable, Equatable {
    /// Files finished, written or failed.
    public var done: Int
    /// Files of the run.
    public var total: Int
    /// Time since the run started.
    public var elapsed: Duration
    /// How LibreOffice is driven.
    public var mode: PDFPoolMode

    public init(done: Int, total: Int, elapsed: Duration, mode: PDFPoolMode) {
        self.done = done
        self.total = total
        self.elapsed = elapsed
        self.mode = mode
    }

    /// Files per second so far; nil before the first file.
    public var rate: Double? {
        done == 0 || elapsed <= .zero ? nil : Double(done) / elapsed.seconds
    }

    /// Seconds left at the pace so far; nil before the first file.
    public var remaining: Double? {
        done == 0 ? nil : elapsed.seconds / Double(done) * Double(total - done)
    }
}

extension PDFPoolProgress {
    /// `elapsed` in seconds.
    public var elapsedSeconds: Double { elapsed.seconds }
}
