import DocumentTree
import Foundation
import Testing
import TestSupport
import Writers

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
        #expect(reparsed.body == document.body)
        #expect(reparsed.title == document.title)
    }

    @Test func sameDocumentGivesSameBytes() throws {
        let first = writer.write(try fixture())
        let second = HTMLWriter(stylesheet: Self.stylesheet).write(try fixture())
        #expect(Data(first.utf8) == Data(second.utf8))
    }

    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden").path
}
