import Foundation
import TestSupport

/// Paths of the repository, found from this file.
enum Repository {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = root.appendingPathComponent("Templates").path
    static let samples = root.appendingPathComponent("Samples")

    /// Every `Samples/<name>/congress.yaml`, by sample name, sorted.
    static func sampleFiles() -> [(name: String, file: String)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []
        return names.sorted().compactMap { name in
            let file = samples.appendingPathComponent(name).appendingPathComponent("congress.yaml").path
            return FileManager.default.fileExists(atPath: file) ? (name, file) : nil
        }
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("daihoi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// A program on the PATH run to its end (``runProgram(_:_:withErrors:)``): its exit status and standard output.
@discardableResult
func run(_ program: String, _ arguments: [String]) throws -> (status: Int32, output: String) { try runProgram(program, arguments) }

/// The `daihoi` executable built by `swift build --build-tests`.
enum CLI {
    static let binary = Repository.root.appendingPathComponent(".build/debug/daihoi").path

    /// Runs `daihoi` with `arguments`; returns the status, standard output and standard error.
    static func run(_ arguments: [String], in folder: URL? = nil,
                    environment: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["DAIHOI_TEMPLATES": Repository.templates]) { $1 }
            .merging(environment) { $1 }
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes concurrently so neither fills up and blocks the child.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}

/// The smallest valid congress (the example of docs/congress-format.md).
enum Fixture {
    static var minimal: String {
        (try? String(contentsOf: Repository.root.appendingPathComponent("Tests/DaiHoiTests/Fixtures/minimal.yaml"),
                     encoding: .utf8)) ?? ""
    }

    /// Writes `yaml` as `<fresh folder>/congress.yaml` and returns the file.
    static func write(_ yaml: String) throws -> URL {
        let folder = try Repository.temporaryFolder()
        let file = folder.appendingPathComponent("congress.yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        return file
    }
}
