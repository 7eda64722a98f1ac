internal import CLibXML2

/// The element names met in one parse, as Swift strings with their kind, looked up by libxml2's name
/// pointer: libxml2 keeps each distinct name once (its dictionary), so a page of thousands of cells
/// makes a string of `td` once, not once per cell. Owned by one read of one tree, never shared.
final class ElementNames {
    /// How the whitespace policy treats an element.
    enum Kind {
        case lineBreak, inline, block
    }

    /// A name and its kind.
    struct Known {
        let name: String
        let kind: Kind
    }

    /// Names met so far by pointer; a page uses a few dozen names at most.
    private var pointers: [UnsafePointer<xmlChar>] = []
    private var known: [Known] = []
    /// Past this many names, new ones are made each time (a pointer stays one name while the tree lives).
    private static let capacity = 64

    /// The name and kind of the element `node`.
    func name(of node: xmlNodePtr) -> Known {
        guard let pointer = node.pointee.name else { return Self.known("") }
        if let index = pointers.firstIndex(of: pointer) { return known[index] }
        let made = Self.known(String(cString: pointer))
        if pointers.count < Self.capacity {
            pointers.append(pointer)
            known.append(made)
        }
        return made
    }

    /// The name and kind of an element named `name` (also for ``TemplateXHTMLReader``).
    static func known(_ name: String) -> Known {
        Known(name: name, kind: name == "br" ? .lineBreak : Vocabulary.isInline(name) ? .inline : .block)
    }
}
