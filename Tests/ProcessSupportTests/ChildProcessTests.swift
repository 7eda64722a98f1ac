import Foundation
import ProcessSupport
import Testing

/// The child processes LibreOffice runs in: their end is seen even when what they started lives on,
/// and ending one ends its whole group, leaving neither a zombie nor a stray process.
struct ChildProcessTests {
    /// Whether a process `pid` exists (a zombie counts).
    static func exists(_ pid: pid_t) -> Bool { kill(pid, 0) == 0 }

    @Test("a child that exits while its own child still runs is seen to end (Foundation.Process is not)")
    func endSeenDespiteAGrandchild() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("child-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pidFile = folder.appendingPathComponent("grandchild").path
        // Like `soffice`, which starts `soffice.bin` and may die before it.
        let child = try ChildProcess("/bin/sh", ["-c", "sleep 30 & echo $! > \(pidFile); exit 3"])
        #expect(child.wait(seconds: 10))
        #expect(child.exitStatus == 3)
        let grandchild = try #require(pid_t(String(contentsOfFile: pidFile, encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(Self.exists(grandchild), "the grandchild outlives its parent, as soffice.bin does")
        child.end(grace: 0)  // the group: the grandchild goes too
        var gone = false
        for _ in 0..<200 where !gone {
            // The grandchild's parent is now init, which reaps it.
            gone = !Self.exists(grandchild) || (try? String(contentsOfFile: "/proc/\(grandchild)/stat", encoding: .utf8))?
                .split(separator: " ").dropFirst(2).first == "Z"
            if !gone { usleep(20_000) }
        }
        #expect(gone, "the grandchild \(grandchild) still runs")
    }

    @Test("a child that does not end in time is terminated with its group and reaped")
    func endTerminatesAndReaps() throws {
        let child = try ChildProcess("/bin/sh", ["-c", "sleep 30 & sleep 30"])
        #expect(!child.wait(seconds: 0.2))
        #expect(child.isRunning)
        child.end(grace: 0)
        #expect(!child.isRunning)
        #expect(child.exitStatus == 128 + SIGTERM)
        #expect(!Self.exists(child.pid), "no zombie is left")
    }

    @Test("a program that cannot start is an error, not a crash")
    func missingProgram() {
        #expect(throws: ChildProcessLaunchError.self) { try ChildProcess("/nonexistent/soffice", []) }
    }
}
