import DocumentTree
import Foundation
import Testing
import TestSupport
import HTMLWriting

/// The HTML writer: its exact output (golden file), escaping, layout rules and determinism.
struct HTMLWriterTests {
    static let stylesheet = "body { font-size: 14pt; }\np > em { font-style: italic; }\n"
    let writer = HTMLWriter(stylesheet: HTMLWriterTests.stylesheet)

    private func fixture() throws -> Document {
        try XHTMLParser.parse(PartyPaperFixture.xhtml, name: "minutes", profile: .hd36_2018)
    }

    @Test func partyPaperMatchesGoldenFile() throws {
        assertGolden(writer.write(try fixture()), named: "party-paper.html", in: Self.goldenFolder)
    }

    @Test func pageHasThePolyglotPrologue() throws {
        let lines = writer.write(try fixture()).split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(6)) == [
            "<!DOCTYPE html>",
            "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\">",
            "<head>",
            "<meta charset=\"utf-8\"/>",
            "<title>Biên bản Đại hội</title>",
            "<style>",
        ])
        #expect(Array(lines.suffix(2)) == ["</body>", "</html>"])
    }

    @Test func outputHasNoTrailingWhitespaceAndOneFinalNewline() throws {
        let html = writer.write(try fixture())
        #expect(html.hasSuffix("</html>\n") && !html.hasSuffix("\n\n"))
        for line in html.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(line.last != " " && line.last != "\t", "trailing white space in \(line)")
        }
    }

    @Test func textIsEscaped() {
        let body: [Node] = [.element(Element(name: "p", children: [.text("a & b < c > d ]]> {{x}} <script>")]))]
        let html = writer.write(Document(name: "x", title: "T & <T>", body: body, profile: .hd36_2018))
        #expect(html.contains("<p>a &amp; b &lt; c &gt; d ]]&gt; {{x}} &lt;script&gt;</p>"))
        #expect(html.contains("<title>T &amp; &lt;T&gt;</title>"))
        #expect(!html.contains("]]>"))
    }

    /// Chromium does not honour CSS widows: a paragraph of two or three lines is marked never to split (Pagination).
    @Test func shortParagraphsKeepTogether() {
        let twoLines = String(repeating: "Đại hội thảo luận. ", count: 4)   // 76 characters
        let short = Element(name: "p", attributes: [Attribute(name: "class", value: "no-indent")],
                            children: [.text("Có "), .element(Element(name: "strong", children: [.text(twoLines)]))])
        let oneLine = Element(name: "p", children: [.text("Tổng số: 124 đồng chí.")])
        let long = Element(name: "p", children: [.text(String(repeating: "Đại hội thảo luận. ", count: 13))])   // 247
        let cell = Element(name: "td", children: [.element(Element(name: "p", children: [.text(twoLines)]))])
        let table = Element(name: "table", children: [.element(Element(name: "tr", children: [.element(cell)]))])
        let signer = Element(name: "div", attributes: [Attribute(name: "class", value: "signatures")],
                             children: [.element(Element(name: "p", children: [.text(twoLines)]))])
        let html = writer.write(Document(name: "x", title: "x", body: [short, oneLine, long, table, signer].map(Node.element),
                                         profile: .hd36_2018))
        #expect(html.contains("<p class=\"no-indent keep-together\">Có <strong>"))
        #expect(html.contains("<p>Tổng số: 124 đồng chí.</p>"))
        #expect(html.contains("<p>Đại hội thảo luận. Đại hội thảo luận. Đại hội thảo luận. Đại hội thảo luận. Đại hội thảo luận. Đại"))
        // The short paragraph only: not the one-line, the long, the cell's or the signer's.
        #expect(html.components(separatedBy: "keep-together").count == 2)
    }

    @Test func attributesAreEscaped() {
        let attributes = [Attribute(name: "title", value: "a & \"b\" < c ]]> d\ne")]
        let body: [Node] = [.element(Element(name: "p", attributes: attributes, children: [.text("x")]))]
        let html = writer.write(Document(name: "x", title: "t", language: "v\"i", body: body, profile: .hd36_2018))
        #expect(html.contains("<p title=\"a &amp; &quot;b&quot; &lt; c ]]> d&#10;e\">x</p>"))
        #expect(html.contains("lang=\"v&quot;i\""))
    }

    @Test func tenThousandCharacterNameIsWrittenWholeAndParsesBack() throws {
        let name = String(repeating: "Nguyễn Văn Ánh ", count: 667).prefix(10_000).trimmingCharacters(in: .whitespaces)
        let body: [Node] = [.element(Element(name: "p", children: [.text("Đồng chí "), .element(Element(
            name: "strong", children: [.text(name)]))]))]
        let document = Document(name: "x", title: "t", body: body, profile: .hd36_2018)
        let html = writer.write(document)
        #expect(html.contains("<p>Đồng chí <strong>\(name)</strong></p>\n"))
        #expect(try XHTMLParser.parse(html, name: "x", profile: .hd36_2018).body == body)
    }

    @Test func forbiddenControlCharactersBecomeReplacementCharacters() {
        let body: [Node] = [.element(Element(name: "p", children: [.text("a\u{0}b\u{1B}c")]))]
        let html = writer.write(Document(name: "x", title: "t", body: body, profile: .hd36_2018))
        #expect(html.contains("<p>a\u{FFFD}b\u{FFFD}c</p>"))
    }

    @Test func stylesheetCannotCloseTheStyleElement() {
        let html = HTMLWriter(stylesheet: "p::after { content: \"</style><script>&\"; }")
            .write(Document(name: "x", title: "t", body: [], profile: .hd36_2018))
        #expect(html.contains("p::after { content: \"\\3c /style>\\3c script>\\26 \"; }"))
        #expect(html.components(separatedBy: "</style>").count == 2)
    }

    @Test func blocksAreIndentedAndInlineContentStaysOnItsLine() {
        let list = Element(name: "ul", children: [
            .element(Element(name: "li", children: [.text("một "), .element(Element(name: "strong", children: [.text("hai")]))])),
            .element(Element(name: "li", children: [.element(Element(name: "br"))])),
        ])
        let html = writer.write(Document(name: "x", title: "t", body: [.element(list), .element(Element(name: "p"))],
                                         profile: .hd36_2018))
        #expect(html.contains("<body>\n<ul>\n  <li>một <strong>hai</strong></li>\n  <li><br/></li>\n</ul>\n<p></p>\n</body>"))
    }

    @Test func writtenPageParsesBackToTheSameBody() throws {
        let document = try fixture()
        let reparsed = try XHTMLParser.parse(writer.write(document), name: "minutes", profile: .hd36_2018)
        // The same body but for the print class the writer adds to paragraphs of two or three lines.
        #expect(Self.withoutKeepTogether(reparsed.body) == document.body)
        #expect(reparsed.body != document.body)
        #expect(reparsed.title == document.title)
    }

    @Test func sameDocumentGivesSameBytes() throws {
        let first = writer.write(try fixture())
        let second = HTMLWriter(stylesheet: Self.stylesheet).write(try fixture())
        #expect(Data(first.utf8) == Data(second.utf8))
    }

    /// `nodes` with the class `keep-together` taken off every element (the attribute dropped when it was the only class).
    static func withoutKeepTogether(_ nodes: [Node]) -> [Node] {
        nodes.map { node in
            guard case .element(var element) = node else { return node }
            element.attributes = element.attributes.compactMap { attribute in
                guard attribute.name == "class" else { return attribute }
                let classes = attribute.value.split(separator: " ").filter { $0 != "keep-together" }
                return classes.isEmpty ? nil : Attribute(name: "class", value: classes.joined(separator: " "))
            }
            element.children = withoutKeepTogether(element.children)
            return .element(element)
        }
    }

    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden").path
}
