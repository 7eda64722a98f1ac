import Foundation
import Template
import Testing

/// One test of the official Mustache specification (`../shared/mustache-spec/*.json`).
struct SpecCase: Sendable, CustomTestStringConvertible {
    let file: String
    let name: String
    let template: String
    let partials: [String: String]
    let data: TemplateValue
    let expected: String

    var id: String { "\(file)/\(name)" }
    var testDescription: String { id }
}

/// Finds and reads the spec's JSON files; `MUSTACHE_SPEC` overrides the folder.
enum SpecSuite {
    /// The files of the features this engine supports (no optional `~` modules: no lambdas, no inheritance).
    static let files = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections"]

    static let folder: String = {
        if let override = ProcessInfo.processInfo.environment["MUSTACHE_SPEC"] { return override }
        // <repo>/Tests/TemplateTests/SpecSuite.swift → <repo>/../shared/mustache-spec
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return repo.deletingLastPathComponent().appendingPathComponent("shared/mustache-spec").path
    }()

    /// Why the spec tests cannot run, or nil when they can.
    static let unavailableReason: String? = {
        for file in files where !FileManager.default.fileExists(atPath: "\(folder)/\(file).json") {
            return "Mustache spec tests skipped: \(folder)/\(file).json not found (set MUSTACHE_SPEC to the spec's folder)"
        }
        return nil
    }()

    static var isAvailable: Bool {
        if let reason = unavailableReason { print(reason) }
        return unavailableReason == nil
    }

    /// Every case of every supported file; empty when the spec is absent.
    static let cases: [SpecCase] = {
        guard unavailableReason == nil else { return [] }
        return files.flatMap { file -> [SpecCase] in
            guard let data = FileManager.default.contents(atPath: "\(folder)/\(file).json"),
                  let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let tests = json["tests"] as? [[String: Any]] else { return [] }
            return tests.compactMap { test in
                guard let name = test["name"] as? String, let template = test["template"] as? String,
                      let expected = test["expected"] as? String else { return nil }
                return SpecCase(file: file, name: name, template: template,
                                partials: test["partials"] as? [String: String] ?? [:],
                                data: value(test["data"] as Any) ?? .object([:]), expected: expected)
            }
        }
    }()

    /// JSON → TemplateValue: numbers become their string form, `null` becomes absent.
    static func value(_ json: Any) -> TemplateValue? {
        switch json {
        case let number as NSNumber where String(cString: number.objCType) == "c":
            return .bool(number.boolValue)
        case let number as NSNumber:
            return .string("\(number)")
        case let text as String:
            return .string(text)
        case let list as [Any]:
            return .list(list.compactMap(value))
        case let object as [String: Any]:
            return .object(TemplateFields(object.compactMapValues(value)))
        default:
            return nil
        }
    }
}
