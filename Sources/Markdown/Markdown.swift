internal import CCMark

/// Markdown prose → `MarkdownBlock`s, through libcmark (CommonMark 0.30) — the one wrapper around the C library.
///
/// The tree is walked with cmark's iterator (no recursion, so any nesting is safe); containers nested deeper
/// than `maximumDepth` are flattened into their parent, so a paper never holds a quote within a quote 1000 deep.
public enum Markdown {
    /// The deepest nesting of quotes and lists kept (deeper content joins the container at this depth).
    public static let maximumDepth = 6

    /// Parses `text`; never fails (CommonMark has no syntax errors). Raw HTML is dropped, not escaped in.
    ///
    /// The text between an inline `<script>` or `<style>` tag and its closing tag is dropped with the tags
    /// (cmark keeps it as plain text between two raw inlines): a paper never prints script or style source.
    public static func blocks(_ text: String) -> [MarkdownBlock] {
        var builder = BlockBuilder()
        walk(text) { node, entering in builder.visit(node, entering: entering) }
        return builder.finish()
    }

    /// The raw HTML tags of `text` that ``blocks(_:)`` drops ("<script>", "<div class=x>"), in order, each
    /// cut to its first line: what a warning tells the writer.
    public static func rawHTML(_ text: String) -> [String] {
        guard text.contains("<") else { return [] }
        var tags: [String] = []
        walk(text) { node, entering in
            guard entering, node.kind == .ignoredBlock || node.kind == .ignoredInline, !node.literal.isEmpty else { return }
            let line = node.literal.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
            let tag = String(line.drop(while: \.isWhitespace))
            if !tag.isEmpty { tags.append(tag.count > 40 ? String(tag.prefix(40)) + "…" : tag) }
        }
        return tags
    }

    /// Parses `text` with cmark and hands every enter and exit event to `visit`.
    private static func walk(_ text: String, _ visit: (Node, Bool) -> Void) {
        let bytes = Array(text.utf8)
        guard let document = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parse_document($0, buffer.count, CMARK_OPT_DEFAULT | CMARK_OPT_SAFE)
                }
            } ?? cmark_parse_document("", 0, CMARK_OPT_DEFAULT)
        }) else { return }
        defer { cmark_node_free(document) }
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            visit(Node(node), event == CMARK_EVENT_ENTER)
        }
    }
}

/// What the builder needs to know of one cmark node, read once (no C type leaves this file and BlockBuilder).
struct Node {
    enum Kind { case document, quote, list, item, paragraph, heading, codeBlock, text, code, softBreak, lineBreak,
                     emphasis, strong, image, ignoredBlock, ignoredInline, other }
    let kind: Kind
    let literal: String
    let headingLevel: Int
    let ordered: Bool
    let listStart: Int

    init(_ node: OpaquePointer) {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_DOCUMENT: kind = .document
        case CMARK_NODE_BLOCK_QUOTE: kind = .quote
        case CMARK_NODE_LIST: kind = .list
        case CMARK_NODE_ITEM: kind = .item
        case CMARK_NODE_PARAGRAPH: kind = .paragraph
        case CMARK_NODE_HEADING: kind = .heading
        case CMARK_NODE_CODE_BLOCK: kind = .codeBlock
        case CMARK_NODE_TEXT: kind = .text
        case CMARK_NODE_CODE: kind = .code
        case CMARK_NODE_SOFTBREAK: kind = .softBreak
        case CMARK_NODE_LINEBREAK: kind = .lineBreak
        case CMARK_NODE_EMPH: kind = .emphasis
        case CMARK_NODE_STRONG: kind = .strong
        case CMARK_NODE_IMAGE: kind = .image
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CUSTOM_BLOCK: kind = .ignoredBlock
        case CMARK_NODE_HTML_INLINE, CMARK_NODE_CUSTOM_INLINE: kind = .ignoredInline
        default: kind = .other
        }
        switch kind {
        case .text, .code, .codeBlock, .ignoredBlock, .ignoredInline: literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
        default: literal = ""
        }
        headingLevel = kind == .heading ? Int(cmark_node_get_heading_level(node)) : 0
        ordered = kind == .list && cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
        listStart = kind == .list ? Int(cmark_node_get_list_start(node)) : 0
    }
}
