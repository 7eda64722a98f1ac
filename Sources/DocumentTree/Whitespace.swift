/// The whitespace policy of the document tree (`docs/document-tree.md`), applied as a browser
/// renders white space, so that writers receive clean text.
///
/// - Every run of XML white space (space, tab, CR, LF) inside text becomes one space;
///   a no-break space (U+00A0) is text, never collapsed.
/// - Inside a block, white space at the start and end of its inline content is removed, as is
///   whitespace-only text between block elements (template indentation).
/// - A space that follows another space across inline elements (`a <em> b</em>`) or a `<br>`
///   is removed; a space before a `<br>` is removed.
/// - Text inside inline content is otherwise kept as written.
enum Whitespace {
    /// Collapses each run of XML white space to one space.
    ///
    /// Works on UTF-8 bytes: the four XML spaces are ASCII, and no byte of a multi-byte character is.
    /// Text that needs no change (most of it) is returned as it is, without a copy.
    static func collapse(_ text: String) -> String {
        guard needsCollapsing(text.utf8) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var inSpace = false
        for byte in text.utf8 {
            if isXMLSpace(byte) {
                if !inSpace { result.append(0x20) }
                inSpace = true
            } else {
                result.append(byte)
                inSpace = false
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Applies the policy to a block element and, recursively, to its descendants.
    static func normaliseBlock(_ element: Element) -> Element {
        var result = element
        var children: [Node] = []
        var run: [Node] = []
        for child in element.children {
            if case .element(let block) = child, !block.isInline {
                children += normaliseRun(run)
                run = []
                children.append(.element(normaliseBlock(block)))
            } else {
                run.append(child)
            }
        }
        children += normaliseRun(run)
        result.children = children
        return result
    }
}

private extension Whitespace {
    /// Space, tab, line feed, carriage return.
    static func isXMLSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Whether `collapse` would change the text: a tab, a line break, or two spaces in a row.
    static func needsCollapsing(_ utf8: String.UTF8View) -> Bool {
        var afterSpace = false
        for byte in utf8 {
            if byte == 0x20 {
                if afterSpace { return true }
                afterSpace = true
            } else if byte == 0x09 || byte == 0x0A || byte == 0x0D {
                return true
            } else {
                afterSpace = false
            }
        }
        return false
    }

    /// One run of inline content between blocks (or at a block's edges).
    static func normaliseRun(_ nodes: [Node]) -> [Node] {
        var afterSpace = true
        var result = dropLeadingSpaces(nodes, afterSpace: &afterSpace)
        _ = trimEnd(&result)
        return result
    }

    /// Collapses text and drops a space that follows a space, the start of the run or a `<br>`.
    static func dropLeadingSpaces(_ nodes: [Node], afterSpace: inout Bool) -> [Node] {
        var result: [Node] = []
        for node in nodes {
            switch node {
            case .text(let raw):
                var text = collapse(raw)
                if afterSpace, text.hasPrefix(" ") { text.removeFirst() }
                guard !text.isEmpty else { continue }
                afterSpace = text.hasSuffix(" ")
                result.append(.text(text))
            case .element(let element) where element.name == "br":
                _ = trimEnd(&result)
                afterSpace = true
                result.append(node)
            case .element(var element) where element.isInline:
                element.children = dropLeadingSpaces(element.children, afterSpace: &afterSpace)
                result.append(.element(element))
            case .element(let element):
                result.append(.element(normaliseBlock(element)))
                afterSpace = true
            }
        }
        return result
    }

    /// Removes the trailing space of the last text; returns whether a stop (text, `<br>`, block) was met.
    static func trimEnd(_ nodes: inout [Node]) -> Bool {
        for index in nodes.indices.reversed() {
            switch nodes[index] {
            case .text(var text):
                while text.hasSuffix(" ") { text.removeLast() }
                if text.isEmpty {
                    nodes.remove(at: index)
                    continue
                }
                nodes[index] = .text(text)
                return true
            case .element(var element) where element.isInline && element.name != "br":
                let stopped = trimEnd(&element.children)
                nodes[index] = .element(element)
                if stopped { return true }
            case .element:
                return true
            }
        }
        return false
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        let isSpace = { (s: Unicode.Scalar) in s == " " || s == "\t" || s == "\n" || s == "\r" }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
