/// Builds `MarkdownBlock`s from cmark's enter/exit events with an explicit stack (no recursion).
struct BlockBuilder {
    private enum Frame {
        /// The document, a block quote or a list item: blocks in order.
        case container(quote: Bool, blocks: [MarkdownBlock])
        case list(ordered: Bool, start: Int, items: [[MarkdownBlock]])
        /// A paragraph (`level == nil`) or heading being filled with runs.
        case leaf(level: Int?, runs: [InlineRun])
    }

    private var stack: [Frame] = [.container(quote: false, blocks: [])]
    /// For each quote, list and item entered: whether it got a frame (false when flattened).
    private var pushed: [Bool] = []
    private var depth = 0
    private var strong = 0
    private var emphasis = 0
    private var image = 0
    /// Inside an inline `<script>` or `<style>` element, whose text is source, not prose: dropped.
    private var rawElement: String?

    mutating func visit(_ node: Node, entering: Bool) {
        switch node.kind {
        case .quote, .list, .item: entering ? enterContainer(node) : exitContainer(node)
        case .paragraph, .heading:
            if entering { stack.append(.leaf(level: node.kind == .heading ? node.headingLevel : nil, runs: [])) } else { closeLeaf() }
        case .codeBlock:
            let text = node.literal.hasSuffix("\n") ? String(node.literal.dropLast()) : node.literal
            if !text.isEmpty { appendBlock(.paragraph(runs: [InlineRun(text)])) }
        case .text, .code: appendRun(node.literal)
        case .softBreak: appendRun(" ")
        case .lineBreak: if image == 0, case .leaf(let level, var runs)? = stack.last {
            runs.append(.lineBreak)
            stack[stack.count - 1] = .leaf(level: level, runs: runs)
        }
        case .strong: strong += entering ? 1 : -1
        case .emphasis: emphasis += entering ? 1 : -1
        case .image: image += entering ? 1 : -1
        case .ignoredInline: if entering { trackRawElement(node.literal) }
        case .document, .ignoredBlock, .other: break
        }
    }

    /// The blocks of the document.
    mutating func finish() -> [MarkdownBlock] {
        while stack.count > 1 { popAndAttach(kind: nil) }
        if case let .container(_, blocks)? = stack.first { return blocks }
        return []
    }
}

private extension BlockBuilder {
    mutating func enterContainer(_ node: Node) {
        let isItem = node.kind == .item
        let insideList: Bool = { if case .list? = stack.last { return true } else { return false } }()
        let keep = isItem ? insideList : depth < Markdown.maximumDepth
        pushed.append(keep)
        guard keep else { return }
        switch node.kind {
        case .list:
            depth += 1
            stack.append(.list(ordered: node.ordered, start: node.ordered ? node.listStart : 1, items: []))
        case .quote:
            depth += 1
            stack.append(.container(quote: true, blocks: []))
        default:
            stack.append(.container(quote: false, blocks: []))
        }
    }

    mutating func exitContainer(_ node: Node) {
        guard pushed.popLast() == true, stack.count > 1 else { return }
        if node.kind != .item { depth -= 1 }
        popAndAttach(kind: node.kind)
    }

    /// Pops the top frame and adds what it built to the frame below.
    mutating func popAndAttach(kind: Node.Kind?) {
        guard let frame = stack.popLast() else { return }
        switch frame {
        case let .list(ordered, start, items):
            if !items.isEmpty { appendBlock(.list(ordered: ordered, start: start, items: items)) }
        case let .container(quote, blocks):
            if case .list(let ordered, let start, var items)? = stack.last, !quote {
                items.append(blocks)
                stack[stack.count - 1] = .list(ordered: ordered, start: start, items: items)
            } else if quote {
                if !blocks.isEmpty { appendBlock(.quote(blocks: blocks)) }
            } else {
                blocks.forEach { appendBlock($0) }
            }
        case let .leaf(level, runs):
            appendLeaf(level: level, runs: runs)
        }
    }

    mutating func closeLeaf() {
        rawElement = nil   // inline HTML never spans two paragraphs
        guard case let .leaf(level, runs)? = stack.last else { return }
        stack.removeLast()
        appendLeaf(level: level, runs: runs)
    }

    mutating func appendLeaf(level: Int?, runs: [InlineRun]) {
        var runs = runs
        while runs.last?.isBreak == true || runs.last?.text == " " { runs.removeLast() }
        if let last = runs.last, last.text.last == " " {
            runs[runs.count - 1].text = String(last.text.reversed().drop { $0 == " " }.reversed())
        }
        guard runs.contains(where: { !$0.isBreak && !$0.text.allSatisfy(\.isWhitespace) }) else { return }
        appendBlock(level.map { .heading(level: $0, runs: runs) } ?? .paragraph(runs: runs))
    }

    mutating func appendBlock(_ block: MarkdownBlock) {
        switch stack.last {
        case .container(let quote, var blocks)?:
            blocks.append(block)
            stack[stack.count - 1] = .container(quote: quote, blocks: blocks)
        case .list(let ordered, let start, var items)?:
            items.append([block])
            stack[stack.count - 1] = .list(ordered: ordered, start: start, items: items)
        case .leaf?:
            // A block inside a paragraph cannot come from cmark; keep its text rather than lose it.
            appendRun(" " + block.plainText)
        case nil:
            stack.append(.container(quote: false, blocks: [block]))
        }
    }

    /// Opens or closes the dropped element on a raw inline tag `<script …>` / `</script>` (`<style>` alike).
    mutating func trackRawElement(_ tag: String) {
        let lower = tag.lowercased()
        if let open = rawElement {
            if lower.hasPrefix("</\(open)") { rawElement = nil }
            return
        }
        for name in ["script", "style"] where lower.hasPrefix("<\(name)") && !lower.hasSuffix("/>") {
            let next = lower.dropFirst(name.count + 1).first
            if next == nil || next == ">" || next!.isWhitespace { rawElement = name }
        }
    }

    mutating func appendRun(_ text: String) {
        guard image == 0, rawElement == nil, !text.isEmpty, case .leaf(let level, var runs)? = stack.last else { return }
        let run = InlineRun(text, strong: strong > 0, emphasis: emphasis > 0)
        if let last = runs.last, !last.isBreak, last.strong == run.strong, last.emphasis == run.emphasis {
            runs[runs.count - 1].text += text
        } else {
            runs.append(run)
        }
        stack[stack.count - 1] = .leaf(level: level, runs: runs)
    }
}
