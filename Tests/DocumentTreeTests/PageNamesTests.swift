@testable import DocumentTree
import Testing

/// ``PageNames``: each name of a page found by its bytes (packed in an integer up to eight bytes, compared byte by
/// byte past that), made a string once, and the children count of the last element of each name remembered.
struct PageNamesTests {
    /// The ranges of the words of `text` (split on spaces).
    static func words(_ text: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for index in 0...text.count where index == text.count || text[index] == UInt8(ascii: " ") {
            if index > start { ranges.append(start..<index) }
            start = index + 1
        }
        return ranges
    }

    @Test func findsEachNameInOneSlot() {
        let page = Array("td tr td tbody blockquote blockquotes td tbody blockquote t br".utf8)
        page.withUnsafeBufferPointer { bytes in
            let scanner = XHTMLScanner(bytes)
            var names = PageNames()
            let found = Self.words(page).map { names.find($0, in: scanner) }
            #expect(found.map(\.known.name) == ["td", "tr", "td", "tbody", "blockquote", "blockquotes", "td", "tbody",
                                                "blockquote", "t", "br"])
            #expect(found.map(\.slot) == [0, 1, 0, 2, 3, 4, 0, 2, 3, 5, 6])
            #expect(found.map(\.known.kind) == [.block, .block, .block, .block, .block, .block, .block, .block, .block,
                                                .block, .lineBreak])
        }
    }

    @Test func packsShortNamesAndLeavesLongOnesToTheirBytes() {
        let page = Array("tdabcdefghi".utf8)
        page.withUnsafeBufferPointer { bytes in
            #expect(PageNames.key(0..<2, in: bytes) == 0x6474)
            #expect(PageNames.key(2..<10, in: bytes) == 0x6867_6665_6463_6261)
            #expect(PageNames.key(1..<10, in: bytes) == 0)
        }
    }

    @Test func remembersTheChildrenOfTheLastElementOfEachName() {
        let page = Array("tr td".utf8)
        page.withUnsafeBufferPointer { bytes in
            let scanner = XHTMLScanner(bytes)
            var names = PageNames()
            let row = names.find(0..<2, in: scanner), cell = names.find(3..<5, in: scanner)
            #expect(names.expectedChildren(row.slot) == 0)
            names.noteChildren(8, at: row.slot)
            names.noteChildren(1, at: cell.slot)
            names.noteChildren(5, at: nil)
            #expect(names.expectedChildren(row.slot) == 8)
            #expect(names.expectedChildren(cell.slot) == 1)
            #expect(names.expectedChildren(nil) == 0)
        }
    }

    @Test func pastItsCapacityMakesEachNewNameAgain() {
        let text = (0..<(PageNames.capacity + 2)).map { "n\($0)" }.joined(separator: " ")
        let page = Array(text.utf8)
        page.withUnsafeBufferPointer { bytes in
            let scanner = XHTMLScanner(bytes)
            var names = PageNames()
            let found = Self.words(page).map { names.find($0, in: scanner) }
            #expect(found.map(\.known.name) == (0..<(PageNames.capacity + 2)).map { "n\($0)" })
            #expect(found.prefix(PageNames.capacity).map(\.slot) == Array(0..<PageNames.capacity))
            #expect(found.dropFirst(PageNames.capacity).allSatisfy { $0.slot == nil })
            #expect(names.find(Self.words(page)[3], in: scanner).slot == 3)
        }
    }
}
