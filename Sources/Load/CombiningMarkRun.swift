/// Dấu kết hợp — combining marks. No real letter carries more than a few; Unicode's Stream-Safe Text Format
/// (UAX #15 §13) bounds a run of non-starters (combining class ≠ 0) at 30. A longer run is refused: it is not
/// text a congress writes, and normalising it (canonical reordering) costs the square of its length.
enum CombiningMarkRun {
    /// UAX #15 §13: at most 30 non-starters in a row.
    static let limit = 30

    /// Where the first run longer than `limit` reaches its 31st mark (1-based line and column, columns count
    /// scalars, lines end at LF, CR, CRLF), or `nil`.
    static func first(in text: String) -> (line: Int, column: Int)? {
        var position = LineColumnCounter(), run = 0
        for scalar in text.unicodeScalars {
            // ASCII is never a combining mark: no property look-up for most of a file.
            run = scalar.isASCII || scalar.properties.canonicalCombiningClass == .notReordered ? 0 : run + 1
            if run > limit { return (position.line, position.column) }
            position.advance(over: scalar)
        }
        return nil
    }
}
