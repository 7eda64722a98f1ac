import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One warm LibreOffice: a `soffice` listening on a private pipe with its own profile, driven by a
/// Python-UNO process (`PDFUnoDriver`) that converts one file per request. Confined to one thread.
///
/// When there is no Python with the `uno` module the worker converts with `soffice --convert-to` and its
/// own (reused, so warm on disk) profile: the pool gives it a run of files for one call
/// (``PDFBatchConversion``), and `convert(_:to:timeout:)` converts one file, for the one-by-one retry.
final class PDFWorker {
    enum Mode: String, Sendable { case uno, convertTo = "convert-to" }

    let soffice: String
    let python: String?
    let folder: URL
    private(set) var mode: Mode
    /// LibreOffice: not a `Foundation.Process`, which cannot tell when `soffice` ends (see `ChildProcess`).
    private var office: ChildProcess?
    private var driver: Process?
    private var requests: FileHandle?
    private var answers: LineReader?
    private var generation = 0

    init(soffice: String, python: String?, folder: URL) {
        self.soffice = soffice
        self.python = python
        self.folder = folder
        self.mode = python == nil ? .convertTo : .uno
    }

    var profile: URL { folder.appendingPathComponent("profile", isDirectory: true) }

    /// Starts LibreOffice and the driver (UNO mode), waiting at most `timeout` for them to be ready.
    func start(timeout: Duration) throws {
        guard mode == .uno, let python else { return }
        generation += 1
        // Unique per start: two pools of one process (tests run them side by side) both have a "worker-0",
        // and a driver that reached another pool's LibreOffice would print with it.
        let pipeName = "daihoi-\(getpid())-\(UUID().uuidString.prefix(8))-\(folder.lastPathComponent)-\(generation)"
        let script = folder.appendingPathComponent("driver.py")
        if !FileManager.default.fileExists(atPath: script.path) {
            try PDFUnoDriver.script.write(to: script, atomically: true, encoding: .utf8)
        }
        let office: ChildProcess
        do {
            office = try ChildProcess(soffice, ["-env:UserInstallation=\(profile.absoluteString)", "--headless", "--invisible",
                                                "--nologo", "--norestore", "--nolockcheck", "--nodefault",
                                                "--accept=pipe,name=\(pipeName);urp;StarOffice.ComponentContext"])
        } catch { throw PDFConversionError.launchFailed("\(error)") }
        self.office = office

        let driver = Process()
        driver.executableURL = URL(fileURLWithPath: python)
        driver.arguments = [script.path, pipeName, "\(timeout.seconds)"]
        let input = Pipe(), output = Pipe()
        driver.standardInput = input
        driver.standardOutput = output
        driver.standardError = FileHandle.nullDevice
        do { try driver.run() } catch {
            stop()
            throw PDFConversionError.launchFailed("\(error)")
        }
        self.driver = driver
        requests = input.fileHandleForWriting
        answers = LineReader(output.fileHandleForReading)
        let first = answers?.line(timeout: timeout + .seconds(5))
        switch first {
        case "ready":
            return
        case "nouno":
            stop()
            mode = .convertTo
        default:
            stop()
            throw first.map { PDFConversionError.failed(status: 1, output: $0) } ?? .timedOut(seconds: timeout.seconds)
        }
    }

    /// Converts `source` to the PDF `target` (written as is: the pool renames it into place).
    func convert(_ source: URL, to target: URL, timeout: Duration) throws {
        if mode == .convertTo {
            return try PDFConverter(soffice: soffice).convert(odt: source, to: target, timeout: timeout, profile: profile)
        }
        guard let requests, let answers, driver?.isRunning == true else {
            throw PDFConversionError.failed(status: 1, output: "the worker is not running")
        }
        do {
            try requests.write(contentsOf: Data("\(source.path)\t\(target.path)\n".utf8))
        } catch {
            throw PDFConversionError.failed(status: 1, output: "the worker stopped: \(error)")
        }
        guard let answer = answers.line(timeout: timeout) else {
            throw PDFConversionError.timedOut(seconds: timeout.seconds)
        }
        guard answer == "ok" else {
            if !answer.hasPrefix("error ") { throw PDFConversionError.failed(status: 1, output: answer) }
            throw PDFConversionError.failed(status: 1, output: String(answer.dropFirst("error ".count)))
        }
        guard let size = try? FileManager.default.attributesOfItem(atPath: target.path)[.size] as? Int, size > 0 else {
            throw PDFConversionError.noOutput(output: "")
        }
    }

    /// Stops the driver and LibreOffice: when `graceful`, the driver asks LibreOffice to quit and both get a
    /// few seconds; then SIGTERM (oosplash passes it on to soffice.bin), then SIGKILL.
    func stop(graceful: Bool = false) {
        try? requests?.close()
        requests = nil
        answers = nil
        if let driver { Self.end(driver, grace: graceful ? 2 : 0) }
        office?.end(grace: graceful ? 5 : 0)
        driver = nil
        office = nil
    }

    /// Waits up to `grace` seconds for `process` to exit, then SIGTERM, then SIGKILL.
    ///
    /// Never waits without a limit: Foundation on Linux sometimes misses a child's exit (seen: `oosplash`
    /// left a zombie while `isRunning` stayed true, and `waitUntilExit()` hung the whole test run), so after
    /// SIGKILL the child is reaped here if Foundation has not done it within 5 s.
    private static func end(_ process: Process, grace: Double) {
        let limit = Date().addingTimeInterval(grace)
        while process.isRunning, Date() < limit { usleep(20_000) }
        guard process.isRunning else { return }
        process.terminate()
        let hard = Date().addingTimeInterval(5)
        while process.isRunning, Date() < hard { usleep(20_000) }
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        let last = Date().addingTimeInterval(5)
        while process.isRunning, Date() < last { usleep(20_000) }
        if process.isRunning {
            var status: Int32 = 0
            _ = waitpid(process.processIdentifier, &status, WNOHANG)
        }
    }
}

/// Reads lines from a pipe with a timeout (poll), keeping what follows a line for the next call.
final class LineReader {
    private let handle: FileHandle
    private var buffer = Data()

    init(_ handle: FileHandle) { self.handle = handle }

    /// The next line without its newline, or nil on timeout or end of file.
    func line(timeout: Duration) -> String? {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                buffer = Data(buffer[buffer.index(after: newline)...])
                return line
            }
            let left = deadline - ContinuousClock.now
            guard left > .zero else { return nil }
            var request = pollfd(fd: handle.fileDescriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&request, 1, Int32(min(left.seconds * 1000, 60_000).rounded(.up)))
            if ready < 0 { if errno == EINTR { continue } else { return nil } }
            if ready == 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = read(handle.fileDescriptor, &chunk, chunk.count)
            if count <= 0 { return nil }
            buffer.append(contentsOf: chunk[0..<count])
        }
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
