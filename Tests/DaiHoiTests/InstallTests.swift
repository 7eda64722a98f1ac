import Foundation
import Testing

/// `make install-files` (the copying half of `make install`) into a temporary DESTDIR, with the debug binary: the
/// installed binary, run from another folder with no DAIHOI_TEMPLATES and found on PATH, finds its templates beside
/// itself and writes the papers; the man page keeps its Vietnamese letters under `man -l`; the completions are valid
/// scripts; `make uninstall` removes every file it installed.
@Suite(.serialized)
struct InstallTests {
    static let prefix = "/usr/local"

    /// Runs `make TARGET DESTDIR=… INSTALL_BIN=<debug binary>` in the repository.
    static func make(_ target: String, destination: URL) throws -> (status: Int32, output: String) {
        try runProcess("/usr/bin/make", ["-s", "-C", Repository.root.path, target, "DESTDIR=\(destination.path)",
                                         "PREFIX=\(prefix)", "INSTALL_BIN=\(CLI.binary)", "STRIP="])
    }

    /// Runs a program with an environment of its own (no DAIHOI_TEMPLATES) in `folder`; stdout and stderr together.
    static func runProcess(_ program: String, _ arguments: [String], in folder: URL? = nil,
                           environment: [String: String]? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        var base = ProcessInfo.processInfo.environment
        base["DAIHOI_TEMPLATES"] = nil
        process.environment = environment ?? base
        if let folder { process.currentDirectoryURL = folder }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Every regular file under `folder`, relative, sorted.
    static func files(under folder: URL) -> [String] {
        var found: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(relative).path, isDirectory: &isDirectory),
               !isDirectory.boolValue { found.append(relative) }
        }
        return found.sorted()
    }

    @Test func installedBinaryFindsItsTemplatesFromAnotherFolder() throws {
        let destination = try Repository.temporaryFolder()
        let install = try Self.make("install-files", destination: destination)
        #expect(install.status == 0, "\(install.output)")
        let root = destination.appendingPathComponent(String(Self.prefix.dropFirst()))
        let installed = Self.files(under: root)
        for expected in ["bin/daihoi", "share/daihoi/Templates/documents/minutes.xhtml", "share/daihoi/Templates/partials/header.xhtml",
                         "share/daihoi/Templates/style/print.css", "share/man/man1/daihoi.1",
                         "share/bash-completion/completions/daihoi", "share/zsh/site-functions/_daihoi",
                         "share/fish/vendor_completions.d/daihoi.fish"] {
            #expect(installed.contains(expected), "\(expected) not installed: \(installed)")
        }
        // Every template of the repository, and nothing else, under share/daihoi/Templates.
        let templates = Self.files(under: Repository.root.appendingPathComponent("Templates"))
        #expect(installed.filter { $0.hasPrefix("share/daihoi/Templates/") }.map { String($0.dropFirst("share/daihoi/Templates/".count)) } == templates)

        // A congress folder elsewhere, the binary found on PATH (argv[0] is then only its name), no DAIHOI_TEMPLATES.
        let work = try Repository.temporaryFolder().appendingPathComponent("chi-bo")
        try FileManager.default.copyItem(at: Repository.samples.appendingPathComponent("chi-bo-khu-pho-3"), to: work)
        var environment = ProcessInfo.processInfo.environment
        environment["DAIHOI_TEMPLATES"] = nil
        environment["PATH"] = root.appendingPathComponent("bin").path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        let render = try Self.runProcess("/usr/bin/env", ["daihoi", "render", "congress.yaml", "--doc", "minutes", "--doc", "delegates",
                                                         "-o", "giay-to"], in: work, environment: environment)
        #expect(render.status == 0, "\(render.output)")
        let minutes = try String(contentsOf: work.appendingPathComponent("giay-to/minutes.html"), encoding: .utf8)
        #expect(minutes.contains("BIÊN BẢN"))
        #expect(FileManager.default.fileExists(atPath: work.appendingPathComponent("giay-to/delegates.html").path))

        // The man page, read as man reads it: Vietnamese letters intact.
        if FileManager.default.fileExists(atPath: "/usr/bin/man") {
            var manEnvironment = environment
            manEnvironment["LANG"] = "C.UTF-8"
            manEnvironment["LC_ALL"] = "C.UTF-8"
            manEnvironment["MANWIDTH"] = "200"
            manEnvironment["MAN_KEEP_FORMATTING"] = nil
            let page = try Self.runProcess("/usr/bin/man", ["-l", root.appendingPathComponent("share/man/man1/daihoi.1").path],
                                           environment: manEnvironment)
            #expect(page.status == 0, "\(page.output)")
            let text = page.output.replacingOccurrences(of: "\u{8}.", with: "", options: .regularExpression)
            #expect(text.contains("Văn kiện đại hội đảng từ một tệp YAML."), "\(text.prefix(600))")
            #expect(text.contains("Kiểm tra rồi xuất văn kiện của một đại hội."), "the render command's section")
            #expect(text.contains("--ballot-copies"), "the options of the subcommands")
        }
        // The completions parse and know the commands and the --doc values.
        let bash = try String(contentsOf: root.appendingPathComponent("share/bash-completion/completions/daihoi"), encoding: .utf8)
        #expect(bash.contains("init render check schema batch"), "\(bash.prefix(400))")
        #expect(bash.contains("vote-count"))
        #expect(try Self.runProcess("/bin/bash", ["-n", root.appendingPathComponent("share/bash-completion/completions/daihoi").path]).status == 0)

        let uninstall = try Self.make("uninstall", destination: destination)
        #expect(uninstall.status == 0, "\(uninstall.output)")
        #expect(Self.files(under: root) == [], "left after uninstall: \(Self.files(under: root))")
    }
}
