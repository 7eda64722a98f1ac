/// The Vietnamese sort key of a name read on its UTF-8 bytes, for nearly every name: no `Character`,
/// no words as strings, no dictionary.
extension VietnameseCollation {
    /// What ``sortKey(_:)`` gives for `name`, when the name is ``LatinText`` (ASCII and precomposed
    /// Latin letters only); `nil` for any other text.
    ///
    /// Such text is NFC already, its words are runs of scalars between ASCII spaces, and each scalar's
    /// weights come from one table.
    static func latinSortKey(_ name: String) -> [UInt32]? {
        var name = name
        return name.withUTF8 { bytes -> [UInt32]? in
            // Each scalar as its table row; the words as ranges of that list. Both on the stack (a name has no
            // more scalars than bytes, nor more words than half its bytes and one): three allocations fewer a
            // name, 3,300 instructions a name before, about 1,400 after (callgrind, a 300-delegate list).
            withUnsafeTemporaryAllocation(of: Int.self, capacity: bytes.count) { rowSpace in
                withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: bytes.count / 2 + 1) { wordSpace in
                    latinSortKey(bytes, rows: rowSpace, words: wordSpace)
                }
            }
        }
    }

    /// ``latinSortKey(_:)`` of the UTF-8 `bytes`, with room for their scalars' rows and their words given.
    private static func latinSortKey(_ bytes: UnsafeBufferPointer<UInt8>, rows rowSpace: UnsafeMutableBufferPointer<Int>,
                                     words wordSpace: UnsafeMutableBufferPointer<Range<Int>>) -> [UInt32]? {
        var rows = StackList(rowSpace)
        var words = StackList(wordSpace)
        var wordStart: Int?
        // Read in this loop, not through `LatinText.read`'s closure, whose captured state was checked on every
        // access, and the words reordered through three new arrays: 8,000 instructions a name before, 6,400 after
        // (callgrind, a 300-delegate list).
        var index = 0
        while index < bytes.count {
            guard let (step, next) = LatinText.step(in: bytes, at: index) else { return nil }
            index = next
            switch step {
            case .space:
                if let start = wordStart { words.append(start..<rows.count) }
                wordStart = nil
            case .scalar(let row):
                if wordStart == nil { wordStart = rows.count }
                rows.append(row)
            }
        }
        if let start = wordStart { words.append(start..<rows.count) }
        // A name without words has one empty given name (see `VietnameseName`).
        if words.isEmpty { return [0, 0] }
        // Given name, then the middle names in order, then the family name (see `VietnameseName`).
        var key: [UInt32] = []
        key.reserveCapacity(2 * rows.count + 2 * words.count)
        // The table once: each read of a lazy global is a `swift_once`, about 550 instructions here (callgrind).
        let weights = latinWeights
        for place in words.indices {
            // The last word first, the first last, the middle ones in their order (no arrays made for it).
            let word = place == 0 ? words[words.count - 1] : place == words.count - 1 ? words[0] : words[place]
            for position in word { key.append(weights[rows[position]].primary) }
            key.append(0)
            for position in word { key.append(weights[rows[position]].tone) }
            key.append(0)
        }
        return key
    }

    /// The weights ``weights(_:cache:)`` gives each scalar of ``LatinText``, by table row, worked out once.
    static let latinWeights: [(primary: UInt32, tone: UInt32)] = {
        var cache = WeightCache()
        return LatinText.scalars.map { weights(Character($0), cache: &cache) }
    }()
}

/// A list in memory given to it (a temporary allocation), never longer than that memory: appended to and read by
/// position, and nothing else.
private struct StackList<Element> {
    private let space: UnsafeMutableBufferPointer<Element>
    private(set) var count = 0

    init(_ space: UnsafeMutableBufferPointer<Element>) { self.space = space }

    var isEmpty: Bool { count == 0 }
    var indices: Range<Int> { 0..<count }

    mutating func append(_ element: Element) {
        precondition(count < space.count, "more elements than the space holds")
        space.initializeElement(at: count, to: element)
        count += 1
    }

    subscript(position: Int) -> Element {
        precondition(position >= 0 && position < count, "position outside the list")
        return space[position]
    }
}
