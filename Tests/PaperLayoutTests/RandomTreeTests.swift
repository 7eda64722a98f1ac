import DocumentTree
import Foundation
import PDFDrawing
import Testing
import TestSupport
@testable import PaperLayout

/// Trees no template writes — any mix of the vocabulary, nested anyhow, with empty, huge, decomposed and control
/// text — made from a fixed seed: the layout never crashes, draws nothing outside the page or below its bottom
/// margin, loses no word, and gives the same pages twice.
@Suite("Paper layout: random trees")
struct RandomTreeTests {
    /// A small deterministic generator (SplitMix64): the same trees on every run.
    struct Generator {
        var random: SplitMix64
        /// Elements still to make in this tree (the trees stay a few thousand nodes, as a long paper is).
        var budget = 0
        mutating func next() -> UInt64 { random.next() }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    static let texts = [
        "Đại hội đại biểu Đảng bộ huyện", "", " ", "Nguyễn\u{00A0}Văn\u{00A0}A", String(repeating: "ư", count: 400),
        "Vie\u{0302}\u{0323}t Nam", "a\u{0}b\u{7}c", "2020 -\u{2060} 2025", "<script>alert(1)</script> & ]]> {{x}}",
        String(repeating: "Lời văn dài của nghị quyết. ", count: 60), "1.", "Ghi chú: đại biểu vắng", "W",
    ]
    static let blockNames = ["p", "h1", "h2", "h3", "h4", "ul", "ol", "table", "div", "blockquote", "hr", "section"]
    static let classes = ["", "center", "no-indent", "doc-subject", "lead-in", "grid", "plain", "compact", "doc-header",
                          "signatures", "signature", "sign-name", "sign-space", "sheet", "page-break", "half-sheet",
                          "half-sheet cut-below", "recipients", "note", "num", "party-name", "place-date"]

    static func inline(_ g: inout Generator, depth: Int) -> Node {
        g.budget -= 1
        if depth > 3 || g.below(3) == 0 || g.budget < 0 { return .text(g.pick(texts)) }
        let name = g.pick(["strong", "em", "u", "span", "br", "b", "i", "sub"])
        return .element(Element(name: name, children: (0..<g.below(3)).map { _ in inline(&g, depth: depth + 1) }))
    }

    static func block(_ g: inout Generator, depth: Int) -> Node {
        g.budget -= 1
        let name = depth > 6 || g.budget < 0 ? "p" : g.pick(blockNames)
        let cls = g.pick(classes)
        let attributes = cls.isEmpty ? [] : [Attribute(name: "class", value: cls)]
        var children: [Node]
        switch name {
        case "p", "h1", "h2", "h3", "h4": children = (0..<g.below(4)).map { _ in inline(&g, depth: 0) }
        case "ul", "ol": children = (0..<g.below(5)).map { _ in
            .element(Element(name: "li", children: (0..<g.below(3)).map { _ in g.below(2) == 0 ? inline(&g, depth: 0) : block(&g, depth: depth + 1) }))
        }
        case "table":
            children = (0..<g.below(15)).map { _ in
                .element(Element(name: "tr", attributes: g.below(5) == 0 ? [Attribute(name: "class", value: "note")] : [],
                                 children: (0..<g.below(6)).map { _ in
                    g.budget -= 1
                    let span = g.below(6) == 0 ? [Attribute(name: "colspan", value: g.pick(["2", "0", "-3", "999", "x"]))] : []
                    return .element(Element(name: g.pick(["td", "th"]), attributes: span,
                                            children: (0..<g.below(3)).map { _ in g.below(3) == 0 ? block(&g, depth: depth + 1) : inline(&g, depth: 0) }))
                }))
            }
            if g.below(3) == 0 { children = [.element(Element(name: "thead", children: Array(children.prefix(1)))), .element(Element(name: "tbody", children: Array(children.dropFirst())))] }
        default: children = (0..<g.below(4)).map { _ in g.below(3) == 0 ? inline(&g, depth: 0) : block(&g, depth: depth + 1) }
        }
        return .element(Element(name: name, attributes: attributes, children: children))
    }

    @Test("200 random trees: no crash, every run and line inside the page above its bottom margin, every word drawn, same pages twice")
    func randomTrees() {
        var g = Generator(random: SplitMix64(seed: 19))
        let layout = PaperLayout(metrics: FixedMetrics())
        for index in 0..<200 {
            let profile = index % 5 == 0 ? FormatProfile.hd36_2018.landscape : FormatProfile.hd36_2018
            g.budget = 300
            let body = (0..<g.below(12)).map { _ in Self.block(&g, depth: 0) }
            let document = Document(name: "random", title: "Ngẫu nhiên", body: body, profile: profile)
            if ProcessInfo.processInfo.environment["RANDOM_TREE_TRACE"] != nil {
                func count(_ n: Node) -> Int { if case .element(let e) = n { return 1 + e.children.map(count).reduce(0, +) } else { return 1 } }
                print("tree \(index): \(body.map(count).reduce(0, +)) nodes, \(body.map(\.textContent).joined().count) characters")
            }
            let pages = layout.pages(of: document)
            #expect(!pages.isEmpty)
            #expect(pages == layout.pages(of: document), "tree \(index): not the same pages twice")
            let bottom = (profile.pageHeightMM - profile.marginBottomMM) * 72 / 25.4 + 0.01
            for (number, page) in pages.enumerated() {
                for run in page.texts {
                    #expect(run.x >= -0.01 && run.x <= page.widthPt && run.baseline >= 0 && run.baseline + 0.216 * run.size <= bottom,
                            "tree \(index) page \(number + 1): \(run.text.prefix(20)) at \(run.x), \(run.baseline)")
                    #expect(!run.text.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{2060}" })
                }
                for line in page.lines {
                    #expect(min(line.x1, line.x2) >= -0.01 && max(line.x1, line.x2) <= page.widthPt + 0.01 && max(line.y1, line.y2) <= bottom,
                            "tree \(index) page \(number + 1): a line at \(line)")
                }
            }
            // Every character of the text the writers' walk sets is drawn (labels and page numbers come on top).
            var expected: [Character: Int] = [:]
            for character in Self.walkedText(body).uppercased() where !character.isWhitespace && character != "\u{00A0}" {
                expected[character, default: 0] += 1
            }
            var drawn: [Character: Int] = [:]
            for page in pages {
                for run in page.texts {
                    for character in run.text.uppercased() where !character.isWhitespace && character != "\u{00A0}" { drawn[character, default: 0] += 1 }
                }
            }
            let lost = expected.filter { drawn[$0.key, default: 0] < $0.value }
            #expect(lost.isEmpty, "tree \(index): characters not drawn: \(lost.map { "\($0.key) × \($0.value - drawn[$0.key, default: 0])" }.prefix(5))")
        }
    }

    /// The text of `nodes` as the walk the ODT writer shares sets it, cleaned as the layout cleans it: no `hr`, nothing
    /// inside a page break or a `br`, no text loose in a list, only the first row of the header and signature tables, only the signers of a
    /// `div.signatures`, only the rows of a table.
    static func walkedText(_ nodes: [Node]) -> String {
        var out = ""
        for node in nodes {
            switch node {
            case .text(let text): out += InlineText.clean(text)
            case .element(let element):
                if element.name == "hr" || element.name == "br" || element.name == "div" && element.hasClass("page-break") { continue }
                if element.name == "ul" || element.name == "ol" {
                    out += walkedText(element.children.filter { if case .element = $0 { true } else { false } }) + " "
                    continue
                }
                if element.name == "table" {
                    let rows = element.tableRows
                    let kept = element.hasClass("doc-header") || element.hasClass("signatures") ? Array(rows.prefix(1)) : rows
                    for row in kept { for cell in row.cells { out += walkedText(cell.children) + " " } }
                    continue
                }
                if element.name == "div", element.hasClass("signatures"), !element.hasClass("half-sheet") {
                    out += walkedText(element.children.filter { if case .element(let e) = $0 { e.hasClass("signature") } else { false } })
                    continue
                }
                out += walkedText(element.children) + " "
            }
        }
        return out
    }
}
