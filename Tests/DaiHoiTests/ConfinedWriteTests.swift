import Foundation
import Testing

/// Nothing outside the output folder is written, and nothing outside the congress folder is read, whatever the
/// congress file holds: the CLI run on hostile variants of the chi bộ sample, every file under a scratch root
/// listed before and after.
struct ConfinedWriteTests {
    /// Every file and link under `root`, relative, with its bytes (links as their target).
    static func snapshot(_ root: URL) -> [String: Data] {
        var found: [String: Data] = [:]
        let manager = FileManager.default
        guard let walker = manager.enumerator(atPath: root.path) else { return found }
        while let relative = walker.nextObject() as? String {
            let path = root.appendingPathComponent(relative).path
            if let target = try? manager.destinationOfSymbolicLink(atPath: path) {
                found[relative] = Data(("→ " + target).utf8)
            } else if let data = manager.contents(atPath: path) {
                found[relative] = data
            }
        }
        return found
    }

    /// A scratch root holding `congress/` (the sample, edited) and `outside.txt`, which no run may touch.
    static func scratch(_ edit: (String) -> String) throws -> (root: URL, congress: URL) {
        let root = try Repository.temporaryFolder()
        let congress = root.appendingPathComponent("congress")
        try FileManager.default.copyItem(at: Repository.samples.appendingPathComponent("chi-bo-khu-pho-3"), to: congress)
        let file = congress.appendingPathComponent("congress.yaml")
        try edit(try String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
        try "NOT TO BE READ OR WRITTEN".write(to: root.appendingPathComponent("outside.txt"), atomically: true, encoding: .utf8)
        return (root, congress)
    }

    static let hostile: [(String, @Sendable (String) -> String)] = [
        ("an election id with a path", { $0.replacingOccurrences(of: "  - id: bi-thu", with: "  - id: ../../outside") }),
        ("a person id with a path", { $0.replacingOccurrences(of: "{id: thang,", with: "{id: ../outside,") }),
        ("prose read from outside", { $0.replacingOccurrences(of: "{file: bao-cao/han-che.md}", with: "{file: ../outside.txt}") }),
        ("prose through a link", { $0.replacingOccurrences(of: "{file: bao-cao/han-che.md}", with: "{file: bao-cao/link.md}") }),
        ("a valid congress", { $0 }),
    ]

    @Test(arguments: hostile.indices)
    func aRunWritesOnlyIntoItsOutputFolder(_ index: Int) throws {
        let (what, edit) = Self.hostile[index]
        let (root, congress) = try Self.scratch(edit)
        try FileManager.default.createSymbolicLink(atPath: congress.appendingPathComponent("bao-cao/link.md").path,
                                                   withDestinationPath: root.appendingPathComponent("outside.txt").path)
        // A paper's name already taken by a link leading outside: writing replaces the link, never its target.
        let out = congress.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent("minutes.html").path,
                                                   withDestinationPath: root.appendingPathComponent("outside.txt").path)
        let before = Self.snapshot(root)
        let result = try CLI.run(["render", congress.appendingPathComponent("congress.yaml").path, "--doc", "all",
                                  "--format", "html", "--format", "odt", "--format", "fodt", "-o", out.path])
        let after = Self.snapshot(root)
        let changed = Set(after.keys).union(before.keys).filter { after[$0] != before[$0] }
        #expect(changed.allSatisfy { $0.hasPrefix("congress/out/") }, "\(what): \(changed.sorted())")
        #expect(after["outside.txt"] == Data("NOT TO BE READ OR WRITTEN".utf8))
        let printed = ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? [])
            .filter { ($0.hasSuffix(".html") || $0.hasSuffix(".fodt"))
                && (try? FileManager.default.destinationOfSymbolicLink(atPath: out.appendingPathComponent($0).path)) == nil }
            .compactMap { try? String(contentsOf: out.appendingPathComponent($0), encoding: .utf8) }.joined()
        #expect(!printed.contains("NOT TO BE READ"), "\(what): text from outside the congress folder was printed")
        if index < Self.hostile.count - 1 {
            #expect(result.status == 1, "\(what): \(result.stderr)")
            #expect(result.stderr.contains(":"), "\(what)")
        } else {
            #expect(result.status == 0, "\(result.stderr)")
            #expect(changed.contains("congress/out/minutes.html"))
        }
    }
}
