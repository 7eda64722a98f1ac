import Foundation
import ProcessSupport

/// Converts an ODT file to PDF with LibreOffice (`soffice --headless --convert-to pdf`).
///
/// Each conversion runs with its own user profile (`-env:UserInstallation`) in a fresh temporary
/// directory, because two LibreOffice processes sharing one profile fail; the PDF is written next to
/// its destination and renamed into place, so a reader never sees half a file.
public struct PDFConverter: Sendable {
    /// The `soffice` executable given by the caller, or nil to search `PATH`.
    public let soffice: String?

    /// Creates a converter; `soffice` names the executable (a path or a name on `PATH`), nil finds it on `PATH`.
    public init(soffice: String? = nil) {
        self.soffice = soffice
    }

    /// Converts `odt` to `pdf`, waiting at most `timeout` for LibreOffice.
    /// - Throws: `PDFConversionError` when LibreOffice is missing, fails, times out or writes nothing.
    public func convert(odt: URL, to pdf: URL, timeout: Duration) throws {
        try convert(odt: odt, to: pdf, timeout: timeout, profile: nil)
    }

    /// Converts with the LibreOffice profile folder `profile` (kept), or a fresh one removed afterwards when nil.
    func convert(odt: URL, to pdf: URL, timeout: Duration, profile: URL?) throws {
        let executable = try locate()
        guard FileManager.default.fileExists(atPath: odt.path) else { throw PDFConversionError.inputMissing(odt.path) }
        let work = FileManager.default.temporaryDirectory
            .appendingPathComponent("daihoi-soffice-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let outDir = work.appendingPathComponent("out", isDirectory: true)
        try FileManager.default.createDirectory(at: outDir, withIntermediateDirectories: true)
        let arguments = [
            "-env:UserInstallation=\((profile ?? work.appendingPathComponent("profile", isDirectory: true)).absoluteString)",
            "--headless", "--invisible", "--nologo", "--norestore", "--nolockcheck", "--nodefault",
            "--convert-to", "pdf", "--outdir", outDir.path, odt.path,
        ]
        let log = work.appendingPathComponent("soffice.log")
        let status = try run(executable, arguments, log: log, timeout: timeout)
        let produced = outDir.appendingPathComponent(odt.deletingPathExtension().lastPathComponent + ".pdf")
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        guard status == 0 else { throw PDFConversionError.failed(status: status, output: output) }
        guard let bytes = try? Data(contentsOf: produced), !bytes.isEmpty else {
            throw PDFConversionError.noOutput(output: output)
        }
        do { try bytes.write(to: pdf, options: .atomic) } catch {
            throw PDFConversionError.cannotWrite(pdf.path, reason: "\(error)")
        }
    }
}

/// Why LibreOffice could not turn an ODT into a PDF.
public enum PDFConversionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No `soffice` executable was found (the name that was looked for).
    case sofficeNotFound(String)
    /// The ODT to convert does not exist.
    case inputMissing(String)
    /// `soffice` could not be started.
    case launchFailed(String)
    /// `soffice` ran longer than the timeout (seconds) and was stopped.
    case timedOut(seconds: Double)
    /// `soffice` exited with a non-zero status.
    case failed(status: Int32, output: String)
    /// `soffice` exited normally but wrote no PDF (it prints its reason on its output).
    case noOutput(output: String)
    /// The PDF could not be written to its destination.
    case cannotWrite(String, reason: String)

    public var description: String {
        switch self {
        case .sofficeNotFound(let name):
            return "LibreOffice (\(name)) was not found; install it with "
                + "`apt-get install libreoffice-writer-nogui fonts-liberation2` or name the executable."
        case .inputMissing(let path): return "no ODT file at \(path)"
        case .launchFailed(let reason): return "LibreOffice could not be started: \(reason)"
        case .timedOut(let seconds): return "LibreOffice did not finish within \(Self.seconds(seconds)) s and was stopped"
        case .failed(let status, let output): return "LibreOffice failed with status \(status): \(output)"
        case .noOutput(let output): return "LibreOffice wrote no PDF: \(output)"
        case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
        }
    }

    /// `value` with at most three decimals and no trailing zeros (`120`, `0.5`).
    static func seconds(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        guard rounded.isFinite else { return "0" }
        return rounded == rounded.rounded() ? String(Int64(rounded)) : String(rounded)
    }
}

extension PDFConverter {
    /// The absolute path of the executable: `soffice` as given (a path, or a name searched on `PATH`),
    /// or `soffice` then `libreoffice` on `PATH`.
    func locate() throws -> String {
        let names = soffice.map { [$0] } ?? ["soffice", "libreoffice"]
        for name in names {
            if name.contains("/") {
                if FileManager.default.isExecutableFile(atPath: name) { return name }
                continue
            }
            let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
            for directory in path.split(separator: ":") {
                let candidate = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        throw PDFConversionError.sofficeNotFound(soffice ?? "soffice")
    }
}

private extension PDFConverter {
    /// Runs `executable`, output to `log`; returns its exit status or throws on timeout.
    func run(_ executable: String, _ arguments: [String], log: URL, timeout: Duration) throws -> Int32 {
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        // Not `Foundation.Process`: it cannot tell when `soffice` ends (see `ChildProcess`).
        let process: ChildProcess
        do { process = try ChildProcess(executable, arguments, output: log.path) } catch {
            throw PDFConversionError.launchFailed("\(error)")
        }
        let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        guard process.wait(seconds: max(seconds, 0)) else {
            process.end(grace: 0)
            throw PDFConversionError.timedOut(seconds: seconds)
        }
        return process.exitStatus ?? -1
    }
}
