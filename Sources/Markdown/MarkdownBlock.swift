/// Prose parsed from CommonMark into the few shapes a Party paper uses.
///
/// Only what the document vocabulary has survives: headings, paragraphs, bold and italic runs, line
/// breaks, numbered and bulleted lists, block quotes. Raw HTML is dropped, links keep their text,
/// images and thematic breaks are dropped, code is kept as plain text.
public indirect enum MarkdownBlock: Sendable, Equatable {
    /// A heading of the prose (its CommonMark level 1–6 is kept; the paper prints every level as a sub-heading).
    case heading(level: Int, runs: [InlineRun])
    /// A paragraph (a code block becomes one too, its text as typed).
    case paragraph(runs: [InlineRun])
    /// A list; `start` is the first number of an ordered list (1 for a bulleted one).
    case list(ordered: Bool, start: Int, items: [[MarkdownBlock]])
    /// A block quote.
    case quote(blocks: [MarkdownBlock])
}

/// A run of text with one style: plain, bold (`**…**`), italic (`*…*`) or both; or a hard line break.
public struct InlineRun: Sendable, Equatable {
    public var text: String
    public var strong: Bool
    public var emphasis: Bool
    /// A hard line break (two spaces or a backslash at the end of a line); `text` is empty.
    public var isBreak: Bool

    public init(_ text: String, strong: Bool = false, emphasis: Bool = false, isBreak: Bool = false) {
        self.text = text
        self.strong = strong
        self.emphasis = emphasis
        self.isBreak = isBreak
    }

    /// A hard line break.
    public static let lineBreak = InlineRun("", isBreak: true)
}

extension MarkdownBlock {
    /// The text of the block without styling, blocks separated by a newline (for tests and word counts).
    public var plainText: String {
        switch self {
        case let .heading(_, runs), let .paragraph(runs):
            return runs.map { $0.isBreak ? "\n" : $0.text }.joined()
        case let .list(_, _, items):
            return items.map { $0.map(\.plainText).joined(separator: "\n") }.joined(separator: "\n")
        case let .quote(blocks):
            return blocks.map(\.plainText).joined(separator: "\n")
        }
    }
}
