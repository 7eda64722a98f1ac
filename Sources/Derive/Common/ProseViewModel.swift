import Markdown
import Template

/// Markdown prose as the `partials/prose` template shows it: blocks of escaped text runs, never raw XHTML.
///
/// Every object carries every key the partial asks for (empty when unused), so a strict lookup never
/// falls through to an enclosing block — the partial includes itself for lists and quotes.
public enum ProseViewModel {
    /// The blocks of `markdown` (none for `nil`).
    public static func blocks(_ markdown: String?) -> TemplateValue {
        .list(Markdown.blocks(markdown ?? "").map { block($0) })
    }

    /// The blocks of `markdown` under a numbered point: an ordered list of one-paragraph items is lettered
    /// a), b), c) (`PointLetters`), so its items are not numbered 1., 2. like the points above them.
    public static func lettered(_ markdown: String?) -> TemplateValue {
        .list(Markdown.blocks(markdown ?? "").map { block($0, lettered: true) })
    }

    /// One paragraph of plain text, in the same shape (for sentences the view models compose).
    public static func paragraph(_ text: String) -> TemplateValue {
        block(.paragraph(runs: [InlineRun(text)]))
    }
}

private extension ProseViewModel {
    static func block(_ block: MarkdownBlock, lettered: Bool = false) -> TemplateValue {
        var object: TemplateFields = [
            "is_heading": false, "is_paragraph": false, "is_ordered": false, "is_bullet": false, "is_quote": false,
            "is_lettered": false, "runs": .list([]), "items": .list([]), "blocks": .list([]),
        ]
        switch block {
        case let .heading(_, runs):
            object["is_heading"] = true
            object["runs"] = .list(runs.map(run))
        case let .paragraph(runs):
            object["is_paragraph"] = true
            object["runs"] = .list(runs.map(run))
        case let .list(ordered, _, items) where ordered && lettered && items.allSatisfy(isOneParagraph):
            object["is_lettered"] = true
            object["items"] = .list(items.enumerated().map { index, blocks in
                .object(["marker": .string(PointLetters.marker(index)), "runs": .list(paragraphRuns(blocks).map(run))])
            })
        case let .list(ordered, _, items):
            object[ordered ? "is_ordered" : "is_bullet"] = true
            object["items"] = .list(items.map(item))
        case let .quote(blocks):
            object["is_quote"] = true
            object["blocks"] = .list(blocks.map { Self.block($0) })
        }
        return .object(object)
    }

    static func isOneParagraph(_ blocks: [MarkdownBlock]) -> Bool {
        if blocks.count == 1, case .paragraph = blocks[0] { return true }
        return false
    }

    static func paragraphRuns(_ blocks: [MarkdownBlock]) -> [InlineRun] {
        if case let .paragraph(runs) = blocks[0] { return runs }
        return []
    }

    /// A list item: one paragraph is written inline in the `<li>`; anything else as blocks.
    static func item(_ blocks: [MarkdownBlock]) -> TemplateValue {
        if blocks.count == 1, case let .paragraph(runs) = blocks[0] {
            return .object(["simple": true, "runs": .list(runs.map(run)), "blocks": .list([])])
        }
        return .object(["simple": false, "runs": .list([]), "blocks": .list(blocks.map { block($0) })])
    }

    static func run(_ run: InlineRun) -> TemplateValue {
        .object(["text": .string(run.text), "strong": .bool(run.strong), "em": .bool(run.emphasis), "br": .bool(run.isBreak)])
    }
}
