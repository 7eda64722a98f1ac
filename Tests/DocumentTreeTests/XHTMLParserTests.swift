import DocumentTree
import Testing
import TestSupport

/// The libxml2 wrapper: the tree it builds from a Party paper, its errors and its refusals.
struct XHTMLParserTests {
    let profile = FormatProfile.hd36_2018

    @Test func partyPaperBecomesTheExpectedTree() throws {
        let document = try XHTMLParser.parse(PartyPaperFixture.xhtml, name: "minutes", profile: profile)
        #expect(document.name == "minutes")
        #expect(document.title == "Biên bản Đại hội")
        #expect(document.language == "vi")
        #expect(document.profile == profile)
        let names = document.body.compactMap { node -> String? in
            if case .element(let element) = node { return element.name }
            return nil
        }
        #expect(names == ["table", "h1", "p", "p", "h2", "p", "ol", "table", "p", "table"])
        #expect(document.body.count == names.count, "no whitespace text between blocks")

        let header = try #require(element(document.body[0]))
        #expect(header.hasClass("doc-header"))
        let cells = header.descendants(named: "td")
        #expect(cells.map { $0.attribute("class") } == ["issuer", "national"])
        #expect(cells[0].children.count == 4)
        #expect(cells[1].children.map(\.textContent) == ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hưng Hà, ngày 19 tháng 5 năm 2020"])

        #expect(document.body[1].textContent == "BIÊN BẢN")
        let opening = try #require(element(document.body[3]))
        // A number keeps its unit on its line: a no-break space between them (NoBreakSpacing).
        #expect(opening.children == [
            .text("Vào hồi "),
            .element(Element(name: "strong", children: [.text("07 giờ 30")])),
            .text(", ngày 19 tháng 5 năm 2020, tại Hội trường Trung tâm Văn hóa huyện, Đại hội "),
            .element(Element(name: "em", children: [.text("khai mạc")])),
            .text(" phiên chính thức."),
        ])
        let bodies = try #require(element(document.body[5]))
        // A paragraph ending with ':' introduces what follows: the parser marks it a lead-in (Pagination).
        #expect(bodies.attributes == [Attribute(name: "class", value: "no-indent lead-in")])
        #expect(bodies.children.map(\.textContent) == ["Đoàn Chủ tịch", " ", "gồm", " 5\u{00A0}đồng\u{00A0}chí:"])

        let grid = try #require(element(document.body[7]))
        #expect(grid.descendants(named: "th").map { Node.element($0).textContent }
                == ["STT", "Nội dung biểu quyết", "Tán thành", "Tỷ lệ"])
        #expect(grid.descendants(named: "td").map { $0.attribute("class") } == ["num", nil, "num", "num"])

        let signatures = try #require(element(document.body[9]))
        let signers = signatures.descendants(named: "td")
        #expect(signers.map { Node.element($0).textContent }
                == ["T/M ĐOÀN THƯ KÝTRƯỞNG ĐOÀNNguyễn Thị Thu Hà", "T/M ĐOÀN CHỦ TỊCHCHỦ TỊCHTrần Văn Thành"])
        let space = signers[0].children[2]
        #expect(space == .element(Element(name: "p", attributes: [Attribute(name: "class", value: "sign-space")])))
    }

    @Test func languageDefaultsToVietnameseAndTitleIsCollapsed() throws {
        let xhtml = "<html><head><title>\n  Kịch   bản\n</title></head><body><p>x</p></body></html>"
        let document = try XHTMLParser.parse(xhtml, name: "script", profile: profile)
        #expect(document.language == "vi")
        #expect(document.title == "Kịch bản")
        let english = try XHTMLParser.parse("<html lang=\"en\"><body/></html>", name: "x", profile: profile)
        #expect(english.language == "en")
        #expect(english.body.isEmpty)
    }

    /// libxml2 counts columns in characters (not bytes) and points just past the offending construct.
    @Test(arguments: [
        ("<html>\n<body>\n<p>mở</div>\n</body></html>", 3, 12, "Opening and ending tag mismatch: p line 3 and div"),
        ("<html>\n<body>\n<p>mo</div>\n</body></html>", 3, 12, "Opening and ending tag mismatch: p line 3 and div"),
        ("<html>\n<body>\n<p>mởởởở</div>\n</body></html>", 3, 15, "Opening and ending tag mismatch: p line 3 and div"),
        ("<html><body><p a=\"1\" a=\"2\">x</p></body></html>", 1, 27, "Attribute a redefined"),
        ("<html>\n  <body>\n    <p>Tom & Jerry</p>\n  </body>\n</html>", 3, 13, "xmlParseEntityRef: no name"),
        ("<html><body><p>&nbsp;</p></body></html>", 1, 22, "Entity 'nbsp' not defined"),
        ("", 1, 1, "Document is empty"),
    ])
    func illFormedInputGivesLibxmlPosition(xhtml: String, line: Int, column: Int, message: String) {
        #expect(throws: XHTMLError(line: line, column: column, message: message)) {
            try XHTMLParser.parse(xhtml, name: "bad", profile: profile)
        }
    }

    @Test func errorDescriptionNamesLineAndColumn() {
        #expect(XHTMLError(line: 3, column: 9, message: "boom").description == "3:9: boom")
        #expect(XHTMLError(line: 3, column: 0, message: "boom").description == "3: boom")
    }

    @Test func rootOtherThanHtmlIsRefused() {
        #expect(throws: XHTMLError(line: 2, column: 0, message: "root element is <body>, expected <html>")) {
            try XHTMLParser.parse("<?xml version=\"1.0\"?>\n<body/>", name: "x", profile: profile)
        }
    }

    @Test func externalEntityIsNeverExpanded() throws {
        let trick = """
            <!DOCTYPE html [<!ENTITY e SYSTEM "file:///etc/passwd">]>
            <html><body><p>&e;</p></body></html>
            """
        let error = try #require(throws: XHTMLError.self) {
            try XHTMLParser.parse(trick, name: "x", profile: profile)
        }
        #expect(error.line == 2)
        #expect(error.message == "entity reference &e; is not allowed (entities are never expanded)")
        #expect(!error.message.contains("root:"))
    }

    @Test func internalEntityIsNeverExpandedEvenInAttributes() {
        let trick = """
            <!DOCTYPE html [<!ENTITY x "expanded">]>
            <html><body><p title="&x;">y</p></body></html>
            """
        #expect(throws: XHTMLError(line: 2, column: 0,
                                   message: "entity reference &x; is not allowed (entities are never expanded)")) {
            try XHTMLParser.parse(trick, name: "x", profile: profile)
        }
    }

    @Test func characterReferencesAndCDATABecomeText() throws {
        let xhtml = "<html><body><p a=\"&lt;&amp;&quot;\">&#272;&#x1EA1;i &lt;hội&gt; <![CDATA[a < b]]></p></body></html>"
        let document = try XHTMLParser.parse(xhtml, name: "x", profile: profile)
        let paragraph = try #require(element(document.body[0]))
        #expect(paragraph.attribute("a") == "<&\"")
        #expect(paragraph.children == [.text("Đại <hội> a < b")])
    }

    @Test func commentsAndProcessingInstructionsAreDropped() throws {
        let xhtml = "<html><body><!-- note --><p>a<!-- x -->b<?pi data?></p></body></html>"
        let document = try XHTMLParser.parse(xhtml, name: "x", profile: profile)
        #expect(document.body == [.element(Element(name: "p", children: [.text("ab")]))])
    }

    @Test func parsingConcurrentlyGivesEqualTrees() async throws {
        let expected = try XHTMLParser.parse(PartyPaperFixture.xhtml, name: "minutes", profile: profile)
        let trees = await withTaskGroup(of: Document?.self) { group in
            for _ in 0..<200 {
                group.addTask { try? XHTMLParser.parse(PartyPaperFixture.xhtml, name: "minutes", profile: .hd36_2018) }
            }
            var trees: [Document?] = []
            for await tree in group { trees.append(tree) }
            return trees
        }
        #expect(trees.count == 200)
        #expect(trees.allSatisfy { $0 == expected })
    }

    @Test func concurrentErrorsStayWithTheirOwnParse() async {
        let results = await withTaskGroup(of: (Int, XHTMLError?).self) { group in
            for index in 0..<100 {
                group.addTask {
                    let xhtml = String(repeating: "\n", count: index) + "<html><p></html>"
                    do throws(XHTMLError) {
                        _ = try XHTMLParser.parse(xhtml, name: "x", profile: .hd36_2018)
                        return (index, nil)
                    } catch {
                        return (index, error)
                    }
                }
            }
            var results: [(Int, XHTMLError?)] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(results.count == 100)
        for (index, error) in results {
            #expect(error?.line == index + 1, "parse \(index) got \(String(describing: error))")
        }
    }
}

/// The element inside `node`, if it is one.
func element(_ node: Node) -> Element? {
    if case .element(let element) = node { return element }
    return nil
}

extension Element {
    /// Every descendant element named `name`, in document order.
    func descendants(named name: String) -> [Element] {
        children.flatMap { child -> [Element] in
            guard case .element(let element) = child else { return [] }
            return (element.name == name ? [element] : []) + element.descendants(named: name)
        }
    }
}
