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
        normalise(block: &result)
        return result
    }

    /// ``normaliseBlock(_:)`` in place: each node is moved out of the old children into the new ones,
    /// never copied, so no subtree is duplicated on the way.
    static func normalise(block element: inout Element) {
        var input: [Node] = []
        swap(&input, &element.children)
        var output: [Node] = []
        output.reserveCapacity(input.count)
        // The inline run since the last block child: its leading spaces go, then its trailing ones.
        var runStart = 0
        var afterSpace = true
        for index in input.indices {
            var node = take(&input, index)
            if case .element(var child) = node, !child.isInline {
                node = .text("")  // `child` is now the only owner of its children
                _ = trimEnd(&output, from: runStart)
                normalise(block: &child)
                output.append(.element(child))
                runStart = output.count
                afterSpace = true
            } else {
                appendInline(&node, to: &output, afterSpace: &afterSpace)
            }
        }
        _ = trimEnd(&output, from: runStart)
        element.children = output
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

    /// The node at `index`, moved out (an empty text left in its place).
    static func take(_ nodes: inout [Node], _ index: Int) -> Node {
        var node = Node.text("")
        swap(&node, &nodes[index])
        return node
    }

    /// Appends an inline node (or a block met inside inline content) with its text collapsed and
    /// a space dropped when it follows a space, the start of the run or a `<br>`; `node` is moved.
    static func appendInline(_ node: inout Node, to output: inout [Node], afterSpace: inout Bool) {
        switch node {
        case .text(let raw):
            node = .text("")
            // White space alone after a space or at the start of a run (template indentation) leaves nothing.
            if afterSpace, raw.utf8.allSatisfy(isXMLSpace) { return }
            var text = collapse(raw)
            if afterSpace, text.hasPrefix(" ") { text.removeFirst() }
            guard !text.isEmpty else { return }
            afterSpace = text.hasSuffix(" ")
            output.append(.text(text))
        case .element(let element) where element.name == "br":
            _ = trimEnd(&output, from: 0)
            afterSpace = true
            output.append(node)
        case .element(var element) where element.isInline:
            node = .text("")  // `element` is now the only owner of its children
            var input: [Node] = []
            swap(&input, &element.children)
            var children: [Node] = []
            children.reserveCapacity(input.count)
            for index in input.indices {
                var child = take(&input, index)
                appendInline(&child, to: &children, afterSpace: &afterSpace)
            }
            element.children = children
            output.append(.element(element))
        case .element(var element):
            node = .text("")
            normalise(block: &element)
            output.append(.element(element))
            afterSpace = true
        }
    }

    /// Removes the trailing space of the last text at or after `start`; returns whether a stop
    /// (text, `<br>`, block) was met.
    static func trimEnd(_ nodes: inout [Node], from start: Int) -> Bool {
        var index = nodes.count - 1
        while index >= start {
            switch nodes[index] {
            case .text(var text):
                nodes[index] = .text("")  // `text` is now the only owner of its storage
                while text.hasSuffix(" ") { text.removeLast() }
                if text.isEmpty {
                    nodes.remove(at: index)
                    index -= 1
                    continue
                }
                nodes[index] = .text(text)
                return true
            case .element(var element) where element.isInline && element.name != "br":
                nodes[index] = .text("")
                let stopped = trimEnd(&element.children, from: 0)
                nodes[index] = .element(element)
                if stopped { return true }
            case .element:
                return true
            }
            index -= 1
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
