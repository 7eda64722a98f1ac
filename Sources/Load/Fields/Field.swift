import CongressModel

/// One key of the congress file: its name, what its value is, whether it must be written, and what it means
/// (Vietnamese, as the editor shows it). The section readers take their key lists from ``FieldTable``s of these and
/// the JSON Schema (``CongressSchema``) is generated from the same tables, so adding a key is adding a row here.
public struct Field: Sendable {
    public let key: String
    public let type: FieldType
    public let required: Bool
    /// Mô tả bằng tiếng Việt.
    public let description: String

    public init(_ key: String, _ type: FieldType, required: Bool = false, _ description: String) {
        self.key = key
        self.type = type
        self.required = required
        self.description = description
    }
}

/// What a key's value is, as the loader reads it.
public indirect enum FieldType: Sendable {
    /// Text, or `{file: bao-cao/x.md}` (a prose file beside the congress file).
    case text
    case integer(minimum: Int?, maximum: Int?)
    case boolean
    /// `YYYY-MM-DD`.
    case date
    /// `HH:MM`.
    case time
    /// An exact decimal: a number or the text "10,66".
    case decimal
    /// `YYYY-YYYY`.
    case term
    /// `schema: 1`.
    case schemaVersion
    /// One of the raw values.
    case choice([String])
    /// A person id, declared under `people:` (`[a-z0-9_-]+`).
    case person
    case list(FieldType)
    case object(FieldTable)
    /// A bare person id or the object.
    case personOrObject(FieldTable)
    /// A map from person id to a value (`votes: {hoa: 281}`).
    case byPerson(FieldType)

    /// The raw values of an enumeration, as the loader's `choice` accepts them.
    public static func choice<E: RawRepresentable & CaseIterable>(of type: E.Type) -> FieldType where E.RawValue == String {
        .choice(E.allCases.map(\.rawValue))
    }
}

/// The keys of one YAML map, in the order the loader suggests them.
public struct FieldTable: Sendable {
    /// The map's name in the schema's `$defs`.
    public let name: String
    /// Mô tả bằng tiếng Việt.
    public let description: String
    public let fields: [Field]

    public init(_ name: String, _ description: String, _ fields: [Field]) {
        self.name = name
        self.description = description
        self.fields = fields
    }

    /// The keys the loader accepts in this map.
    public var keys: [String] { fields.map(\.key) }
    public var requiredKeys: [String] { fields.filter(\.required).map(\.key) }
}
