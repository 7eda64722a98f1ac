/// Why a rendered XHTML page could not become a ``Document``: libxml2's first well-formedness
/// error, or a construct the document tree refuses (an entity reference, a root other than `<html>`).
///
/// `line` and `column` are 1-based, as libxml2 reports them; `column` is 0 when only the line is
/// known (refusals found while walking the parsed tree, where libxml2 keeps no column).
public struct XHTMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 1-based line of the error in the XHTML text.
    public var line: Int
    /// 1-based column of the error, or 0 when unknown.
    public var column: Int
    /// The message, without a trailing newline (libxml2's own wording for parse errors).
    public var message: String

    /// Creates an error at `line`:`column` with `message`.
    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line:column: message` (or `line: message` when the column is unknown).
    public var description: String {
        column > 0 ? "\(line):\(column): \(message)" : "\(line): \(message)"
    }
}
