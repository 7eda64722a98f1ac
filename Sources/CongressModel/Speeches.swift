/// Diễn văn khai mạc, bế mạc — what the printed opening and closing speeches add to the lines the script holds for
/// the official session's opening and closing items (reviews/papers.md §5: "the script holds the lines").
///
/// Each is Markdown as typed or read from a `{file: …}`; the speech prints it before the script's last line (the
/// declaration that opens or closes the congress).
public struct Speeches: Sendable, Equatable {
    /// The body of the opening speech (diễn văn khai mạc).
    public var opening: String?
    /// The body of the closing speech (diễn văn bế mạc).
    public var closing: String?

    public init(opening: String? = nil, closing: String? = nil) {
        self.opening = opening
        self.closing = closing
    }
}
