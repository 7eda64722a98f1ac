import DocumentTree
@testable import DOCXWriting
@testable import ODFWriting
import Testing
import WriterSupport

/// The one choice of a paragraph's style from its classes and its place (`WriterSupport.ParagraphRole`), which the
/// ODT and the DOCX writer both name in their own styles.
@Suite("Paragraph roles, shared by the ODT and DOCX writers")
struct ParagraphRoleTests {
    static func p(_ classes: String?) -> Element {
        Element(name: "p", attributes: classes.map { [Attribute(name: "class", value: $0)] } ?? [])
    }

    @Test("a paragraph's first class in order of precedence decides, whatever order the class attribute lists them in")
    func precedence() {
        #expect(ParagraphRole.of(Self.p("center doc-subject"), in: .body) == .subject)
        #expect(ParagraphRole.of(Self.p("sign-name center"), in: .signatureCell) == .center)
        #expect(ParagraphRole.of(Self.p("lead-in keep-together  no-indent"), in: .body) == .noIndent)
        #expect(ParagraphRole.of(Self.p("party-name"), in: .headerCell) == .partyName)
        #expect(ParagraphRole.of(Self.p("lead-in"), in: .listItem) == .listParagraph)
        #expect(ParagraphRole.of(Self.p(nil), in: .recipients) == .recipients)
        #expect(ParagraphRole.of(Self.p(""), in: .signatureCell) == .signatureLine)
    }

    @Test("a quotation's no-indent stays a quotation; a data table's cell keeps its cell role whatever its center or no-indent, not its other classes")
    func placeOverrides() {
        #expect(ParagraphRole.of(Self.p("no-indent"), in: .quote) == .quotations)
        #expect(ParagraphRole.of(Self.p("center"), in: .quote) == .center)
        let figure = BlockContext.gridCell(heading: false, number: true, compact: false)
        #expect(ParagraphRole.of(Self.p("center"), in: figure) == .tableNumber)
        #expect(ParagraphRole.of(Self.p("no-indent"), in: .gridCell(heading: true, number: true, compact: true)) == .compactTableHeading)
        #expect(ParagraphRole.of(Self.p("sign-name"), in: figure) == .signName)
        #expect(ParagraphRole.default(in: .gridCell(heading: false, number: false, compact: true)) == .compactTableContents)
    }

    @Test("each writer names every role with a style of its own, no two roles alike, and defines it")
    func everyRoleNamed() {
        let odf = ParagraphRole.allCases.map(ODFStyleName.of)
        let docx = ParagraphRole.allCases.map(DOCXStyleName.of)
        #expect(Set(odf).count == ParagraphRole.allCases.count)
        #expect(Set(docx).count == ParagraphRole.allCases.count)
        let docxStyles = DOCXStyles(profile: .hd36_2018, language: "vi").xml
        for id in docx { #expect(docxStyles.contains("w:styleId=\"\(id)\""), "\(id) is not defined in styles.xml") }
        let odfStyles = ODFStyles(profile: .hd36_2018).commonStyles
        for name in odf { #expect(odfStyles.contains("style:name=\"\(name)\""), "\(name) is not a common style") }
    }
}
