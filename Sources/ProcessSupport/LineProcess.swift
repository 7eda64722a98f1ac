import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A helper process spoken to in lines: requests written to its standard input, one answer a line read from its
/// standard output (``LineReader``), its standard error discarded. The LibreOffice pool's UNO driver and the Typst
/// workers are both one. Confined to one thread at a time.
///
/// A ``ChildProcess``, not a `Foundation.Process`: a child of `Process` inherits the signal mask of the thread that
/// starts it — a Dispatch worker's, which blocks SIGTERM — so a stuck helper ignored SIGTERM and died only by SIGKILL
/// after 5 s more (measured: `stop` of a `sleep` took 5.2 s; now it ends at SIGTERM). ``ChildProcess`` starts it with
/// no signal blocked, in a group of its own, and reaps it with `waitpid`.
public final class LineProcess {
    private let child: ChildProcess
    private var requests: FileHandle?
    private let answers: LineReader

    /// Starts `executable` with `arguments`.
    /// - Throws: ``ChildProcessLaunchError`` when the executable cannot be started.
    public init(_ executable: String, _ arguments: [String]) throws {
        let input = Pipe(), output = Pipe()
        child = try ChildProcess(executable, arguments, input: input.fileHandleForReading.fileDescriptor,
                                 output: output.fileHandleForWriting.fileDescriptor)
        // The child's ends, closed here: the child alone holds them, so its end is seen as the end of the file.
        try? input.fileHandleForReading.close()
        try? output.fileHandleForWriting.close()
        requests = input.fileHandleForWriting
        answers = LineReader(output.fileHandleForReading)
    }

    /// Whether the process runs and its input is open.
    public var isRunning: Bool { requests != nil && child.isRunning }

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

    /// Closes the input (a helper ends at the end of its input) and waits up to `grace` seconds, then SIGTERM to its
    /// group and 5 s, then SIGKILL; never waits without a limit (``ChildProcess/end(grace:)``).
    public func stop(grace: Double) {
        try? requests?.close()
        requests = nil
        child.end(grace: grace)
    }
}
