import Foundation
import ProcessSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The helper processes both PDF engines drive: lines in and out over pipes (the UNO driver, the Typst workers),
/// and children spawned in a group of their own and reaped (LibreOffice, pypdf).
@Suite("Helper processes")
struct LineProcessTests {
    @Test("a line process answers line by line: Vietnamese intact, a line longer than one read, in order; stop ends it")
    func roundTrip() throws {
        let cat = try LineProcess("/bin/cat", [])
        let long = String(repeating: "Đại hội đảng viên ", count: 600)  // ≈ 12 kB: several 4 kB reads
        try cat.send(Data("Biên bản\n\(long)\nhết\n".utf8))
        #expect(cat.line(timeout: .seconds(10)) == "Biên bản")
        #expect(cat.line(timeout: .seconds(10)) == long)
        #expect(cat.line(timeout: .seconds(10)) == "hết")
        #expect(cat.isRunning)
        cat.stop(grace: 5)
        #expect(!cat.isRunning)
        #expect(throws: LineProcess.InputClosed.self) { try cat.send(Data("x\n".utf8)) }
    }

    @Test("no answer within the time: nil, not a hang; the end of the output: nil at once; a silent child is stopped")
    func timeoutAndEnd() throws {
        let silent = try LineProcess("/bin/sh", ["-c", "exec sleep 30"])
        let start = ContinuousClock.now
        #expect(silent.line(timeout: .milliseconds(300)) == nil)
        #expect(ContinuousClock.now - start >= .milliseconds(300))
        silent.stop(grace: 0)
        #expect(!silent.isRunning)
        #expect(ContinuousClock.now - start < .seconds(10))

        let once = try LineProcess("/bin/sh", ["-c", "echo một; echo hai"])
        #expect(once.line(timeout: .seconds(10)) == "một")
        #expect(once.line(timeout: .seconds(10)) == "hai")
        let end = ContinuousClock.now
        #expect(once.line(timeout: .seconds(20)) == nil)
        #expect(ContinuousClock.now - end < .seconds(5))
        once.stop(grace: 1)
    }

    @Test("a stuck helper started from a thread that blocks SIGTERM (as Dispatch workers do) still ends at SIGTERM, not 5 s later at SIGKILL")
    func stuckHelperEndsAtSigterm() throws {
        var blocked = sigset_t(), previous = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        let stuck = Result { try LineProcess("/bin/sleep", ["30"]) }  // reads no input: the end of it does not stop it
        pthread_sigmask(SIG_SETMASK, &previous, nil)
        let helper = try stuck.get()
        let start = ContinuousClock.now
        helper.stop(grace: 0.2)
        #expect(!helper.isRunning)
        // SIGTERM follows the 0.2 s grace; SIGKILL would have come 5 s after it.
        #expect(ContinuousClock.now - start < .seconds(3), "\(ContinuousClock.now - start)")
    }

    @Test("a child process: its exit status, and 128 + the signal that killed its group")
    func childProcess() throws {
        let three = try ChildProcess("/bin/sh", ["-c", "exit 3"])
        #expect(three.wait(seconds: 10))
        #expect(three.exitStatus == 3)

        let sleeper = try ChildProcess("/bin/sh", ["-c", "exec sleep 30"])
        #expect(sleeper.isRunning)
        #expect(sleeper.exitStatus == nil)
        sleeper.signalGroup(SIGKILL)
        #expect(sleeper.wait(seconds: 10))
        #expect(sleeper.exitStatus == 128 + SIGKILL)
    }

    @Test("a child's output goes to the file named, appended")
    func childOutput() throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("child-\(UUID().uuidString).log")
        defer { try? FileManager.default.removeItem(at: log) }
        for word in ["một", "hai"] {
            let child = try ChildProcess("/bin/sh", ["-c", "echo \(word); echo lỗi >&2"], output: log.path)
            #expect(child.wait(seconds: 10))
        }
        #expect(try String(contentsOf: log, encoding: .utf8) == "một\nlỗi\nhai\nlỗi\n")
    }
}
