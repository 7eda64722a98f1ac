/// A rendered document ready for the writers: the one hand-over point between
/// rendering and every output format, as pandoc's AST is.
///
/// The tree is the `<body>` of the rendered XHTML, reduced to the vocabulary
/// listed in `docs/document-tree.md`; the writers map that vocabulary to HTML,
/// ODT and FODT. No libxml2 type ever appears here.
public struct Document: Sendable, Equatable {
    /// Stable name of the document kind, e.g. `minutes` or `script`.
    public var name: String
    /// The `<title>` of the document (also the ODT `dc:title`).
    public var title: String
    /// BCP 47 language of the content, `vi` for every Party paper.
    public var language: String
    /// The children of `<body>`, in order.
    public var body: [Node]
    /// Page size, margins, fonts and sizes shared by every writer.
    public var profile: FormatProfile
    /// The paper's date and issuing body for the file's properties (set by the pipeline; empty from the parser).
    public var metadata: DocumentMetadata

    public init(name: String, title: String, language: String = "vi", body: [Node], profile: FormatProfile,
                metadata: DocumentMetadata = DocumentMetadata()) {
        self.name = name
        self.title = title
        self.language = language
        self.body = body
        self.profile = profile
        self.metadata = metadata
    }
}

/// One node of the document tree.
public enum Node: Sendable, Equatable {
    case element(Element)
    case text(String)
}

/// An element of the document tree: an XHTML name, its attributes in source order, its children.
public struct Element: Sendable, Equatable {
    public var name: String
    public var attributes: [Attribute]
    public var children: [Node]

    public init(name: String, attributes: [Attribute] = [], children: [Node] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// The value of the attribute `name`, if present.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The classes of the element (`class` split on white space).
    public var classes: [Substring] {
        attribute("class")?.split(separator: " ") ?? []
    }

    /// Whether the element carries the class `name`.
    public func hasClass(_ name: String) -> Bool {
        guard let value = attribute("class") else { return false }
        if value == name { return true }
        var found = false
        Self.forEachWord(of: value) { word in
            found = word == name
            return !found
        }
        return found
    }

    /// Calls `body` with each word of `classes` (a `class` value: words between spaces) in order, until
    /// it returns `false`. The words are found on the UTF-8 bytes (the space is ASCII), not character
    /// by character, and handed over in place: no array of words.
    public static func forEachWord(of classes: String, _ body: (Substring) -> Bool) {
        let utf8 = classes.utf8
        var start = utf8.startIndex
        while start < utf8.endIndex {
            let end = utf8[start...].firstIndex(of: UInt8(ascii: " ")) ?? utf8.endIndex
            if start < end, !body(classes[start..<end]) { return }
            start = end < utf8.endIndex ? utf8.index(after: end) : end
        }
    }
}

/// An attribute of an element.
public struct Attribute: Sendable, Equatable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

extension Node {
    /// The concatenated text of this node and its descendants.
    public var textContent: String {
        switch self {
        case .text(let text): return text
        case .element(let element):
            // A lone child (a cell's or a paragraph's text) is returned as it is, not joined into a copy.
            if element.children.count == 1 { return element.children[0].textContent }
            return element.children.map(\.textContent).joined()
        }
    }
}
