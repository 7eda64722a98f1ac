import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A helper process spoken to in lines: requests written to its standard input, one answer a line read from its
/// standard output (``LineReader``), its standard error discarded. The LibreOffice pool's UNO driver and the Typst
/// workers are both one. Confined to one thread at a time.
///
/// A `Foundation.Process`: these helpers start no children of their own, so the end-of-child socket that hides
/// LibreOffice's end (see ``ChildProcess``) is not handed on; `stop` still never waits without a limit.
public final class LineProcess {
    private let process: Process
    private var requests: FileHandle?
    private let answers: LineReader

    /// Starts `executable` with `arguments`.
    /// - Throws: what `Process.run` throws when the executable cannot be started.
    public init(_ executable: String, _ arguments: [String]) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        requests = input.fileHandleForWriting
        answers = LineReader(output.fileHandleForReading)
    }

    /// Whether the process runs and its input is open.
    public var isRunning: Bool { requests != nil && process.isRunning }

    /// Writes `data` (one or more whole lines) to the process's input.
    /// - Throws: when the input is closed or the process has gone (a broken pipe; SIGPIPE is to be ignored).
    public func send(_ data: Data) throws {
        guard let requests else { throw InputClosed() }
        try requests.write(contentsOf: data)
    }

    /// The process's input was closed by ``stop(grace:)``.
    public struct InputClosed: Error, CustomStringConvertible {
        public var description: String { "the process's input is closed" }
    }

    /// The next answer line, or nil on timeout or when the process has ended.
    public func line(timeout: Duration) -> String? { answers.line(timeout: timeout) }

    /// Closes the input (a helper ends at the end of its input) and waits up to `grace` seconds, then SIGTERM and
    /// 5 s, then SIGKILL. Never waits without a limit: Foundation on Linux sometimes misses a child's exit (seen:
    /// `oosplash` left a zombie while `isRunning` stayed true, and `waitUntilExit()` hung a whole test run), so
    /// after SIGKILL the child is reaped here if Foundation has not done it within 5 s.
    public func stop(grace: Double) {
        try? requests?.close()
        requests = nil
        let limit = Date().addingTimeInterval(grace)
        while process.isRunning, Date() < limit { usleep(5_000) }
        guard process.isRunning else { return }
        process.terminate()
        let hard = Date().addingTimeInterval(5)
        while process.isRunning, Date() < hard { usleep(5_000) }
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        let last = Date().addingTimeInterval(5)
        while process.isRunning, Date() < last { usleep(5_000) }
        if process.isRunning {
            var status: Int32 = 0
            _ = waitpid(process.processIdentifier, &status, WNOHANG)
        }
    }
}
