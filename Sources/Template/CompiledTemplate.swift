/// A compiled template: a flat program of trivial operations over tables, so that rendering
/// walks plain values and retains nothing per operation.
final class CompiledTemplate: Sendable {
    let name: String
    let source: [UInt8]
    let ops: [Op]
    /// The literal text of every `.text` operation, end to end.
    let text: [UInt8]
    /// The names of variables and sections, indexed by `Op.argument`.
    let names: [Name]
    /// The partial calls, indexed by `Op.argument`.
    let partials: [PartialCall]

    init(name: String, source: [UInt8], program: Program) {
        self.name = name
        self.source = source
        ops = program.ops
        text = program.text
        names = program.names
        partials = program.partials
    }

    /// An error at byte `offset` of this template's source.
    func error(_ kind: TemplateError.Kind, at offset: Int32, hint: String? = nil) -> TemplateError {
        SourcePosition.error(kind, template: name, source: source, offset: Int(offset), hint: hint)
    }
}

/// One operation of a compiled template.
struct Op: Sendable {
    enum Kind: UInt8, Sendable {
        /// Copy `text[argument..<end]`.
        case text
        /// `{{names[argument]}}`: look up, escape, append.
        case variable
        /// `{{#names[argument]}}`: the body is the operations up to `end` (exclusive).
        case section
        /// `{{^names[argument]}}`: the body is the operations up to `end` (exclusive).
        case inverted
        /// `{{> partials[argument]}}`.
        case partial
    }

    var kind: Kind
    var argument: Int32
    var end: Int32
    /// Byte offset of the tag in the source (for errors).
    var offset: Int32
}

/// A program being built by the parser.
struct Program {
    var ops: [Op] = []
    var text: [UInt8] = []
    var names: [Name] = []
    var partials: [PartialCall] = []
}

/// `{{> name}}`; `indent` is the whitespace before a standalone partial tag.
struct PartialCall: Sendable {
    let name: String
    let indent: [UInt8]
    let standalone: Bool
}

/// A name as written (`a.b.c`) and split into its parts; `.` has no parts (the implicit iterator).
///
/// A class, so that reading one from the name table during rendering costs one retain.
final class Name: Sendable {
    let text: String
    /// The first part, looked up on the context stack (`""` for `.`).
    let first: String
    /// The later parts, each looked up in the value of the one before.
    let rest: [String]
    let isImplicitIterator: Bool

    init(_ text: String) {
        self.text = text
        isImplicitIterator = text == "."
        let parts = isImplicitIterator ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        first = parts.first ?? ""
        rest = Array(parts.dropFirst())
    }

    /// Whether the name is `.` or dotted parts without spaces, none empty.
    var isValid: Bool {
        isImplicitIterator
            || (!first.isEmpty && !rest.contains(where: \.isEmpty) && !text.utf8.contains(where: Scanner.isWhitespace))
    }
}
