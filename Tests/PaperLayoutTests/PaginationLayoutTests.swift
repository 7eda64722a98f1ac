import DocumentTree
import PDFDrawing
import Testing
@testable import PaperLayout

/// How lines and blocks go onto pages: widows and orphans, keep with next, blocks that never split, table heading
/// rows repeated, page breaks, sheets restarting the count, page numbers; and no tree makes it crash.
@Suite("Paper layout: pages")
struct PaginationLayoutTests {
    typealias L = LineSettingTests
    static let bottom = (297 - 20) * L.pt

    /// A paragraph of `count` lines of six words (``LineSettingTests/justified()``).
    static func lines(_ count: Int) -> Node {
        L.paragraph(Array(repeating: "abcdefghij", count: 6 * count).joined(separator: " "))
    }

    /// One-line paragraphs of one word each, each 18 pt + 6 pt.
    static func shortParagraphs(_ count: Int) -> [Node] {
        (0..<count).map { L.paragraph("đoạn-\($0)") }
    }

    @Test("a page holds as many 24 pt paragraphs as fit above the bottom margin; page 2 carries its number")
    func pageCapacity() {
        // Text area 257 mm = 728.5 pt: n paragraphs take 24 n − 6 pt, so 30 fit (714), the 31st does not (738).
        let pages = L.layout(Self.shortParagraphs(31))
        #expect(pages.count == 2)
        #expect(pages[0].texts.count == 30)
        #expect(pages[0].texts.allSatisfy { $0.text.hasPrefix("đoạn") })
        let number = pages[1].texts[0]
        #expect(number.text == "2")
        // Top centre, marginTop / 2 from the edge plus the ascender at 14 pt.
        #expect(abs(number.baseline - (10 * L.pt + 0.891 * 14)) < 0.001)
        #expect(abs(number.x + 7 / 2 - (L.left + L.textWidth / 2)) < 0.001)
    }

    @Test("a paragraph never leaves one line alone at a page's foot or head")
    func widowsAndOrphans() {
        // 29 short paragraphs take 690 pt; 1.5 lines remain (690 + 6 + 18 = 714 fits, + 18 = 732 does not).
        let orphan = L.layout(Self.shortParagraphs(29) + [Self.lines(4)])
        // One line would fit at the foot: the paragraph goes whole to the next page (orphans 2).
        #expect(orphan[0].texts.count == 29)
        // 28 paragraphs (666 pt) leave room for 2 lines (666 + 6 + 36 = 708; a third: 726 ≤ 728.5 fits too).
        let five = L.layout(Self.shortParagraphs(28) + [Self.lines(5)])
        // Three of five lines fit and two go on: allowed.
        #expect(Set(five[0].texts.dropFirst(28).map(\.baseline)).count == 3)
        // Of four lines, 3 + 1 would leave the last alone: 2 + 2.
        let four = L.layout(Self.shortParagraphs(28) + [Self.lines(4)])
        #expect(Set(four[0].texts.dropFirst(28).map(\.baseline)).count == 2)
        #expect(Set(four[1].texts.dropFirst(1).map(\.baseline)).count == 2)
    }

    @Test("a heading keeps with the paragraph after it")
    func headingKeepsWithNext() {
        let heading = Node.element(Element(name: "h2", children: [.text("I. Tiêu đề")]))
        let pages = L.layout(Self.shortParagraphs(29) + [heading, Self.lines(4)])
        #expect(pages[0].texts.count == 29)
        #expect(pages[1].texts[1].text == "I. Tiêu đề")
        #expect(pages[1].texts[1].face == .bold)
    }

    @Test("a page break starts a page; a sheet restarts the count and its first page has no number")
    func breaksAndSheets() {
        let pageBreak = Node.element(Element(name: "div", attributes: [Attribute(name: "class", value: "page-break")]))
        func sheet(_ text: String) -> Node {
            .element(Element(name: "div", attributes: [Attribute(name: "class", value: "sheet")], children: [L.paragraph(text)]))
        }
        let pages = L.layout([L.paragraph("một"), pageBreak, L.paragraph("hai"), sheet("ba"), sheet("bốn")] + Self.shortParagraphs(31))
        #expect(pages.count == 5)
        #expect(pages.map { $0.texts.map(\.text) }[0...2] == [["một"], ["2", "hai"], ["ba"]])
        #expect(pages[3].texts.first?.text == "bốn")
        #expect(pages[4].texts.first?.text == "2")
    }

    @Test("no tree makes it crash: empty body, empty table, deep nesting, a cell wider than the page")
    func hostileTrees() {
        #expect(L.layout([]).count == 1)
        #expect(L.layout([]).first?.items.isEmpty == true)
        let emptyTable = Node.element(Element(name: "table", attributes: [Attribute(name: "class", value: "grid")]))
        #expect(L.layout([emptyTable]).count == 1)
        var deep = L.paragraph("sâu")
        for level in 0..<200 { deep = .element(Element(name: level % 2 == 0 ? "div" : "blockquote", children: [deep])) }
        #expect(L.layout([deep]).first?.texts.map(\.text) == ["sâu"])
        var nestedList = Node.element(Element(name: "li", children: [.text("x")]))
        for _ in 0..<50 { nestedList = .element(Element(name: "li", children: [.element(Element(name: "ul", children: [nestedList]))])) }
        #expect(!L.layout([.element(Element(name: "ul", children: [nestedList]))]).isEmpty)
        let wide = String(repeating: "W", count: 3_000)
        let cell = Node.element(Element(name: "td", children: [.text(wide)]))
        let table = Node.element(Element(name: "table", attributes: [Attribute(name: "class", value: "grid")],
                                         children: [.element(Element(name: "tr", children: [cell, cell]))]))
        let pages = L.layout([table])
        // A row taller than a page is cut between its lines (the last resort): nothing lost, nothing below the margin.
        #expect(pages.count > 1)
        let drawn: String = pages.flatMap { page in page.texts.map { $0.text } }.joined()
        let letters: Int = drawn.unicodeScalars.filter { $0 == "W" }.count
        #expect(letters == 6_000, "\(drawn.prefix(50))")
        for page in pages {
            #expect(page.texts.allSatisfy { $0.baseline + 0.216 * $0.size <= Self.bottom + 0.01 })
            #expect(page.lines.allSatisfy { max($0.y1, $0.y2) <= Self.bottom + 0.01 })
        }
    }

    @Test("same tree, same pages")
    func deterministic() {
        let body = Self.shortParagraphs(40) + [Self.lines(7)]
        #expect(L.layout(body) == L.layout(body))
    }
}
