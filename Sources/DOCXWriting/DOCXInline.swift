import DocumentTree
import WriterSupport

/// Inline content of one paragraph as WordprocessingML runs: white space collapsed the way HTML collapses it
/// (as the ODT writer does), bold/italic/underline as run properties (nested ones combine), `br` as `w:br`,
/// everything escaped.
enum DOCXInline {
    /// The run formatting of a piece of text.
    typealias Format = InlineFormat

    fileprivate enum Token {
        case text(String, Format)
        case lineBreak
    }

    /// Appends the runs of `nodes` (the content of a `w:p`) to `out`.
    static func append(_ nodes: ArraySlice<Node>, to out: inout XMLMarkup) {
        // Most paragraphs and cells are one text, already collapsed by the tree's white-space policy.
        if nodes.count == 1, case .text(let text) = nodes.first!, XMLText.isCollapsed(text) {
            run(text, format: .plain, to: &out, collapsed: true)
            return
        }
        var tokens: [Token] = []
        for node in nodes { collect(node, format: .plain, into: &tokens) }
        for token in collapse(tokens) {
            switch token {
            case .text(let text, let format): run(text, format: format, to: &out)
            case .lineBreak: out += "<w:r><w:br/></w:r>"
            }
        }
    }

    /// One run; `xml:space="preserve"` only where a space starts or ends the text (never a `collapsed` one's:
    /// ``XMLText/isCollapsed(_:)`` said it has none, and its ends are not read again).
    static func run(_ text: String, format: Format, to out: inout XMLMarkup, collapsed: Bool = false) {
        let preserve = !collapsed && (text.utf8.first == 0x20 || text.utf8.last == 0x20)
        // A plain run (nearly every cell of a list) opens in one append, not two.
        if format.isPlain {
            out += preserve ? "<w:r><w:t xml:space=\"preserve\">" : "<w:r><w:t>"
            out.append(escaping: text)
            out += "</w:t></w:r>"
            return
        }
        out += "<w:r><w:rPr>"
        if format.contains(.bold) { out += "<w:b/><w:bCs/>" }
        if format.contains(.italic) { out += "<w:i/><w:iCs/>" }
        if format.contains(.underline) { out += "<w:u w:val=\"single\"/>" }
        out += "</w:rPr>"
        out += preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>"
        out.append(escaping: text)
        out += "</w:t></w:r>"
    }
}

private extension DOCXInline {
    static func collect(_ node: Node, format: Format, into tokens: inout [Token]) {
        switch node {
        case .text(let text):
            tokens.append(.text(text, format))
        case .element(let element):
            if element.name == "br" { tokens.append(.lineBreak); return }
            let inner = format.union(.of(element: element.name))
            for child in element.children { collect(child, format: inner, into: &tokens) }
        }
    }

    /// Collapses runs of white space to one space across element boundaries, and drops white space at the start
    /// and end of the paragraph and around line breaks; a space between texts of different formats stays on the
    /// side with fewer formats (an underline never starts or ends with a space), as in the ODT.
    static func collapse(_ tokens: [Token]) -> [Token] {
        var out: [Token] = []
        var pendingSpace = false
        var atLineStart = true
        for token in tokens {
            switch token {
            case .text(let text, let format):
                var run: [UInt8] = []
                run.reserveCapacity(text.utf8.count + 1)
                for byte in text.utf8 {
                    if XMLText.isSpace(byte) { pendingSpace = true; continue }
                    if pendingSpace && !atLineStart {
                        // Before a span opens (the text before has fewer formats) the space stays outside it, with
                        // the text before; after a span closes it goes with the text after, as the ODT has it.
                        if run.isEmpty, case .text(let previous, let previousFormat)? = out.last, previousFormat != format,
                           previousFormat.isSubset(of: format) {
                            out[out.count - 1] = .text(previous + " ", previousFormat)
                        } else {
                            run.append(0x20)
                        }
                    }
                    pendingSpace = false
                    atLineStart = false
                    run.append(byte)
                }
                guard !run.isEmpty else { continue }
                let piece = String(decoding: run, as: UTF8.self)
                if case .text(let previous, let previousFormat)? = out.last, previousFormat == format {
                    out[out.count - 1] = .text(previous + piece, format)
                } else {
                    out.append(.text(piece, format))
                }
            case .lineBreak:
                pendingSpace = false
                atLineStart = true
                out.append(.lineBreak)
            }
        }
        return out
    }
}
