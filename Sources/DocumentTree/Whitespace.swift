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
///
/// The policy is applied while the tree is read (``XMLTreeReader``): each element's children are
/// gathered in a ``Whitespace/Children`` as they arrive, so the tree is built once, already clean.
enum Whitespace {
    /// Collapses each run of XML white space to one space.
    ///
    /// Works on UTF-8 bytes: the four XML spaces are ASCII, and no byte of a multi-byte character is.
    /// Text that needs no change (most of it) is returned as it is, without a copy.
    static func collapse(_ text: String) -> String {
        guard text.utf8.withContiguousStorageIfAvailable(needsCollapsing) ?? needsCollapsing(text.utf8) else { return text }
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

    /// Space, tab, line feed, carriage return.
    static func isXMLSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Whether a text's first and last bytes are spaces.
    struct Edges {
        var startsWithSpace: Bool
        var endsWithSpace: Bool
    }

    /// The children of one element, the policy applied as each arrives in document order.
    ///
    /// `afterSpace` is whether the content so far ends in a space (or starts a line): it runs through
    /// a block's inline content, into and out of its inline elements, so each caller passes the one
    /// of the block it is in. A block's own children start with a fresh `true`.
    struct Children {
        private(set) var nodes: [Node] = []
        /// Where the inline run since the last block child starts (used in a block only).
        private var runStart = 0

        init() {}

        /// Children with room for `capacity` nodes made at once (the template reader's estimate, ``PageNames``).
        init(reservingCapacity capacity: Int) {
            nodes.reserveCapacity(capacity)
        }

        /// Text (adjacent texts already joined): collapsed, and a space dropped when it follows a
        /// space, the start of the run or a `<br>`. `plainEdges`: the reader found that collapsing and no-break
        /// spacing leave `raw` as it is (``XHTMLScanner/CharacterData/isPlain``) and whether its first and last
        /// bytes are spaces, so the text is not read again (``append(plainText:edges:afterSpace:)``).
        mutating func append(text raw: String, plainEdges: Edges? = nil, afterSpace: inout Bool) {
            if let plainEdges { return append(plainText: raw, edges: plainEdges, afterSpace: &afterSpace) }
            // White space alone after a space or at the start of a run (template indentation) leaves nothing.
            if afterSpace, raw.utf8.withContiguousStorageIfAvailable({ $0.allSatisfy(isXMLSpace) }) ?? raw.utf8.allSatisfy(isXMLSpace) {
                return
            }
            var text = NoBreakSpacing.apply(collapse(raw))
            // The byte test first: a text whose first (last) byte is no space has no space character there.
            if afterSpace, text.utf8.first == 0x20, text.hasPrefix(" ") { text.removeFirst() }
            guard !text.isEmpty else { return }
            afterSpace = Whitespace.lastByte(of: text) == 0x20 && text.hasSuffix(" ")
            nodes.append(.text(text))
        }

        /// ``append(text:plainEdges:afterSpace:)`` of a text that collapsing and no-break spacing leave as it is:
        /// with no two spaces in a row, a text of spaces alone is one space, so the same rules need only its edges.
        /// A space is dropped or ends the text only as a whole character, as `hasPrefix` / `hasSuffix` see it (a
        /// prepended mark could join a space into one character). Reading the text's bytes again here cost 116
        /// instructions a text, 0.28 M a 300-delegate list; now 0.23 M with the call that sorts the texts (callgrind).
        private mutating func append(plainText raw: String, edges: Edges, afterSpace: inout Bool) {
            var text = raw
            if afterSpace, edges.startsWithSpace, text.hasPrefix(" ") { text.removeFirst() }
            guard !text.isEmpty else { return }
            afterSpace = edges.endsWithSpace && text.hasSuffix(" ")
            nodes.append(.text(text))
        }

        /// A `<br>`, kept as it was read: the space before it goes.
        mutating func append(lineBreak: Element, afterSpace: inout Bool) {
            _ = Whitespace.trimEnd(&nodes, from: 0)
            afterSpace = true
            nodes.append(.element(lineBreak))
        }

        /// An inline element whose children were gathered with the same `afterSpace`.
        mutating func append(inline element: Element) {
            nodes.append(.element(element))
        }

        /// A block child of a block: the inline run before it loses its trailing space, a new run starts.
        mutating func append(block element: Element, afterSpace: inout Bool) {
            _ = Whitespace.trimEnd(&nodes, from: runStart)
            nodes.append(.element(element))
            runStart = nodes.count
            afterSpace = true
        }

        /// A block met inside inline content: nothing before it is trimmed.
        mutating func append(blockInInline element: Element, afterSpace: inout Bool) {
            nodes.append(.element(element))
            afterSpace = true
        }

        /// The children of a block, the trailing space of its last inline run removed. `afterSpace` is the block's
        /// own after its last child: when false, the last text of the run (a cell's text) ends in no space and
        /// nothing followed it that could, so there is nothing to trim and the run is not walked back (0.23 M
        /// instructions of a 300-delegate list's tree; callgrind).
        mutating func finishBlock(afterSpace: Bool = true) -> [Node] {
            if afterSpace { _ = Whitespace.trimEnd(&nodes, from: runStart) }
            return nodes
        }
    }
}

private extension Whitespace {
    /// Whether `collapse` would change the text: a tab, a line break, or two spaces in a row.
    /// Generic so that a string's bytes are read in place when it holds them in one piece.
    static func needsCollapsing<UTF8Bytes: Sequence<UInt8>>(_ utf8: UTF8Bytes) -> Bool {
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

    /// The last UTF-8 byte of `text`, read in place: `text.utf8.last` steps back through the view's general
    /// index logic, some 76 instructions a call, 0.37 M a 300-delegate list's tree (callgrind).
    static func lastByte(of text: String) -> UInt8? {
        text.utf8.withContiguousStorageIfAvailable { $0.last } ?? text.utf8.last
    }

    /// Removes the trailing space of the last text at or after `start`; returns whether a stop
    /// (text, `<br>`, block) was met.
    static func trimEnd(_ nodes: inout [Node], from start: Int) -> Bool {
        var index = nodes.count - 1
        while index >= start {
            switch nodes[index] {
            case .text(let text) where !text.isEmpty && lastByte(of: text) != 0x20:
                // Nothing to trim (nearly every cell's text): the array is not written.
                return true
            case .text(var text):
                nodes[index] = .text("")  // `text` is now the only owner of its storage
                while text.utf8.last == 0x20, text.hasSuffix(" ") { text.removeLast() }
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
