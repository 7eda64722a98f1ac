import Foundation
import ProcessSupport
#if canImport(Glibc)
import Glibc
#endif

/// Why one file was not set.
struct TypstWorkerError: Error {
    var reason: String
    /// The worker died or did not answer in time (a new one may do better); false when Typst refused the source.
    var restartHelps: Bool
}

/// One warm Typst: a Python process running ``TypstWorkerScript``, driven over pipes. Used by one thread at a time
/// (the pool starts the first one to check the engine, then hands it to its first worker thread): hence unchecked.
final class TypstWorker: @unchecked Sendable {
    let python: String
    let fontFolders: [String]
    private var process: LineProcess?

    init(python: String, fontFolders: [String]) {
        self.python = python
        self.fontFolders = fontFolders
    }

    /// Starts the process and waits for `ready`; returns the `typst` package's version.
    /// - Throws: ``TypstUnavailable`` when the interpreter does not start, lacks the package or does not answer.
    @discardableResult
    func start(timeout: Duration) throws -> String {
        let process: LineProcess
        do { process = try LineProcess(python, ["-c", TypstWorkerScript.source] + fontFolders) } catch {
            throw TypstUnavailable(reason: "\(python) could not be started: \(error)")
        }
        self.process = process
        let first = process.line(timeout: timeout + .seconds(10))
        guard let first, first.hasPrefix("ready") else {
            stop()
            if let first, first.hasPrefix("notypst") {
                throw TypstUnavailable(reason: "\(python) has no typst package (\(first.dropFirst("notypst ".count)))")
            }
            throw TypstUnavailable(reason: "the Typst worker (\(python)) did not start" + (first.map { ": \($0)" } ?? ""))
        }
        return String(first.dropFirst("ready ".count))
    }

    /// Whether the process runs.
    var isRunning: Bool { process?.isRunning == true }

    /// Asks the worker to set `job.source` into `job.destination` (the answer is read by ``receive(timeout:)``).
    func send(_ job: TypstPDFJob, pdfA: Bool) throws {
        guard let process, process.isRunning else {
            throw TypstWorkerError(reason: "the Typst worker is not running", restartHelps: true)
        }
        // The output folder of a run that writes only PDFs is made here, as the LibreOffice pool makes it.
        try? FileManager.default.createDirectory(at: job.destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        let request: [String: Any] = ["source": job.source.path, "target": job.destination.path, "pdfa": pdfA]
        do {
            var line = try JSONSerialization.data(withJSONObject: request, options: [.sortedKeys])
            line.append(UInt8(ascii: "\n"))
            try process.send(line)
        } catch {
            throw TypstWorkerError(reason: "the Typst worker stopped: \(error)", restartHelps: true)
        }
    }

    /// The answer to the oldest request sent: returns when the PDF is written, throws why not.
    func receive(timeout: Duration) throws {
        guard let process else { throw TypstWorkerError(reason: "the Typst worker is not running", restartHelps: true) }
        guard let answer = process.line(timeout: timeout) else {
            throw TypstWorkerError(reason: "Typst did not answer within \(Int(timeout.components.seconds)) s", restartHelps: true)
        }
        guard answer == "ok" else {
            throw TypstWorkerError(reason: answer.hasPrefix("error ") ? String(answer.dropFirst(6)) : answer, restartHelps: false)
        }
    }

    /// Closes the worker's input (it ends at the end of its input), then SIGTERM and SIGKILL if it lingers.
    func stop() {
        process?.stop(grace: 2)
        process = nil
    }
}
