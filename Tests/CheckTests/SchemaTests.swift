import Foundation
import Load
import Testing

/// The JSON Schema (`daihoi schema`) against the loader: every sample and every complete example of
/// docs/congress-format.md is valid under an independent validator (python3-jsonschema, scripts/validate-congress.py),
/// the validator refuses what the loader refuses, and the section readers read exactly the keys of the field tables
/// the schema is generated from.
struct SchemaTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Runs the validator on `files`: its exit status and output, or `nil` (with a line saying so) when
    /// python3-jsonschema is not installed.
    static func validate(_ files: [String]) throws -> (status: Int32, output: String)? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let schema = folder.appendingPathComponent("congress.schema.json")
        try CongressSchema.json().write(to: schema, atomically: true, encoding: .utf8)
        let process = Process()
        // Debian's Python, where the Makefile's packages (python3-jsonschema, python3-yaml) go: the `python3` first on
        // PATH may be another one (pyenv here) whose modules no project file installs.
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [root.appendingPathComponent("scripts/validate-congress.py").path, schema.path] + files
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus == 77 {
            print("[schema] python3-jsonschema or python3-yaml missing (make setup installs them): schema validation skipped — \(output)")
            return nil
        }
        return (process.terminationStatus, output)
    }

    static func temporaryFiles(_ texts: [String]) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schema-docs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try texts.enumerated().map { index, text in
            let file = folder.appendingPathComponent("example-\(index + 1).yaml")
            try text.write(to: file, atomically: true, encoding: .utf8)
            return file.path
        }
    }

    @Test func everySampleAndDocsExampleIsValid() throws {
        let samples = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("Samples").path)
            .sorted().map { Self.root.appendingPathComponent("Samples/\($0)/congress.yaml").path }
            .filter { FileManager.default.fileExists(atPath: $0) }
        #expect(samples.count >= 3)
        let examples = try DocsExamplesTests.examples().filter { $0.yaml.hasPrefix("schema: 1\n") }.map(\.yaml)
        #expect(examples.count >= 4)
        guard let result = try Self.validate(samples + Self.temporaryFiles(examples)) else { return }
        #expect(result.output == "")
        #expect(result.status == 0)
    }

    /// What the loader refuses (an unknown key, a value outside an enumeration, a date of the wrong form, a missing
    /// required key) the schema refuses too, each at its path.
    @Test func schemaRefusesWhatTheLoaderRefuses() throws {
        let sample = try String(contentsOf: Self.root.appendingPathComponent("Samples/chi-bo-khu-pho-3/congress.yaml"), encoding: .utf8)
        let broken = sample
            .replacingOccurrences(of: "\norganisation:\n", with: "\norganisation:\n  nam: x\n")
            .replacingOccurrences(of: "\ncongress:\n  kind: ", with: "\ncongress:\n  kind: dai-hoi-x\n  venue2: ")
            + "settings:\n  election_tie_rule: coin\n"
        let loaded = CongressLoader().load(text: broken, file: "congress.yaml")
        #expect(loaded.diagnostics.filter { $0.severity == .error }.count >= 3)
        guard let result = try Self.validate(Self.temporaryFiles([broken])) else { return }
        #expect(result.status == 1)
        #expect(result.output.contains("organisation: Additional properties are not allowed ('nam'"))
        #expect(result.output.contains("congress.kind: 'dai-hoi-x' is not one of"))
        #expect(result.output.contains("settings.election_tie_rule: 'coin' is not one of"))
    }

    /// Every key a section reader reads (`required("x")`, `optional("x")`, `optional(map, "x")`) is in a field
    /// table, and every key of a table is read by a reader: the tables cannot list a key the loader ignores, nor
    /// the loader read one the schema lacks.
    @Test func readersReadExactlyTheTableKeys() throws {
        let folder = Self.root.appendingPathComponent("Sources/Load/Sections")
        var read: Set<String> = []
        let pattern = try NSRegularExpression(pattern: #"(?:required|optional)\((?:map, )?"([a-z_-]+)""#)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                read.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        let tables = CongressFields.readerTables
        let keys = Set(tables.flatMap(\.keys))
        #expect(read.subtracting(keys).sorted() == [], "read by a reader, in no table")
        // Read in loops over the table itself: the political report's and the committee review's prose parts and
        // attendance's figures.
        let readInLoops = Set(CongressFields.politicalReport.keys + CongressFields.attendance.keys + CongressFields.committeeReview.keys)
        #expect(keys.subtracting(read).subtracting(readInLoops).sorted() == [], "in a table, read by no reader")
        // The schema holds every table's keys.
        let schema = try #require(JSONSerialization.jsonObject(with: Data(CongressSchema.json().utf8)) as? [String: Any])
        let definitions = try #require(schema["$defs"] as? [String: Any])
        var properties = Set(((schema["properties"] as? [String: Any]) ?? [:]).keys)
        for case let definition as [String: Any] in definitions.values {
            properties.formUnion(((definition["properties"] as? [String: Any]) ?? [:]).keys)
        }
        // (The file reference `{file: …}` sits inside `$defs.text`'s anyOf, not among these.)
        #expect(keys.union(CongressFields.documentNumbers.keys) == properties)
    }

    /// The required keys of the schema are the keys the readers require.
    @Test func requiredKeysAreTheReadersRequiredKeys() throws {
        let folder = Self.root.appendingPathComponent("Sources/Load/Sections")
        var required: Set<String> = []
        let pattern = try NSRegularExpression(pattern: #"required\("([a-z_-]+)""#)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                required.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        let tables = CongressFields.readerTables
        let tableRequired = Set(tables.flatMap(\.requiredKeys))
        #expect(required.subtracting(["summoned", "present", "absent"]) == tableRequired.subtracting(["summoned", "present", "absent"]))
    }
}
