import DocumentTree
import Foundation
import Testing
import ODFWriting
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("ODT writer")
struct ODTWriterTests {
    /// The parts of an ODT, by path, in archive order.
    static func parts(_ data: Data) throws -> [(path: String, entry: Entry, text: String)] {
        let archive = try Archive(data: data, accessMode: .read)
        return try archive.map { entry in
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            return (entry.path, entry, String(decoding: bytes, as: UTF8.self))
        }
    }

    @Test("mimetype is the first entry, stored, without extra field, holding the ODT media type")
    func mimetypeFirst() throws {
        let data = try ODTWriter().write(ODFSamples.minutes)
        let bytes = [UInt8](data)
        #expect(bytes.count > 100)
        #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
        #expect(bytes[8] == 0 && bytes[9] == 0)                    // compression method: stored
        #expect(bytes[26] == 8 && bytes[27] == 0)                  // name length
        #expect(bytes[28] == 0 && bytes[29] == 0)                  // extra field length
        #expect(String(decoding: bytes[30..<38], as: UTF8.self) == "mimetype")
        #expect(String(decoding: bytes[38..<77], as: UTF8.self) == "application/vnd.oasis.opendocument.text")
    }

    @Test("entries in a fixed order, deflated except mimetype, all dated 2000-01-01")
    func entries() throws {
        let parts = try Self.parts(ODTWriter().write(ODFSamples.minutes))
        #expect(parts.map(\.path) == ["mimetype", "META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml", "settings.xml"])
        #expect(parts.map(\.entry.isCompressed) == [false, true, true, true, true, true])
        let date = Date(timeIntervalSince1970: 946_684_800)
        for part in parts { #expect(part.entry.fileAttributes[.modificationDate] as? Date == date) }
        #expect(parts[0].text == "application/vnd.oasis.opendocument.text")
        #expect(parts[1].text.contains("manifest:full-path=\"content.xml\""))
        #expect(!parts[4].text.contains("meta:creation-date") && !parts[4].text.contains("dc:date"))
    }

    @Test("meta.xml carries the paper's day and issuing body from the tree's metadata, escaped; none without them")
    func metadata() throws {
        var document = ODFSamples.minutes
        document.metadata = DocumentMetadata(date: DocumentDate(year: 2025, month: 4, day: 12), author: "ĐẠI HỘI & <BAN>")
        let meta = try #require(Self.parts(ODTWriter().write(document)).first { $0.path == "meta.xml" }?.text)
        #expect(meta.contains("<meta:creation-date>2025-04-12T00:00:00</meta:creation-date>\n<dc:date>2025-04-12T00:00:00</dc:date>"))
        #expect(meta.contains("<meta:initial-creator>ĐẠI HỘI &amp; &lt;BAN&gt;</meta:initial-creator>\n<dc:creator>ĐẠI HỘI &amp; &lt;BAN&gt;</dc:creator>"))
        #expect(try ODTWriter().write(document) == ODTWriter().write(document))
        // The typography's word joiner and no-break space are no part of a property: "2025 -⁠ 2027" reads "2025 - 2027".
        document.title = "Biên bản, nhiệm kỳ 2025 -\u{2060}\u{00A0}2027"
        let plain = try #require(Self.parts(ODTWriter().write(document)).first { $0.path == "meta.xml" }?.text)
        #expect(plain.contains("<dc:title>Biên bản, nhiệm kỳ 2025 - 2027</dc:title>"))
    }

    @Test("two writes of the same document give identical bytes")
    func deterministic() throws {
        #expect(try ODTWriter().write(ODFSamples.minutes) == ODTWriter().write(ODFSamples.minutes))
        #expect(try ODTWriter().write(ODFSamples.minutes) != ODTWriter().write(ODFSamples.threePages))
    }

    @Test("content.xml parses back and holds the texts, escaped")
    func contentParses() throws {
        let parts = try Self.parts(ODTWriter().write(ODFSamples.minutes))
        let content = try #require(parts.first { $0.path == "content.xml" }).text
        #expect(content.contains("Thông qua Nghị quyết Đại hội, phần 1 &amp; &lt;phụ lục&gt;"))
        let xml = try XMLDocument(data: Data(content.utf8))
        let text = try #require(xml.rootElement()?.stringValue)
        for expected in ["ĐẢNG CỘNG SẢN VIỆT NAM", "Biên bản", "phần 1 & <phụ lục>", "ốm \"có giấy\" & <đơn>", "Nguyễn Văn Hùng"] {
            #expect(text.contains(expected), "content.xml lacks \(expected)")
        }
    }

    @Test("the zipped parts hold exactly what the flat document holds")
    func sameAsFlat() throws {
        let parts = try Self.parts(ODTWriter().write(ODFSamples.minutes))
        let fodt = FODTWriter().write(ODFSamples.minutes)
        func between(_ text: String, _ start: String, _ end: String) -> String? {
            guard let lower = text.range(of: start), let upper = text.range(of: end, range: lower.upperBound..<text.endIndex) else { return nil }
            return String(text[lower.lowerBound..<upper.upperBound])
        }
        let content = try #require(parts.first { $0.path == "content.xml" }).text
        let styles = try #require(parts.first { $0.path == "styles.xml" }).text
        let body = try #require(between(content, "<office:body>", "</office:body>"))
        #expect(between(fodt, "<office:body>", "</office:body>") == body)
        let common = try #require(between(styles, "<office:styles>", "</office:styles>"))
        #expect(between(fodt, "<office:styles>", "</office:styles>") == common)
        let masters = try #require(between(styles, "<office:master-styles>", "</office:master-styles>"))
        #expect(between(fodt, "<office:master-styles>", "</office:master-styles>") == masters)
    }
}
