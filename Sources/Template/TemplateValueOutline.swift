/// Every name a template can use in a view model, as dotted paths (`header.superior`, `sessions[].items[].title`),
/// with the kind of value and an example: what `docs/templates.md` lists, read from the view models themselves so
/// the list cannot fall behind them.
public struct TemplateValueOutline: Sendable, Equatable {
    /// One name: where it is, what it holds, one value it took.
    public struct Entry: Sendable, Equatable {
        /// `a.b` for a name inside an object, `a[].b` for a name inside each element of a list.
        public var path: String
        /// `text`, `flag`, `list`, `list of text`, `object`.
        public var kind: String
        /// The first non-empty text seen at this path (or `true`/`false` for a flag); empty when none was.
        public var example: String
    }

    /// The entries by path.
    private var entries: [String: Entry] = [:]

    public init() {}

    /// The entries, sorted by path.
    public var sorted: [Entry] { entries.values.sorted { $0.path < $1.path } }

    /// Adds every name of `value` (a view model's root object); one outline can gather several view models
    /// (the same paper for each sample), so names that are empty in one are still found in another.
    public mutating func add(_ value: TemplateValue) {
        guard case .object(let fields) = value else { return }
        for (name, field) in fields { add(field, at: name) }
    }

    private mutating func add(_ value: TemplateValue, at path: String) {
        switch value {
        case .string(let text):
            note(path, kind: "text", example: text)
        case .bool(let flag):
            note(path, kind: "flag", example: flag ? "true" : "false")
        case .object(let fields):
            note(path, kind: "object", example: "")
            for (name, field) in fields { add(field, at: path + "." + name) }
        case .list(let elements):
            let texts = elements.compactMap { element -> String? in
                if case .string(let text) = element { return text } else { return nil }
            }
            if !elements.isEmpty, texts.count == elements.count {
                note(path, kind: "list of text", example: texts.first { !$0.isEmpty } ?? "")
            } else {
                note(path, kind: "list", example: "")
            }
            for element in elements {
                if case .object(let fields) = element {
                    for (name, field) in fields { add(field, at: path + "[]." + name) }
                }
            }
        }
    }

    private mutating func note(_ path: String, kind: String, example: String) {
        var entry = entries[path] ?? Entry(path: path, kind: kind, example: "")
        // A list seen empty first, then with text elements, is a list of text.
        if entry.kind == "list", kind == "list of text" { entry.kind = kind }
        if entry.example.isEmpty || (entry.example == "false" && example == "true") { entry.example = example }
        entries[path] = entry
    }
}
