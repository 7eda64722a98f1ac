import Foundation

/// Runs `program`, found on the PATH (through `/usr/bin/env`), to its end: its exit status and its standard output,
/// with its standard error joined to it when `withErrors`, else dropped. The tests' one way to run a tool (poppler,
/// xmllint, qpdf, soffice, …).
@discardableResult
public func runProgram(_ program: String, _ arguments: [String], withErrors: Bool = false) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [program] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = withErrors ? pipe : FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// Whether an executable `program` is in a folder of the PATH.
public func onPath(_ program: String) -> Bool {
    (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        .contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(program)") }
}
