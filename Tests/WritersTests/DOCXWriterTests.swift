import DocumentTree
import DOCXWriting
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ZIPFoundation

@Suite("DOCX writer")
struct DOCXWriterTests {
    /// The parts of a DOCX, by path, in archive order, read by ZIPFoundation (which checks every CRC).
    static func parts(_ data: Data) throws -> [(path: String, entry: Entry, text: String)] {
        let archive = try Archive(data: data, accessMode: .read)
        return try archive.map { entry in
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            return (entry.path, entry, String(decoding: bytes, as: UTF8.self))
        }
    }

    static func part(_ name: String, of document: Document, writer: DOCXWriter = DOCXWriter()) throws -> String {
        try #require(parts(writer.write(document)).first { $0.path == name }?.text)
    }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test("the package's parts in a fixed order, deflated (the two small ones stored), all dated 2000-01-01; the same bytes from two writers and twice from one")
    func entriesAndDeterminism() throws {
        let writer = DOCXWriter()
        let data = try writer.write(ODFSamples.minutes)
        let parts = try Self.parts(data)
        #expect(parts.map(\.path) == ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
                                      "word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/fontTable.xml",
                                      "word/header1.xml", "word/header2.xml", "word/theme/theme1.xml", "docProps/core.xml", "docProps/app.xml"])
        // Deflated but the document's two small parts (numbering, core properties), stored.
        #expect(parts.filter { !$0.entry.isCompressed }.map(\.path) == ["word/numbering.xml", "docProps/core.xml"])
        let date = Date(timeIntervalSince1970: 946_684_800)
        for part in parts { #expect(part.entry.fileAttributes[.modificationDate] as? Date == date) }
        let again = try writer.write(ODFSamples.minutes)
        #expect(again == data)
        let fresh = try DOCXWriter().write(ODFSamples.minutes)
        #expect(fresh == data)
        let core = try #require(parts.first { $0.path == "docProps/core.xml" }?.text)
        #expect(core.contains("<dc:title>Biên bản Đại hội Đảng bộ xã Định Hoá</dc:title>"))
        #expect(core.contains("<dc:language>vi-VN</dc:language>"))
        #expect(!core.contains("dcterms:created"))
    }

    @Test("core.xml: the paper's day as created and modified (W3CDTF, midnight UTC), the issuing body as creator, escaped")
    func coreMetadata() throws {
        var document = ODFSamples.minutes
        document.metadata = DocumentMetadata(date: DocumentDate(year: 2025, month: 4, day: 12), author: "ĐẠI HỘI & <BAN> 2025 -\u{2060}\u{00A0}2030")
        let core = try Self.part("docProps/core.xml", of: document)
        #expect(core.contains("<dc:creator>ĐẠI HỘI &amp; &lt;BAN&gt; 2025 - 2030</dc:creator>"))
        #expect(core.contains(##"<dcterms:created xsi:type="dcterms:W3CDTF">2025-04-12T00:00:00Z</dcterms:created>"##))
        #expect(core.contains(##"<dcterms:modified xsi:type="dcterms:W3CDTF">2025-04-12T00:00:00Z</dcterms:modified>"##))
        #expect(core.contains(##"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""##))
        // The XML parses (the xsi prefix is declared).
        #expect(XMLParser(data: Data(core.utf8)).parse())
    }

    @Test("runs: white space collapsed as in HTML, a space outside a bold or italic span, text escaped, forbidden characters dropped")
    func runs() throws {
        let xml = try Self.part("word/document.xml", of: ODFSamples.minutes)
        #expect(xml.contains("<w:r><w:t xml:space=\"preserve\">Vào hồi 7 giờ 30 phút, ngày 20 tháng 6 năm 2025, tại Hội trường </w:t></w:r>"
            + "<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t>Uỷ ban nhân dân xã</w:t></w:r><w:r><w:t xml:space=\"preserve\"> , </w:t></w:r>"
            + "<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t>Đại hội</w:t></w:r><w:r><w:t xml:space=\"preserve\"> khai mạc.</w:t></w:r></w:p>"))
        #expect(xml.contains("Thông qua Nghị quyết Đại hội, phần 1 &amp; &lt;phụ lục&gt;"))
        #expect(xml.contains("<w:t>Ý kiến thứ nhất</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>dòng hai</w:t></w:r>"))
        let hostile = Document(name: "x", title: "a]]>b", body: [ODFSamples.p(nil, "a]]>b\u{1}c <script>{{x}}")], profile: .hd36_2018)
        let body = try Self.part("word/document.xml", of: hostile)
        #expect(body.contains("<w:t>a]]&gt;bc &lt;script&gt;{{x}}</w:t>"))
        #expect(!body.contains("\u{1}"))
    }

    @Test("styles: Times New Roman 14 pt with Liberation Serif as its substitute, body text justified with a 10 mm first-line indent, 18 pt exact lines, 6 pt after, widow control; the heading keeps with the next")
    func styles() throws {
        let styles = try Self.part("word/styles.xml", of: ODFSamples.minutes)
        #expect(styles.contains("<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/><w:sz w:val=\"28\"/>"))
        #expect(styles.contains("<w:lang w:val=\"vi-VN\""))
        #expect(styles.contains("w:styleId=\"BodyText\"><w:name w:val=\"Body Text\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:widowControl/>"
            + "<w:spacing w:before=\"0\" w:after=\"120\" w:line=\"360\" w:lineRule=\"exact\"/><w:ind w:firstLine=\"567\"/><w:jc w:val=\"both\"/></w:pPr>"))
        #expect(styles.contains("w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/>"))
        #expect(styles.contains("w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"360\" w:after=\"0\"/><w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/><w:bCs/><w:caps/><w:sz w:val=\"30\"/>"))
        let fonts = try Self.part("word/fontTable.xml", of: ODFSamples.minutes)
        #expect(fonts.contains("<w:font w:name=\"Times New Roman\"><w:altName w:val=\"Liberation Serif\"/><w:family w:val=\"roman\"/>"))
        // The rule under the Party's name: 73 mm of a 82.5 mm column, 0.75 pt.
        #expect(styles.contains("<w:top w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\"/></w:pBdr><w:spacing w:before=\"20\"/><w:ind w:left=\"269\" w:right=\"269\"/>"))
    }

    @Test("page: A4, margins 20/20/30/15 mm, the header 10 mm from the edge; the first page of each section without a number (titlePg, empty first header); the number centred in a PAGE field")
    func section() throws {
        let xml = try Self.part("word/document.xml", of: ODFSamples.minutes)
        #expect(xml.hasSuffix("<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId5\"/><w:headerReference w:type=\"first\" r:id=\"rId6\"/>"
            + "<w:type w:val=\"nextPage\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\" "
            + "w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/><w:titlePg/></w:sectPr></w:body></w:document>\n"))
        let header = try Self.part("word/header1.xml", of: ODFSamples.minutes)
        #expect(header.contains("<w:pStyle w:val=\"Header\"/></w:pPr><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"))
        let first = try Self.part("word/header2.xml", of: ODFSamples.minutes)
        #expect(!first.contains("PAGE") && first.contains("<w:p>"))
        var everyPage = ODFSamples.minutes
        everyPage.profile.pageNumbersFromPage = 1
        let numbered = try Self.part("word/document.xml", of: everyPage)
        #expect(!numbered.contains("titlePg") && !numbered.contains("w:type=\"first\""))
    }

    @Test("sheets: each one after the first block closes the section before it and restarts the page numbers at 1, its first page unnumbered; page breaks start a page; a trailing page break adds none")
    func sheetsAndBreaks() throws {
        let e = ODFSamples.element
        let ballot = { (name: String) in e("div", "sheet", [ODFSamples.header, e("h1", nil, [.text("Phiếu bầu cử")]), ODFSamples.p(nil, name)]) }
        let ballots = Document(name: "ballots", title: "Phiếu", body: [ballot("Một"), ballot("Hai"), ballot("Ba")], profile: .hd36_2018)
        let xml = try Self.part("word/document.xml", of: ballots)
        #expect(Self.count("<w:sectPr>", in: xml) == 3)
        #expect(Self.count("<w:pgNumType w:start=\"1\"/>", in: xml) == 2)
        #expect(Self.count("<w:titlePg/>", in: xml) == 3)
        // The first sheet opens the document: no section closes before it.
        #expect(!xml.components(separatedBy: "Một").first!.contains("<w:sectPr>"))
        let pages = try Self.part("word/document.xml", of: ODFSamples.threePages)
        #expect(Self.count("<w:pageBreakBefore/>", in: pages) == 2)
        #expect(Self.count("<w:sectPr>", in: pages) == 1)
    }

    @Test("lists: an ol numbered 1. 2. 3. in a numbering of its own that starts at 1, a ul with dashes; the label on the item's first paragraph")
    func lists() throws {
        let data = try DOCXWriter().write(ODFSamples.minutes)
        let parts = try Self.parts(data)
        let xml = try #require(parts.first { $0.path == "word/document.xml" }?.text)
        let numbering = try #require(parts.first { $0.path == "word/numbering.xml" }?.text)
        #expect(Self.count("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr>", in: xml) == 3)
        #expect(Self.count("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>", in: xml) == 1)
        #expect(numbering.contains("<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/>"))
        #expect(numbering.contains("<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/>"))
        #expect(numbering.contains("<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"–\"/>"))
        // Label at the 10 mm indent, text 7 mm further: 17 mm.
        #expect(numbering.contains("<w:ind w:left=\"964\" w:hanging=\"397\"/>"))
    }

    @Test("tables: the data table's header row repeated on every page, no row split, borders 0.5 pt, figures right-aligned; the header block and the signatures borderless, a lone signer in the right half; the lead-in kept with its list")
    func tables() throws {
        let xml = try Self.part("word/document.xml", of: ODFSamples.minutes)
        #expect(Self.count("<w:tblHeader/>", in: xml) == 1)
        #expect(Self.count("<w:tr>", in: xml) == Self.count("<w:cantSplit/>", in: xml))
        #expect(xml.contains("<w:tblStyle w:val=\"GridTable\"/><w:tblW w:w=\"9354\" w:type=\"dxa\"/>"))
        #expect(xml.contains("<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"))
        #expect(Self.count("<w:pStyle w:val=\"TableNumber\"/>", in: xml) == 9)
        #expect(xml.contains("<w:tblStyle w:val=\"LayoutTable\"/>"))
        // The lone signer: an empty left half, then the signature.
        let signatures = try #require(xml.components(separatedBy: "<w:tblStyle w:val=\"LayoutTable\"/>").last)
        #expect(signatures.contains("<w:gridCol w:w=\"4677\"/><w:gridCol w:w=\"4677\"/>"))
        #expect(signatures.range(of: "SignatureLine")!.lowerBound < signatures.range(of: "T/M ĐOÀN CHỦ TỊCH")!.lowerBound)
        let leadIn = try #require(xml.components(separatedBy: "<w:p>").first { $0.contains("gồm 3 đồng chí:") })
        #expect(leadIn.contains("<w:keepNext/>"))
    }
}
