/// Reads the XHTML a template rendered straight into the document tree, without libxml2: the same page
/// (``XMLTreeReader/Page``) node for node, white space handled by the same ``Whitespace`` policy as the children
/// arrive, lead-ins marked the same way (``Pagination/markingLeadIn(_:)``).
///
/// Why it exists: libxml2 building its own tree of a 300-delegate list, then that tree read into Swift strings,
/// cost 16 M instructions of the 55 M the whole DOCX of the list took (callgrind, release build). This reader
/// reads only the XML DaiHoi's templates write (``XHTMLScanner``); for anything else, and for every page that is not
/// well-formed, it gives up (`nil`) and ``XHTMLParser`` asks libxml2, so errors keep libxml2's wording and
/// position, and an entity reference is refused as before. `ParserPathTests` compares both readers on every paper
/// of every sample.
struct TemplateXHTMLReader {
    private var scanner: XHTMLScanner
    /// The element names met, each made a string once per page, with the children count to reserve.
    private var names = PageNames()
    /// Elements open now (the root is 1).
    private var depth = 0
    /// Deeper than this is left to libxml2 (its own limit is 256).
    private static let deepest = 200

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        scanner = XHTMLScanner(bytes)
    }

    /// The page in `bytes`, or nil when libxml2 must read it.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> XMLTreeReader.Page? {
        var reader = TemplateXHTMLReader(bytes)
        return try? reader.page()
    }
}

private extension TemplateXHTMLReader {
    typealias Unsupported = XHTMLScanner.Unsupported

    /// The document: the declaration, the `<html>` root and nothing after it but white space and comments.
    mutating func page() throws(Unsupported) -> XMLTreeReader.Page {
        scanner.skipDeclaration()
        try scanner.skipMisc()
        guard scanner.peek() == UInt8(ascii: "<"), scanner.peek(1) != UInt8(ascii: "/") else { throw Unsupported() }
        let root = try scanner.startTag()
        guard scanner.spells(root.name, "html") else { throw Unsupported() }
        var title = ""
        var body: [Node] = []
        if !root.isEmpty {
            depth = 1
            // The root's children: only `head` and `body` are read (the last of each wins), as XMLTreeReader does.
            while true {
                let next = try markupOrText()
                switch next {
                case .end:
                    try scanner.endTag(root.name)
                    depth = 0
                case .text:
                    _ = try scanner.characterData()
                    continue
                case .comment:
                    try scanner.comment()
                    continue
                case .start:
                    let tag = try scanner.startTag()
                    let found = known(tag.name)
                    let known = found.known
                    if known.name == "head" {
                        let head = try element(tag, known: known)
                        if case .element(let titleElement)? = head.children.first(where: { Self.isElement($0, named: "title") }) {
                            title = Whitespace.collapse(titleElement.children.map(\.textContent).joined()).trimmingSpaces()
                        }
                    } else if known.name == "body" {
                        body = try block(tag, known: found).children
                    } else {
                        _ = try element(tag, known: known)
                    }
                    continue
                }
                break
            }
        }
        try scanner.skipMisc()
        guard scanner.atEnd else { throw Unsupported() }
        let language = root.attributes.first { $0.name == "lang" }?.value
            ?? root.attributes.first { $0.name == "xml:lang" }?.value ?? "vi"
        return XMLTreeReader.Page(title: title, language: language, body: body)
    }

    enum Next { case start, end, comment, text }

    /// What comes next inside an element (the end of the page inside one is not well-formed).
    func markupOrText() throws(Unsupported) -> Next {
        guard !scanner.atEnd else { throw Unsupported() }
        guard scanner.peek() == UInt8(ascii: "<") else { return .text }
        switch scanner.peek(1) {
        case UInt8(ascii: "/"): return .end
        case UInt8(ascii: "!"): return .comment
        case UInt8(ascii: "?"): throw Unsupported()
        default: return .start
        }
    }

    /// The name and kind of the element whose name is at `range`, made once per page.
    mutating func known(_ range: Range<Int>) -> PageNames.Found {
        names.find(range, in: scanner)
    }

    mutating func enter() throws(Unsupported) {
        depth += 1
        guard depth <= Self.deepest else { throw Unsupported() }
    }

    /// A block element and its subtree, white space handled as the children are read (XMLTreeReader.block).
    mutating func block(_ tag: XHTMLScanner.StartTag, known found: PageNames.Found) throws(Unsupported) -> Element {
        var children = Whitespace.Children(reservingCapacity: names.expectedChildren(found.slot))
        var afterSpace = true
        if !tag.isEmpty { try gather(tag, into: &children, afterSpace: &afterSpace, inBlock: true) }
        let nodes = children.finishBlock(afterSpace: afterSpace)
        names.noteChildren(nodes.count, at: found.slot)
        return Pagination.markingLeadIn(Element(name: found.known.name, attributes: tag.attributes, children: nodes))
    }

    /// An inline element, its text continuing the inline run of the block it is in (XMLTreeReader.inline).
    mutating func inline(_ tag: XHTMLScanner.StartTag, known found: PageNames.Found, afterSpace: inout Bool) throws(Unsupported) -> Element {
        var children = Whitespace.Children(reservingCapacity: names.expectedChildren(found.slot))
        if !tag.isEmpty { try gather(tag, into: &children, afterSpace: &afterSpace, inBlock: false) }
        names.noteChildren(children.nodes.count, at: found.slot)
        return Element(name: found.known.name, attributes: tag.attributes, children: children.nodes)
    }

    /// The children of the element `tag` up to its end tag (XMLTreeReader.gather): the texts between two
    /// elements joined (comments between them dropped), each text and element handed to the white-space policy.
    mutating func gather(_ tag: XHTMLScanner.StartTag, into children: inout Whitespace.Children, afterSpace: inout Bool,
                         inBlock: Bool) throws(Unsupported) {
        try enter()
        defer { depth -= 1 }
        var pending: String?
        /// Whether the pending text starts and ends with a space, when it is plain (nil: read it again).
        var plainEdges: Whitespace.Edges?
        while true {
            switch try markupOrText() {
            case .end:
                try scanner.endTag(tag.name)
                if let text = pending { children.append(text: text, plainEdges: plainEdges, afterSpace: &afterSpace) }
                return
            case .comment:
                try scanner.comment()
            case .text:
                // One text node of libxml2's: the character data up to the next markup.
                let data = try scanner.characterData()
                if pending == nil, afterSpace, scanner.isSpaceOnly(data) { continue }
                let text = scanner.text(data)
                if let previous = pending {
                    pending = previous + text
                    plainEdges = nil  // the join may hold two spaces in a row: read it again
                } else {
                    pending = text
                    plainEdges = data.isPlain ? scanner.edges(of: data) : nil
                }
            case .start:
                if let text = pending { children.append(text: text, plainEdges: plainEdges, afterSpace: &afterSpace) }
                pending = nil
                let child = try scanner.startTag()
                let known = known(child.name)
                switch known.known.kind {
                case .lineBreak:
                    children.append(lineBreak: try element(child, known: known.known), afterSpace: &afterSpace)
                case .inline:
                    children.append(inline: try inline(child, known: known, afterSpace: &afterSpace))
                case .block where inBlock:
                    children.append(block: try block(child, known: known), afterSpace: &afterSpace)
                case .block:
                    children.append(blockInInline: try block(child, known: known), afterSpace: &afterSpace)
                }
            }
        }
    }

    /// An element and its subtree, text as parsed, adjacent texts joined (XMLTreeReader.element: the head, a `br`).
    mutating func element(_ tag: XHTMLScanner.StartTag, known name: ElementNames.Known) throws(Unsupported) -> Element {
        var children: [Node] = []
        if !tag.isEmpty {
            try enter()
            defer { depth -= 1 }
            loop: while true {
                switch try markupOrText() {
                case .end:
                    try scanner.endTag(tag.name)
                    break loop
                case .comment:
                    try scanner.comment()
                case .text:
                    let text = scanner.text(try scanner.characterData())
                    if case .text(let previous)? = children.last {
                        children[children.count - 1] = .text(previous + text)
                    } else {
                        children.append(.text(text))
                    }
                case .start:
                    let child = try scanner.startTag()
                    children.append(.element(try element(child, known: known(child.name).known)))
                }
            }
        }
        return Element(name: name.name, attributes: tag.attributes, children: children)
    }

    static func isElement(_ node: Node, named name: String) -> Bool {
        if case .element(let element) = node { element.name == name } else { false }
    }
}
