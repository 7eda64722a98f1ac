import Foundation

/// The JSON Schema (draft 2020-12) of the congress file, generated from ``CongressFields`` — the loader's own key
/// tables — so the two cannot drift. Every map refuses keys it does not list (as the loader does: DH1xx unknown
/// key), each key carries its Vietnamese description, enums their raw values, dates and times their form.
/// `daihoi schema` prints it; `daihoi init` writes it beside the congress file for the editor (yaml-language-server).
public enum CongressSchema {
    /// The schema's `$id`, a name only (it is never fetched).
    public static let id = "https://daihoi.invalid/schema/congress-1.json"

    /// The schema as pretty-printed JSON, keys in a fixed order: same tables, same bytes.
    public static func json() -> String {
        var definitions: [(String, JSON)] = [
            ("text", .object([
                ("description", .string("Văn bản; hoặc {file: đường-dẫn.md} để viết trong một tệp riêng")),
                ("anyOf", .array([
                    .object([("type", .array([.string("string"), .string("number"), .string("boolean")]))]),
                    table(CongressFields.fileReference, fileReference: true),
                ])),
            ])),
            ("person_id", .object([
                ("description", .string("Mã người khai ở people:")),
                ("type", .array([.string("string"), .string("integer")])),
            ])),
            ("date", .object([("type", .string("string")), ("format", .string("date")),
                              ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))])),
            ("time", .object([("type", .string("string")), ("pattern", .string("^[0-9]{1,2}:[0-9]{2}$"))])),
            ("decimal", .object([("type", .array([.string("number"), .string("string")]))])),
            ("term", .object([("type", .string("string")), ("pattern", .string("^[0-9]{4}-[0-9]{4}$"))])),
        ]
        var seen: Set<String> = []
        var pending = [CongressFields.document]
        var tables: [FieldTable] = []
        while let next = pending.first {
            pending.removeFirst()
            guard seen.insert(next.name).inserted else { continue }
            tables.append(next)
            pending += next.fields.flatMap { nestedTables($0.type) }
        }
        for nested in tables.dropFirst() { definitions.append((nested.name, table(nested))) }
        var root: [(String, JSON)] = [
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string(id)),
            ("title", .string(CongressFields.document.description)),
        ]
        if case let .object(members) = table(CongressFields.document) { root += members }
        root.append(("$defs", .object(definitions)))
        return JSON.object(root).rendered(indent: 0) + "\n"
    }

    private static func nestedTables(_ type: FieldType) -> [FieldTable] {
        switch type {
        case let .object(table), let .personOrObject(table): [table]
        case let .list(inner), let .byPerson(inner): nestedTables(inner)
        default: []
        }
    }

    private static func table(_ table: FieldTable, fileReference: Bool = false) -> JSON {
        var members: [(String, JSON)] = [("type", .string("object"))]
        if !fileReference { members.append(("description", .string(table.description))) }
        members.append(("properties", .object(table.fields.map { field in
            var property = fileReference ? [("type", .string("string"))] : schema(field.type)
            property.insert(("description", .string(field.description)), at: 0)
            return (field.key, .object(property))
        })))
        if !table.requiredKeys.isEmpty { members.append(("required", .array(table.requiredKeys.map(JSON.string)))) }
        members.append(("additionalProperties", .bool(false)))
        return .object(members)
    }

    private static func reference(_ name: String) -> [(String, JSON)] { [("$ref", .string("#/$defs/\(name)"))] }

    private static func schema(_ type: FieldType) -> [(String, JSON)] {
        switch type {
        case .text: return reference("text")
        case .person: return reference("person_id")
        case .date: return reference("date")
        case .time: return reference("time")
        case .decimal: return reference("decimal")
        case .term: return reference("term")
        case .schemaVersion: return [("const", .int(1))]
        case .boolean: return [("type", .string("boolean"))]
        case let .integer(minimum, maximum):
            var members: [(String, JSON)] = [("type", .string("integer"))]
            if let minimum { members.append(("minimum", .int(minimum))) }
            if let maximum { members.append(("maximum", .int(maximum))) }
            return members
        case let .choice(values): return [("enum", .array(values.map(JSON.string)))]
        case let .list(inner): return [("type", .string("array")), ("items", .object(schema(inner)))]
        case let .object(table): return reference(table.name)
        case let .personOrObject(table):
            return [("anyOf", .array([.object(reference("person_id")), .object(reference(table.name))]))]
        case let .byPerson(inner):
            return [("type", .string("object")), ("additionalProperties", .object(schema(inner)))]
        }
    }
}

/// A JSON value whose object members keep their order (the schema is printed the same way every time).
indirect enum JSON {
    case string(String), int(Int), bool(Bool), array([JSON]), object([(String, JSON)])

    func rendered(indent: Int) -> String {
        let inner = String(repeating: "  ", count: indent + 1), outer = String(repeating: "  ", count: indent)
        switch self {
        case let .string(text): return Self.quoted(text)
        case let .int(value): return String(value)
        case let .bool(value): return value ? "true" : "false"
        case let .array(values):
            if values.allSatisfy({ if case .object = $0 { false } else { true } }) {
                return "[" + values.map { $0.rendered(indent: indent + 1) }.joined(separator: ", ") + "]"
            }
            return "[\n" + values.map { inner + $0.rendered(indent: indent + 1) }.joined(separator: ",\n") + "\n\(outer)]"
        case let .object(members):
            if members.isEmpty { return "{}" }
            return "{\n" + members.map { "\(inner)\(Self.quoted($0.0)): \($0.1.rendered(indent: indent + 1))" }
                .joined(separator: ",\n") + "\n\(outer)}"
        }
    }

    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}
