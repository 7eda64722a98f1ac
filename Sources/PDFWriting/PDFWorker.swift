import Foundation
import ProcessSupport
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
    private var driver: LineProcess?
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

        let driver: LineProcess
        do { driver = try LineProcess(python, [script.path, pipeName, "\(timeout.seconds)"]) } catch {
            stop()
            throw PDFConversionError.launchFailed("\(error)")
        }
        self.driver = driver
        let first = driver.line(timeout: timeout + .seconds(5))
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
        guard let driver, driver.isRunning else {
            throw PDFConversionError.failed(status: 1, output: "the worker is not running")
        }
        do {
            try driver.send(Data("\(source.path)\t\(target.path)\n".utf8))
        } catch {
            throw PDFConversionError.failed(status: 1, output: "the worker stopped: \(error)")
        }
        guard let answer = driver.line(timeout: timeout) else {
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
        driver?.stop(grace: graceful ? 2 : 0)
        office?.end(grace: graceful ? 5 : 0)
        driver = nil
        office = nil
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
