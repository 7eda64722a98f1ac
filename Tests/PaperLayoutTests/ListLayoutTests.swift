import DocumentTree
import PDFDrawing
import Testing
@testable import PaperLayout

/// Lists as the ODT's list styles set them: the label at the first-line indent (7 mm further a level), the text
/// 7 mm after it, items spaced as paragraphs are.
@Suite("Paper layout: lists")
struct ListLayoutTests {
    typealias L = LineSettingTests

    static func list(_ name: String, _ items: [Node]) -> Node {
        .element(Element(name: name, children: items))
    }

    static func item(_ text: String, _ children: [Node] = []) -> Node {
        .element(Element(name: "li", children: [.text(text)] + children))
    }

    @Test("labels 1. 2. at 10 mm, a. b. one level down at 17 mm, – and + for bullets; the text 7 mm after the label; 24 pt a one-line item")
    func labels() {
        let nested = Self.list("ol", [Self.item("con một"), Self.item("con hai")])
        let pages = L.layout([Self.list("ol", [Self.item("một", [nested]), Self.item("hai")]),
                              Self.list("ul", [Self.item("gạch", [Self.list("ul", [Self.item("cộng")])])])])
        let runs = pages[0].texts
        let labels: [String] = runs.map { $0.text }.filter { ["1.", "2.", "a.", "b.", "–", "+"].contains($0) }
        #expect(labels == ["1.", "a.", "b.", "2.", "–", "+"])
        let one = runs.first { $0.text == "1." }, text = runs.first { $0.text == "một" }
        let a = runs.first { $0.text == "a." }, sub = runs.first { $0.text == "con một" }
        #expect(abs((one?.x ?? 0) - (L.left + 10 * L.pt)) < 0.001)
        #expect(abs((text?.x ?? 0) - (L.left + 17 * L.pt)) < 0.001)
        #expect(abs((a?.x ?? 0) - (L.left + 17 * L.pt)) < 0.001)
        #expect(abs((sub?.x ?? 0) - (L.left + 24 * L.pt)) < 0.001)
        // One line and the paragraph spacing between two items' baselines.
        #expect(abs((a?.baseline ?? 0) - (one?.baseline ?? 0) - 24) < 0.001)
        #expect(ListLabels.label(28, depth: 2, ordered: true) == "ab.")
    }
}
