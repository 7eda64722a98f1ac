import DocumentTree
import Testing

/// The one place that says which blocks keep with the next one or never split (`Pagination`).
struct PaginationRuleTests {
    private func p(_ children: [Node], class value: String? = nil) -> Element {
        Element(name: "p", attributes: value.map { [Attribute(name: "class", value: $0)] } ?? [], children: children)
    }
    private let signatures = Element(name: "table", attributes: [Attribute(name: "class", value: "signatures")])

    @Test("headings and lead-ins keep with the next block; a plain paragraph does not")
    func headingsAndLeadIns() {
        for level in 1...6 {
            #expect(Pagination.keep(Element(name: "h\(level)", children: [.text("I. Tình hình")]), before: nil) == .withNext)
        }
        #expect(Pagination.keep(p([.text("Đoàn Chủ tịch gồm 5 đồng chí:")]), before: nil) == .withNext)
        // The colon may end an inline element, and white space may follow it.
        #expect(Pagination.keep(p([.text("Kết quả "), .element(Element(name: "strong", children: [.text("như sau: ")]))]), before: nil) == .withNext)
        #expect(Pagination.keep(p([.text("Người thực hiện")], class: "no-indent lead-in"), before: nil) == .withNext)
        #expect(Pagination.keep(p([.text("Đại hội bế mạc.")]), before: nil) == [])
        #expect(Pagination.keep(p([.text("Tỷ lệ 3:1 đạt.")]), before: nil) == [])
    }

    @Test("a heading is set with a lead-in or a short paragraph after it; not the title, nor a long paragraph or a list")
    func groupsWithHeading() {
        let heading = Element(name: "h3", children: [.text("10. Tiếp thu ý kiến chỉ đạo")])
        let leadIn = p([.text("Người thực hiện: "), .element(Element(name: "strong", children: [.text("đồng chí A")]))], class: "no-indent lead-in")
        let short = p([.text("Thay mặt Đại hội, tôi xin trân trọng tiếp thu.")])
        let long = p([.text(String(repeating: "Đại hội thảo luận. ", count: 13))])   // 247 characters
        #expect(Pagination.groupsWithHeading(heading, leadIn, before: short))
        #expect(Pagination.groupsWithHeading(Element(name: "h2", children: [.text("PHẦN I")]), p([.text("Kết quả như sau:")]), before: nil))
        #expect(Pagination.groupsWithHeading(heading, short, before: nil))
        #expect(!Pagination.groupsWithHeading(heading, long, before: nil))
        // A long paragraph before the signatures keeps with them: it is grouped too.
        #expect(Pagination.groupsWithHeading(heading, long, before: signatures))
        #expect(!Pagination.groupsWithHeading(Element(name: "h1", children: [.text("Chương trình")]), leadIn, before: short))
        #expect(!Pagination.groupsWithHeading(heading, Element(name: "ul"), before: nil))
        // 240 characters are short, 241 are not; characters of inline elements count.
        #expect(Pagination.groupsWithHeading(heading, p([.text(String(repeating: "a", count: 200)), .element(Element(name: "em", children: [.text(String(repeating: "b", count: 40))]))]), before: nil))
        #expect(!Pagination.groupsWithHeading(heading, p([.text(String(repeating: "a", count: 200)), .element(Element(name: "em", children: [.text(String(repeating: "b", count: 41))]))]), before: nil))
    }

    @Test("a paragraph of two or three lines (61–240 characters) is marked keep-together, once; not a shorter or a longer one")
    func keepTogether() {
        let marked = Pagination.markingKeepTogether(p([.text(String(repeating: "a", count: 61))], class: "no-indent"))
        #expect(marked.attribute("class") == "no-indent keep-together")
        #expect(Pagination.markingKeepTogether(marked) == marked)
        #expect(Pagination.markingKeepTogether(p([.text(String(repeating: "a", count: 240))])).attribute("class") == "keep-together")
        #expect(Pagination.markingKeepTogether(p([.text(String(repeating: "a", count: 60))])).attribute("class") == nil)
        #expect(Pagination.markingKeepTogether(p([.text(String(repeating: "a", count: 241))])).attribute("class") == nil)
        let heading = Element(name: "h3", children: [.text(String(repeating: "a", count: 100))])
        #expect(Pagination.markingKeepTogether(heading) == heading)
    }

    @Test("the signature block never splits, and the block before it keeps with it")
    func signatureBlock() {
        #expect(Pagination.keep(signatures, before: nil) == .together)
        #expect(Pagination.keep(p([.text("Biên bản được thông qua.")]), before: signatures) == .withNext)
        let div = Element(name: "div", attributes: [Attribute(name: "class", value: "signatures")])
        #expect(Pagination.keep(p([.text("Biên bản được thông qua.")]), before: div) == .withNext)
        #expect(Pagination.keep(p([.text("Biên bản được thông qua.")]), before: p([.text("x")])) == [])
    }

    @Test("the parser marks a paragraph ending with ':' as a lead-in, once, keeping its classes")
    func parserMarksLeadIns() throws {
        let page = """
        <html><body><p>Gồm:</p><p class="no-indent">Gồm <strong>2</strong> đồng chí:</p>\
        <p class="lead-in">Gồm:</p><p>Không.</p><h2>Mục:</h2></body></html>
        """
        let body = try XHTMLParser.parse(page, name: "t", profile: .hd36_2018).body
        let classes = body.map { node -> String? in
            if case .element(let element) = node { return element.attribute("class") }
            return nil
        }
        #expect(classes == ["lead-in", "no-indent lead-in", "lead-in", nil, nil])
    }
}
