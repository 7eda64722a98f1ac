import DocumentTree
import Testing

/// `XHTMLParser.parse` reads the XML the templates write without libxml2 and leaves everything else to it: for
/// each page below, the tree (or the error, with libxml2's line, column and wording) is the one libxml2 gives.
struct TemplateXHTMLReaderTests {
    static let head = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n" + #"<html xmlns="http://www.w3.org/1999/xhtml" lang="vi"><head><title> Biên  bản </title></head>"#

    /// Pages the reader reads itself: references, comments between texts, white space across inline elements,
    /// attributes in single quotes with spaces around `=`, `xml:lang`, an empty element, a lead-in.
    static let readHere: [String] = [
        head + "<body><p>Trần &amp; Lê &lt;b&gt; &quot;x&quot; &apos;y&apos; &#39;z&#39; &#x1EA0;&#160;5</p></body></html>",
        head + "<body>\n  <p>a<!-- note -->b  <em> c </em> d<br/> e </p>\n  <!-- between -->\n  <div class = 'sheet' ><p/></div></body></html>\n<!-- after -->\n",
        #"<html xml:lang="en"><head><title>T</title><title>U</title></head><body><table class="grid"><thead><tr><th>STT</th></tr></thead><tbody><tr><td class="num">1</td></tr></tbody></table><p>Người thực hiện:</p><ul><li>x</li></ul></body></html>"#,
        head + "<body><p>x</p></body><body><p>the last body wins</p></body></html>",
        head + "<body><p><strong>Bold <em>both</em></strong> <u>under</u>&#32;<span>s</span></p><blockquote><p>q</p></blockquote></body></html>",
        // A space that a combining mark follows, or that follows a prepended mark, is part of one character: kept.
        head + "<body><p>a <em> \u{301}b </em> c\u{600} </p><p>x\u{600} <br/> y</p></body></html>",
    ]

    /// Pages left to libxml2: what it refuses (an entity, tags that do not match, a bare `&`, text after the root,
    /// a duplicate attribute, a root other than `html`) and what it reads its own way (CDATA, a carriage return, a
    /// DOCTYPE, a processing instruction, a line break in an attribute value, another namespace prefix).
    static let leftToLibXML2: [String] = [
        head + "<body><p>a&nbsp;b</p></body></html>",
        head + "<body><p>a</div></body></html>",
        head + "<body><p>a & b</p></body></html>",
        head + "<body><p>a</p></body></html><p>after</p>",
        head + #"<body><p class="a" class="b">x</p></body></html>"#,
        #"<?xml version="1.0" encoding="UTF-8"?><page><p>x</p></page>"#,
        head + "<body><p><![CDATA[a < b]]></p></body></html>",
        head + "<body><p>a\r\nb</p></body></html>",
        "<!DOCTYPE html>" + #"<html><head><title>T</title></head><body><p>x</p></body></html>"#,
        head + "<body><?pi x?><p>x</p></body></html>",
        head + "<body><p class=\"a\nb\">x</p></body></html>",
        head + #"<body><p xmlns:o="urn:o" o:x="1">x</p></body></html>"#,
        head + #"<body><p xmlns="not a uri">x</p></body></html>"#,
        head + #"<body><p xmlfoo="1">x</p></body></html>"#,
        head + "<body><p>a -- b<!-- a -- b --></p></body></html>",
        head + "<body><p>]]></p></body></html>",
        head + "<body><p>unclosed</p></body>",
        // Characters are checked where they are read: a carriage return or a control character in markup's spaces,
        // an attribute value, a comment, after the root; U+FFFE in a text.
        head + "<body><p\r class=\"a\">x</p></body></html>",
        head + "<body><p>x</p></body></html>\r\n",
        head + "<body><p class=\"a\u{1}\">x</p></body></html>",
        head + "<body><!-- a\u{1} --><p>x</p></body></html>",
        head + "<body><p>x</p></body></html><!-- \r -->",
        head + "<body><p>a\u{0}b</p></body></html>",
        head + "<body><p>a\u{FFFE}b</p></body></html>",
    ]

    /// Bytes that are not UTF-8 (a lone continuation byte, an overlong form, a sequence cut short by markup), in a
    /// text, an attribute value and a comment: libxml2 reads each page and says what it says.
    static let notUTF8: [[UInt8]] = {
        let places: [(before: String, after: String)] = [
            ("<body><p>a", "</p>"), ("<body><p class=\"a", "\">x</p>"), ("<body><!-- a", " --><p>x</p>"),
        ]
        var pages: [[UInt8]] = []
        for bad: [UInt8] in [[0x80], [0xC0, 0xAF], [0xE1, 0x80]] {
            for place in places {
                let before: [UInt8] = Array((head + place.before).utf8)
                let after: [UInt8] = Array((place.after + "</body></html>").utf8)
                pages.append(before + bad + after)
            }
        }
        return pages
    }()

    @Test(arguments: notUTF8)
    func leavesBytesThatAreNotUTF8ToLibXML2(page: [UInt8]) {
        #expect(!XHTMLParser.readsWithoutLibXML2(page))
        let parsed = Result { () throws(XHTMLError) in try XHTMLParser.parse(utf8: page, name: "t", profile: .hd36_2018) }
        let libxml2 = Result { () throws(XHTMLError) in try XHTMLParser.parseWithLibXML2(utf8: page, name: "t", profile: .hd36_2018) }
        #expect(parsed == libxml2)
    }

    @Test(arguments: readHere)
    func readsTheTemplatesXMLAsLibXML2Does(page: String) throws {
        let bytes = Array(page.utf8)
        #expect(XHTMLParser.readsWithoutLibXML2(bytes))
        let fast = try XHTMLParser.parse(utf8: bytes, name: "t", profile: .hd36_2018)
        let libxml2 = try XHTMLParser.parseWithLibXML2(utf8: bytes, name: "t", profile: .hd36_2018)
        #expect(fast == libxml2)
    }

    @Test(arguments: leftToLibXML2)
    func leavesAnythingElseToLibXML2(page: String) {
        let bytes = Array(page.utf8)
        #expect(!XHTMLParser.readsWithoutLibXML2(bytes))
        let parsed = Result { () throws(XHTMLError) in try XHTMLParser.parse(utf8: bytes, name: "t", profile: .hd36_2018) }
        let libxml2 = Result { () throws(XHTMLError) in try XHTMLParser.parseWithLibXML2(utf8: bytes, name: "t", profile: .hd36_2018) }
        #expect(parsed == libxml2)
    }

    @Test func theFirstPageReadsAsItsWords() throws {
        let document = try XHTMLParser.parse(utf8: Array(Self.readHere[0].utf8), name: "t", profile: .hd36_2018)
        #expect(document.title == "Biên bản")
        #expect(document.body == [.element(Element(name: "p", children: [.text("Trần & Lê <b> \"x\" 'y' 'z' Ạ\u{A0}5")]))])
    }

    @Test func anEntityIsRefusedWithLibXML2sPosition() {
        #expect(throws: XHTMLError.self) { try XHTMLParser.parse(utf8: Array(Self.leftToLibXML2[0].utf8), name: "t", profile: .hd36_2018) }
    }
}
