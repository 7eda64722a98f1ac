import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child process (LibreOffice, a Python helper), spawned in a process group of its own and reaped with `waitpid`.
///
/// Why not `Foundation.Process`: on Linux it learns that a child ended from a socket the child inherits,
/// and `soffice` hands that socket on to `soffice.bin`; when `soffice` dies first, `Process` never sees
/// it end (`isRunning` stays true, `waitUntilExit()` hangs forever, the child stays a zombie —
/// swift-corelibs-foundation issue #4795). Measured here: a test run hung in `waitUntilExit` beside two
/// `<defunct> oosplash`. This type asks the kernel instead, and signals the whole group, so the
/// `soffice.bin` that `soffice` starts never outlives it.
public final class ChildProcess {
    public let pid: pid_t
    private var status: Int32?

    /// Starts `executable` with `arguments`; standard input from `/dev/null`, standard output and error
    /// to `output` (a path; `/dev/null` when nil).
    /// - Throws: ``ChildProcessLaunchError`` when the executable cannot be spawned.
    public convenience init(_ executable: String, _ arguments: [String], output: String? = nil) throws {
        try self.init(executable, arguments) { actions in
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, output ?? "/dev/null", O_WRONLY | O_CREAT | O_APPEND, 0o644)
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        }
    }

    /// Starts `executable` with `arguments`, its standard input read from the descriptor `input` and its standard
    /// output written to `output` (the child's ends of two pipes, which the caller closes after the start), its
    /// standard error to `/dev/null`: a helper spoken to in lines (``LineProcess``).
    /// - Throws: ``ChildProcessLaunchError`` when the executable cannot be spawned.
    public convenience init(_ executable: String, _ arguments: [String], input: Int32, output: Int32) throws {
        try self.init(executable, arguments) { actions in
            posix_spawn_file_actions_adddup2(&actions, input, 0)
            posix_spawn_file_actions_adddup2(&actions, output, 1)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
    }

    /// Spawns the child with its standard streams as `streams` sets them.
    private init(_ executable: String, _ arguments: [String], streams: (inout posix_spawn_file_actions_t) -> Void) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        streams(&actions)
        // Nothing else of this process: an inherited pipe or `Foundation.Process` socket kept open by a
        // long-lived LibreOffice would hide the end of another child.
        _ = Self.closeFrom?(&actions, 3)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Its own process group (so the group can be signalled); no signal blocked (the calling thread,
        // a Dispatch worker, blocks nearly all, and a child inherits that mask: SIGTERM would never arrive)
        // and the usual ones handled by default (this process ignores SIGPIPE).
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGTERM, SIGINT, SIGQUIT, SIGHUP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        var result = posix_spawn(&child, executable, &actions, &attributes, argv, environ)
        // ETXTBSY: a script written a moment ago is still open for writing in a child that another
        // thread forked meanwhile (it inherits the descriptor until it execs); that passes within
        // milliseconds. Seen once in a parallel test run (a test writes a stand-in soffice script).
        var retries = 0
        while result == ETXTBSY, retries < 20 {
            retries += 1
            usleep(10_000)
            result = posix_spawn(&child, executable, &actions, &attributes, argv, environ)
        }
        guard result == 0 else {
            throw ChildProcessLaunchError(description: "\(executable): \(String(cString: strerror(result)))")
        }
        pid = child
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34+; Swift's Glibc module does not declare it).
    private static let closeFrom: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
    }()

    deinit {
        // Never leave a zombie or a stray LibreOffice behind.
        if isRunning { signalGroup(SIGKILL) }
        _ = waitForExit()
    }

    /// Whether the child has not ended yet (reaps it when it has).
    public var isRunning: Bool {
        guard status == nil else { return false }
        var raw: Int32 = 0
        let result = waitpid(pid, &raw, WNOHANG)
        if result == pid || (result < 0 && errno == ECHILD) {
            status = result == pid ? raw : -1
            return false
        }
        return true
    }

    /// The exit status (128 + signal for a killed child); nil while it runs.
    public var exitStatus: Int32? {
        guard !isRunning, let status else { return nil }
        if status < 0 { return -1 }
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    /// Waits up to `seconds` for the child to end; whether it did.
    public func wait(seconds: Double) -> Bool {
        let limit = Date().addingTimeInterval(seconds)
        while isRunning {
            if Date() >= limit { return false }
            usleep(10_000)
        }
        return true
    }

    /// Sends `signal` to the child's whole process group (the child and what it started).
    public func signalGroup(_ signal: Int32) {
        kill(-pid, signal)
    }

    /// Waits up to `grace` seconds, then SIGTERM to the group and 5 s, then SIGKILL; reaps the child.
    public func end(grace: Double) {
        if wait(seconds: grace) {
            signalGroup(SIGTERM)  // what the child started may still run
            return
        }
        signalGroup(SIGTERM)
        if !wait(seconds: 5) { signalGroup(SIGKILL) }
        _ = waitForExit()
    }

    /// Blocks until the child has ended.
    @discardableResult
    private func waitForExit() -> Int32? {
        while status == nil {
            var raw: Int32 = 0
            let result = waitpid(pid, &raw, 0)
            if result == pid { status = raw } else if result < 0 && errno != EINTR { status = -1 }
        }
        return status
    }
}

/// Why a child process could not be spawned: the executable and `posix_spawn`'s reason.
public struct ChildProcessLaunchError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
}
