internal import CLibXML2

/// Walks a parsed libxml2 tree into Swift values: the title, the language and the body nodes.
///
/// Comments and processing instructions are dropped; CDATA is already text (`XML_PARSE_NOCDATA`);
/// an entity reference is refused, since entities are never expanded.
struct XMLTreeReader {
    /// What the writers need from the page.
    struct Page {
        var title: String
        var language: String
        var body: [Node]
    }

    /// Reads the `<html>` root element.
    func read(root: xmlNodePtr) throws(XHTMLError) -> Page {
        let rootName = Self.name(of: root)
        guard rootName == "html" else {
            throw XHTMLError(line: Self.line(of: root), column: 0,
                             message: "root element is <\(rootName)>, expected <html>")
        }
        var title = ""
        var body: [Node] = []
        for child in Self.children(of: root) where child.pointee.type == XML_ELEMENT_NODE {
            switch Self.name(of: child) {
            case "head":
                if let titleNode = Self.children(of: child).first(where: { Self.name(of: $0) == "title" }) {
                    title = Whitespace.collapse(try Self.element(titleNode).children.map(\.textContent).joined())
                        .trimmingSpaces()
                }
            case "body":
                body = try Self.block(child, name: "body", names: ElementNames()).children
            default:
                break
            }
        }
        let attributes = try Self.attributes(of: root)
        let language = attributes.first { $0.name == "lang" }?.value
            ?? attributes.first { $0.name == "xml:lang" }?.value ?? "vi"
        return Page(title: title, language: language, body: body)
    }
}

private extension XMLTreeReader {
    /// A block element named `name` and its subtree, white space handled by ``Whitespace`` as the children are read.
    static func block(_ node: xmlNodePtr, name: String, names: ElementNames) throws(XHTMLError) -> Element {
        var children = Whitespace.Children()
        var afterSpace = true
        try gather(node, into: &children, afterSpace: &afterSpace, inBlock: true, names: names)
        let nodes = children.finishBlock()
        return Pagination.markingLeadIn(Element(name: name, attributes: try attributes(of: node), children: nodes))
    }

    /// An inline element named `name` and its subtree, its text continuing the inline run of the block it is in.
    static func inline(_ node: xmlNodePtr, name: String, afterSpace: inout Bool, names: ElementNames) throws(XHTMLError) -> Element {
        var children = Whitespace.Children()
        try gather(node, into: &children, afterSpace: &afterSpace, inBlock: false, names: names)
        return Element(name: name, attributes: try attributes(of: node), children: children.nodes)
    }

    /// Reads the children of `node` into `children`: adjacent texts joined (comments between them
    /// dropped), then each text and element handed to the whitespace policy in document order.
    static func gather(_ node: xmlNodePtr, into children: inout Whitespace.Children, afterSpace: inout Bool,
                       inBlock: Bool, names: ElementNames) throws(XHTMLError) {
        var pending: String?
        var next = node.pointee.children
        while let child = next {
            next = child.pointee.next
            switch child.pointee.type {
            case XML_ELEMENT_NODE:
                if let text = pending { children.append(text: text, afterSpace: &afterSpace) }
                pending = nil
                let known = names.name(of: child)
                switch known.kind {
                case .lineBreak:
                    children.append(lineBreak: try element(child), afterSpace: &afterSpace)
                case .inline:
                    children.append(inline: try inline(child, name: known.name, afterSpace: &afterSpace, names: names))
                case .block where inBlock:
                    children.append(block: try block(child, name: known.name, names: names), afterSpace: &afterSpace)
                case .block:
                    children.append(blockInInline: try block(child, name: known.name, names: names), afterSpace: &afterSpace)
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                // White space opening a run is dropped by the policy whatever text joins it: never made a String.
                if pending == nil, afterSpace, isXMLSpaceOnly(child.pointee.content) { continue }
                let text = content(of: child)
                pending = pending.map { $0 + text } ?? text
            case XML_ENTITY_REF_NODE:
                throw entityError(child, line: line(of: child))
            default:
                break  // comments, processing instructions
            }
        }
        if let text = pending { children.append(text: text, afterSpace: &afterSpace) }
    }

    /// Whether the C string `content` is empty or holds only XML white space.
    static func isXMLSpaceOnly(_ content: UnsafeMutablePointer<xmlChar>?) -> Bool {
        guard var byte = content else { return true }
        while byte.pointee != 0 {
            if !Whitespace.isXMLSpace(byte.pointee) { return false }
            byte += 1
        }
        return true
    }

    /// An element and its subtree, text as parsed (the title, a `<br>`).
    static func element(_ node: xmlNodePtr) throws(XHTMLError) -> Element {
        var children: [Node] = []
        var next = node.pointee.children
        while let child = next {
            next = child.pointee.next
            switch child.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(.element(try element(child)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let text = content(of: child)
                if case .text(let previous)? = children.last {
                    children[children.count - 1] = .text(previous + text)
                } else {
                    children.append(.text(text))
                }
            case XML_ENTITY_REF_NODE:
                throw entityError(child, line: line(of: child))
            default:
                break  // comments, processing instructions
            }
        }
        return Element(name: name(of: node), attributes: try attributes(of: node), children: children)
    }

    /// The attributes in source order; the name carries its prefix (`xml:lang`).
    static func attributes(of node: xmlNodePtr) throws(XHTMLError) -> [Attribute] {
        var result: [Attribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            var value = ""
            var child = current.pointee.children
            while let part = child {
                if part.pointee.type == XML_ENTITY_REF_NODE { throw entityError(part, line: line(of: node)) }
                value += content(of: part)
                child = part.pointee.next
            }
            var name = current.pointee.name.map { String(cString: $0) } ?? ""
            if let prefix = current.pointee.ns?.pointee.prefix {
                name = String(cString: prefix) + ":" + name
            }
            result.append(Attribute(name: name, value: value))
            attribute = current.pointee.next
        }
        return result
    }

    /// Entity references inside attributes have no line of their own: `line` is the element's.
    static func entityError(_ node: xmlNodePtr, line: Int) -> XHTMLError {
        XHTMLError(line: line, column: 0,
                   message: "entity reference &\(name(of: node)); is not allowed (entities are never expanded)")
    }

    static func children(of node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            result.append(current)
            child = current.pointee.next
        }
        return result
    }

    static func name(of node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    static func content(of node: xmlNodePtr) -> String {
        node.pointee.content.map { String(cString: $0) } ?? ""
    }

    static func line(of node: xmlNodePtr) -> Int {
        Int(xmlGetLineNo(node))
    }
}
