import Foundation
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
    private var process: Process?
    private var requests: FileHandle?
    private var answers: TypstLineReader?

    init(python: String, fontFolders: [String]) {
        self.python = python
        self.fontFolders = fontFolders
    }

    /// Starts the process and waits for `ready`; returns the `typst` package's version.
    /// - Throws: ``TypstUnavailable`` when the interpreter does not start, lacks the package or does not answer.
    @discardableResult
    func start(timeout: Duration) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", TypstWorkerScript.source] + fontFolders
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch {
            throw TypstUnavailable(reason: "\(python) could not be started: \(error)")
        }
        self.process = process
        requests = input.fileHandleForWriting
        answers = TypstLineReader(output.fileHandleForReading)
        let first = answers?.line(timeout: timeout + .seconds(10))
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
    var isRunning: Bool { process?.isRunning == true && requests != nil }

    /// Asks the worker to set `job.source` into `job.destination` (the answer is read by ``receive(timeout:)``).
    func send(_ job: TypstPDFJob, pdfA: Bool) throws {
        guard let requests, process?.isRunning == true else {
            throw TypstWorkerError(reason: "the Typst worker is not running", restartHelps: true)
        }
        // The output folder of a run that writes only PDFs is made here, as the LibreOffice pool makes it.
        try? FileManager.default.createDirectory(at: job.destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        let request: [String: Any] = ["source": job.source.path, "target": job.destination.path, "pdfa": pdfA]
        do {
            var line = try JSONSerialization.data(withJSONObject: request, options: [.sortedKeys])
            line.append(UInt8(ascii: "\n"))
            try requests.write(contentsOf: line)
        } catch {
            throw TypstWorkerError(reason: "the Typst worker stopped: \(error)", restartHelps: true)
        }
    }

    /// The answer to the oldest request sent: returns when the PDF is written, throws why not.
    func receive(timeout: Duration) throws {
        guard let answers else { throw TypstWorkerError(reason: "the Typst worker is not running", restartHelps: true) }
        guard let answer = answers.line(timeout: timeout) else {
            throw TypstWorkerError(reason: "Typst did not answer within \(Int(timeout.components.seconds)) s", restartHelps: true)
        }
        guard answer == "ok" else {
            throw TypstWorkerError(reason: answer.hasPrefix("error ") ? String(answer.dropFirst(6)) : answer, restartHelps: false)
        }
    }

    /// Closes the worker's input (it ends at the end of its input), then SIGTERM and SIGKILL if it lingers.
    func stop() {
        try? requests?.close()
        requests = nil
        answers = nil
        guard let process else { return }
        self.process = nil
        let limit = Date().addingTimeInterval(2)
        while process.isRunning, Date() < limit { usleep(5_000) }
        if process.isRunning { process.terminate() }
        let hard = Date().addingTimeInterval(2)
        while process.isRunning, Date() < hard { usleep(5_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
}

/// Reads lines from a pipe with a timeout (poll), keeping what follows a line for the next call.
final class TypstLineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    init(_ handle: FileHandle) { self.handle = handle }

    /// The next line without its newline, or nil on timeout or end of file.
    func line(timeout: Duration) -> String? {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return line
            }
            let left = deadline - ContinuousClock.now
            guard left > .zero else { return nil }
            var request = pollfd(fd: handle.fileDescriptor, events: Int16(POLLIN), revents: 0)
            let milliseconds = Double(left.components.seconds) * 1000 + Double(left.components.attoseconds) / 1e15
            let ready = poll(&request, 1, Int32(min(milliseconds, 60_000).rounded(.up)))
            if ready < 0 { if errno == EINTR { continue } else { return nil } }
            if ready == 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = read(handle.fileDescriptor, &chunk, chunk.count)
            if count <= 0 { return nil }
            buffer.append(contentsOf: chunk[0..<count])
        }
    }
}
