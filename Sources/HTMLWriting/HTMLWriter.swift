import DocumentTree

/// The HTML writer: one standalone, print-ready XHTML5 file (polyglot markup) per document.
///
/// The page carries `<!DOCTYPE html>`, the XHTML namespace, the document language, a UTF-8
/// `<meta>`, the title and the print stylesheet inlined in `<style>`. Block elements each start
/// a line, indented two spaces per level; inline content stays on its block's line, so golden
/// files diff line by line. No line ends in white space; the file ends with one newline.
/// Same document and stylesheet → same bytes.
public struct HTMLWriter: Sendable {
    /// The print CSS (`Templates/style/print.css` filled with the format profile).
    public let stylesheet: String

    /// A writer that inlines `stylesheet` into every page.
    public init(stylesheet: String) {
        self.stylesheet = stylesheet
    }

    /// The complete XHTML5 text of `document`.
    public func write(_ document: Document) -> String {
        var lines: [String] = [
            "<!DOCTYPE html>",
            "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(HTMLEscaping.attribute(document.language))\">",
            "<head>",
            "<meta charset=\"utf-8\"/>",
            "<title>\(HTMLEscaping.text(document.title))</title>",
            "<style>",
        ]
        lines += HTMLEscaping.stylesheet(stylesheet).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init).reversed().drop { $0.allSatisfy(\.isWhitespace) }.reversed()
        lines += ["</style>", "</head>", "<body>"]
        var body = BlockSerializer()
        body.write(document.body, depth: 0)
        lines += body.lines
        lines += ["</body>", "</html>"]
        return lines.map(Self.trimmingTrailingSpace).joined(separator: "\n") + "\n"
    }
}

private extension HTMLWriter {
    static func trimmingTrailingSpace(_ line: String) -> String {
        var line = Substring(line)
        while let last = line.last, last == " " || last == "\t" || last == "\r" { line.removeLast() }
        return String(line)
    }
}

/// Lays out the body: one line per block, inline content serialised on its block's line.
struct BlockSerializer {
    private(set) var lines: [String] = []
    /// Depth of tables and signature blocks: a paragraph in a cell (the header block) or a signer's line is
    /// never marked keep-together, a table row and the signature block keep themselves.
    private var layoutDepth = 0

    /// Writes `nodes` at indentation `depth`: each block on its own line(s), each inline run on one line.
    mutating func write(_ nodes: [Node], depth: Int) {
        var run: [Node] = []
        for node in nodes {
            if case .element(let element) = node, !element.isInline {
                flush(&run, depth: depth)
                writeBlock(element, depth: depth)
            } else {
                run.append(node)
            }
        }
        flush(&run, depth: depth)
    }
}

private extension BlockSerializer {
    mutating func flush(_ run: inout [Node], depth: Int) {
        let text = run.map(Self.inline).joined()
        if !text.allSatisfy({ $0 == " " }) {
            lines.append(Self.indent(depth) + text)
        }
        run = []
    }

    mutating func writeBlock(_ element: Element, depth: Int) {
        let open = Self.startTag(layoutDepth == 0 ? Pagination.markingKeepTogether(element) : element)
        if element.isVoid {
            lines.append(Self.indent(depth) + open.dropLast() + "/>")
            return
        }
        let hasBlockChild = element.children.contains {
            if case .element(let child) = $0 { return !child.isInline }
            return false
        }
        if hasBlockChild {
            lines.append(Self.indent(depth) + open)
            let layout = element.name == "table" || Pagination.isSignatureBlock(element)
            if layout { layoutDepth += 1 }
            write(element.children, depth: depth + 1)
            if layout { layoutDepth -= 1 }
            lines.append(Self.indent(depth) + "</\(element.name)>")
        } else {
            lines.append(Self.indent(depth) + open + element.children.map(Self.inline).joined() + "</\(element.name)>")
        }
    }

    static func inline(_ node: Node) -> String {
        switch node {
        case .text(let text):
            return HTMLEscaping.text(text)
        case .element(let element) where element.isVoid:
            return String(startTag(element).dropLast()) + "/>"
        case .element(let element):
            return startTag(element) + element.children.map(inline).joined() + "</\(element.name)>"
        }
    }

    static func startTag(_ element: Element) -> String {
        let attributes = element.attributes.map { " \($0.name)=\"\(HTMLEscaping.attribute($0.value))\"" }
        return "<\(element.name)\(attributes.joined())>"
    }

    static func indent(_ depth: Int) -> String {
        String(repeating: "  ", count: depth)
    }
}
