import Markdown
import Template

/// Markdown prose as the `partials/prose` template shows it: blocks of escaped text runs, never raw XHTML.
///
/// Every object carries every key the partial asks for (empty when unused), so a strict lookup never
/// falls through to an enclosing block — the partial includes itself for lists and quotes.
public enum ProseViewModel {
    /// The blocks of `markdown` (none for `nil`).
    public static func blocks(_ markdown: String?) -> TemplateValue {
        .list(Markdown.blocks(markdown ?? "").map(block))
    }

    /// One paragraph of plain text, in the same shape (for sentences the view models compose).
    public static func paragraph(_ text: String) -> TemplateValue {
        block(.paragraph(runs: [InlineRun(text)]))
    }
}

private extension ProseViewModel {
    static func block(_ block: MarkdownBlock) -> TemplateValue {
        var object: [String: TemplateValue] = [
            "is_heading": false, "is_paragraph": false, "is_ordered": false, "is_bullet": false, "is_quote": false,
            "runs": .list([]), "items": .list([]), "blocks": .list([]),
        ]
        switch block {
        case let .heading(_, runs):
            object["is_heading"] = true
            object["runs"] = .list(runs.map(run))
        case let .paragraph(runs):
            object["is_paragraph"] = true
            object["runs"] = .list(runs.map(run))
        case let .list(ordered, _, items):
            object[ordered ? "is_ordered" : "is_bullet"] = true
            object["items"] = .list(items.map(item))
        case let .quote(blocks):
            object["is_quote"] = true
            object["blocks"] = .list(blocks.map(Self.block))
        }
        return .object(object)
    }

    /// A list item: one paragraph is written inline in the `<li>`; anything else as blocks.
    static func item(_ blocks: [MarkdownBlock]) -> TemplateValue {
        if blocks.count == 1, case let .paragraph(runs) = blocks[0] {
            return .object(["simple": true, "runs": .list(runs.map(run)), "blocks": .list([])])
        }
        return .object(["simple": false, "runs": .list([]), "blocks": .list(blocks.map(block))])
    }

    static func run(_ run: InlineRun) -> TemplateValue {
        .object(["text": .string(run.text), "strong": .bool(run.strong), "em": .bool(run.emphasis), "br": .bool(run.isBreak)])
    }
}
