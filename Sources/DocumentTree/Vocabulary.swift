/// The element classes of the document tree that both the parser and the writers rely on
/// (`docs/document-tree.md`): which elements flow inside a line and which have no content.
public enum Vocabulary {
    /// Elements that flow inside a line; every other element is a block.
    public static let inlineElements: Set<String> = [
        "a", "abbr", "b", "br", "cite", "code", "em", "i", "small", "span", "strong", "sub", "sup", "u",
    ]

    /// Whether an element named `name` flows inside a line (`strong`, `em`, `br` …) rather than being a block.
    public static func isInline(_ name: String) -> Bool {
        // The names of `inlineElements`, compared directly: short strings compare faster
        // than they hash, and this is asked of every node (a test keeps the two lists equal).
        switch name {
        case "a", "abbr", "b", "br", "cite", "code", "em", "i", "small", "span", "strong", "sub", "sup", "u": return true
        default: return false
        }
    }

    /// HTML void elements: never any content, written `<br/>`.
    public static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]
}

extension Element {
    /// Whether the element flows inside a line (`strong`, `em`, `br` …) rather than being a block.
    public var isInline: Bool { Vocabulary.isInline(name) }

    /// Whether the element is an HTML void element (`br`, `hr`, `img` …).
    public var isVoid: Bool { Vocabulary.voidElements.contains(name) }
}
