import DocumentTree
import WriterSupport

/// Inline content of one paragraph as ODF: white space collapsed the way HTML collapses it,
/// bold/italic/underline as text spans, `br` as a line break, everything escaped.
struct ODFInline {
    fileprivate enum Token: Equatable {
        case text(String)
        case open(InlineFormat)
        case close
        case lineBreak
    }

    /// Appends the ODF markup of `nodes` (the content of a `text:p`) to `out`.
    static func append(_ nodes: ArraySlice<Node>, to out: inout ODFMarkup) {
        // Most paragraphs and cells are one text, already collapsed by the tree's white-space policy.
        if nodes.count == 1, case .text(let text) = nodes.first!, XMLText.isCollapsed(text) {
            out.append(escaping: text)
            return
        }
        var tokens: [Token] = []
        for node in nodes { collect(node, into: &tokens) }
        serialize(collapse(tokens), to: &out)
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && isSpace(UInt8(scalar.value))
    }

    /// Space, tab, LF, CR or form feed: HTML's white space.
    static func isSpace(_ byte: UInt8) -> Bool { XMLText.isSpace(byte) }
}

private extension ODFInline {
    static func collect(_ node: Node, into tokens: inout [Token]) {
        switch node {
        case .text(let text):
            tokens.append(.text(text))
        case .element(let element):
            if element.name == "br" { tokens.append(.lineBreak); return }
            let style = spanStyle(element.name)
            if let style { tokens.append(.open(style)) }
            for child in element.children { collect(child, into: &tokens) }
            if style != nil { tokens.append(.close) }
        }
    }

    static func spanStyle(_ name: String) -> InlineFormat? {
        let format = InlineFormat.of(element: name)
        return format.isPlain ? nil : format
    }

    /// Collapses runs of white space to one space across element boundaries, and drops white space
    /// at the start and end of the paragraph and around line breaks.
    static func collapse(_ tokens: [Token]) -> [Token] {
        var out: [Token] = []
        var pendingSpace = false
        var atLineStart = true
        for token in tokens {
            switch token {
            case .text(let text):
                // On UTF-8 bytes: the spaces are ASCII, and no byte of a multi-byte character is.
                var run: [UInt8] = []
                run.reserveCapacity(text.utf8.count)
                for byte in text.utf8 {
                    if isSpace(byte) { pendingSpace = true; continue }
                    if pendingSpace && !atLineStart { run.append(0x20) }
                    pendingSpace = false
                    atLineStart = false
                    run.append(byte)
                }
                if !run.isEmpty { out.append(.text(String(decoding: run, as: UTF8.self))) }
            case .lineBreak:
                pendingSpace = false
                atLineStart = true
                out.append(.lineBreak)
            case .open:
                // A space before a span stays outside it (an underline must not start with a space).
                if pendingSpace && !atLineStart { out.append(.text(" ")) }
                pendingSpace = false
                out.append(token)
            case .close:
                out.append(token)
            }
        }
        // A space kept before a span that turned out empty at the end of the paragraph goes too.
        if let last = out.lastIndex(where: { if case .text = $0 { return true } else { return false } }),
           case .text(let text) = out[last], text.hasSuffix(" "),
           !out[(last + 1)...].contains(where: { $0 == .lineBreak }) {
            out[last] = .text(String(text.dropLast()))
        }
        return out
    }

    /// Writes the tokens with one flat span per run of text in the same styles: nested elements
    /// (`<strong><em>…</em></strong>`) become one span in the style that has both, since LibreOffice
    /// keeps only the innermost of two nested spans' character styles (bold italic printed italic).
    static func serialize(_ tokens: [Token], to out: inout ODFMarkup) {
        var open: [InlineFormat] = []
        var written = InlineFormat.plain
        func settle() {
            let wanted = open.reduce(into: InlineFormat.plain) { $0.formUnion($1) }
            guard wanted != written else { return }
            if !written.isPlain { out += "</text:span>" }
            if let name = ODFStyleName.characterStyle(wanted) { out += "<text:span text:style-name=\"\(name)\">" }
            written = wanted
        }
        for token in tokens {
            switch token {
            case .text(let text):
                settle()
                out.append(escaping: text)
            case .open(let style): open.append(style)
            case .close: if !open.isEmpty { open.removeLast() }
            case .lineBreak:
                settle()
                out += "<text:line-break/>"
            }
        }
        if !written.isPlain { out += "</text:span>" }
    }
}
