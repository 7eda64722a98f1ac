import Derive
import DocumentTree
import Foundation
import Load
import Render
import Testing

/// The two readers of a rendered page give the same tree: `TemplateXHTMLReader` (no libxml2, what every render
/// now takes) and libxml2 (`XHTMLParser.parseWithLibXML2`), compared node for node on every paper of every sample
/// — each page read by the faster reader, not left to libxml2.
struct ParserPathTests {
    @Test(arguments: Repository.sampleFiles().map(\.name))
    func everyPaperReadsTheSameWithoutLibXML2(sample: String) throws {
        let file = Repository.samples.appendingPathComponent(sample).appendingPathComponent("congress.yaml").path
        let congress = try #require(CongressLoader().load(file: file).congress)
        let renderer = try DocumentRenderer(templateFolder: Repository.templates)
        let papers = DocumentKind.allCases.filter { $0.applies(to: congress) }
        #expect(papers.count >= 20)
        for kind in papers {
            let xhtml = Array(try renderer.renderText(kind.templateName, value: kind.viewModel(for: congress)).utf8)
            #expect(XHTMLParser.readsWithoutLibXML2(xhtml), "\(sample)/\(kind.rawValue) was left to libxml2")
            let fast = try XHTMLParser.parse(utf8: xhtml, name: kind.templateName, profile: .hd36_2018)
            let libxml2 = try XHTMLParser.parseWithLibXML2(utf8: xhtml, name: kind.templateName, profile: .hd36_2018)
            #expect(fast == libxml2, "\(sample)/\(kind.rawValue): the two readers differ")
            #expect(!fast.body.isEmpty && !fast.title.isEmpty)
        }
    }
}
