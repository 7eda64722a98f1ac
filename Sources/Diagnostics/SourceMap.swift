/// Where each value of the congress file stands, by its key path as messages print it
/// (`organisation.name`, `people[2].name`, `bodies.presidium[1]`, `elections[1].rounds[2].votes.hoa`;
/// list positions count from 1).
///
/// Loading records every map value and list element it reads, so a rule judging the loaded model can point
/// at the exact figure it refuses (the `issued` line of a round, not the round's first line).
public struct SourceMap: Sendable, Equatable {
    private var positions: [String: SourceLocation]

    public init(_ positions: [String: SourceLocation] = [:]) {
        self.positions = positions
    }

    /// The position of the value at `path`, when the file has one there.
    public subscript(path: String) -> SourceLocation? {
        positions[path]
    }
}
