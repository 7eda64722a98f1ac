import DocumentTree
import Testing

/// The whitespace policy of docs/document-tree.md, one rule per test.
struct WhitespacePolicyTests {
    private func body(_ xhtml: String) throws -> [Node] {
        try XHTMLParser.parse("<html><body>\(xhtml)</body></html>", name: "x", profile: .hd36_2018).body
    }

    private func p(_ children: Node...) -> Node {
        .element(Element(name: "p", children: children))
    }

    private func inline(_ name: String, _ children: Node...) -> Node {
        .element(Element(name: name, children: children))
    }

    @Test func whitespaceBetweenBlocksIsDropped() throws {
        #expect(try body("\n  <p>a</p>\n  \n\t<p>b</p>\n") == [p(.text("a")), p(.text("b"))])
    }

    @Test func whitespaceAtTheEdgesOfABlockIsDropped() throws {
        #expect(try body("<p>\n   Đại hội  \n</p>") == [p(.text("Đại hội"))])
    }

    @Test func runsOfWhitespaceInsideTextBecomeOneSpace() throws {
        #expect(try body("<p>Đại\n\t   hội \r\n  lần   thứ XVI</p>") == [p(.text("Đại hội lần thứ XVI"))])
    }

    @Test func spaceBetweenInlineElementsIsKept() throws {
        #expect(try body("<p><strong>a</strong> <em>b</em></p>")
                == [p(inline("strong", .text("a")), .text(" "), inline("em", .text("b")))])
    }

    @Test func aSpaceAfterASpaceAcrossInlineElementsIsDropped() throws {
        #expect(try body("<p>a <em> b </em> c</p>")
                == [p(.text("a "), inline("em", .text("b ")), .text("c"))])
    }

    @Test func spacesAroundALineBreakAreDropped() throws {
        #expect(try body("<p>dòng một \n <br/>\n dòng hai</p>")
                == [p(.text("dòng một"), inline("br"), .text("dòng hai"))])
    }

    @Test func trailingSpaceInsideTheLastInlineElementIsDropped() throws {
        #expect(try body("<p>a <strong>b </strong> </p>") == [p(.text("a "), inline("strong", .text("b")))])
    }

    @Test func noBreakSpaceIsText() throws {
        #expect(try body("<p>\u{A0}a\u{A0} </p>") == [p(.text("\u{A0}a\u{A0}"))])
    }

    @Test func whitespaceOnlyBlockBecomesEmpty() throws {
        #expect(try body("<td>\n  <p> </p>\n</td>")
                == [.element(Element(name: "td", children: [p()]))])
    }

    @Test func textBesideBlocksIsTrimmedOnTheBlockSide() throws {
        #expect(try body("<td> a <p>b</p> c </td>")
                == [.element(Element(name: "td", children: [.text("a"), p(.text("b")), .text("c")]))])
    }
}

/// `Element.isInline` compares names directly; it must say what `Vocabulary.inlineElements` says.
@Test("isInline agrees with the vocabulary's list of inline elements")
func isInlineMatchesVocabulary() {
    let names = Vocabulary.inlineElements.union(Vocabulary.voidElements)
        .union(["p", "div", "table", "td", "th", "tr", "h1", "ol", "ul", "li", "blockquote", "body", "STRONG", "", "bb"])
    for name in names {
        #expect(Element(name: name).isInline == Vocabulary.inlineElements.contains(name), "\(name)")
    }
}
