import DocumentTree
import Foundation
import Testing
@testable import ZipWriting
@testable import ODFWriting
import ZIPFoundation

/// The writers keep what does not change between documents (styles.xml and the other fixed parts,
/// compressed; zlib's buffers): a writer used for many documents must give each one the bytes a
/// fresh writer gives it.
@Suite("ODT writer reuse")
struct ODTWriterReuseTests {
    typealias S = ODFSamples

    /// The minutes sample with another profile or language.
    static func variant(margin: Double? = nil, language: String? = nil) -> Document {
        var document = S.minutes
        if let margin { document.profile.marginLeftMM = margin }
        if let language { document.language = language }
        return document
    }

    @Test("one writer across documents, profiles and languages gives what a fresh writer gives")
    func reusedWriterSameBytes() throws {
        let documents = [S.minutes, S.threePages, Self.variant(margin: 25), Self.variant(language: "en"), S.minutes,
                         Self.variant(margin: 25), S.threePages]
        let odt = ODTWriter()
        let fodt = FODTWriter()
        for document in documents {
            #expect(try odt.write(document) == ODTWriter().write(document))
            #expect(fodt.write(document) == FODTWriter().write(document))
        }
    }

    @Test("the kept styles.xml follows the document's profile and language")
    func stylesFollowProfile() throws {
        let writer = ODTWriter()
        let plain = try ODTWriterTests.parts(writer.write(S.minutes)).first { $0.path == "styles.xml" }?.text
        let wide = try ODTWriterTests.parts(writer.write(Self.variant(margin: 25))).first { $0.path == "styles.xml" }?.text
        let english = try ODTWriterTests.parts(writer.write(Self.variant(language: "en"))).first { $0.path == "styles.xml" }?.text
        #expect(plain?.contains("fo:margin-left=\"30mm\"") == true)
        #expect(wide?.contains("fo:margin-left=\"25mm\"") == true)
        #expect(english?.contains("fo:language=\"en\"") == true)
        #expect(plain?.contains("fo:language=\"vi\" fo:country=\"VN\"") == true)
    }

    @Test("one writer from several tasks at once gives every document its own bytes")
    func concurrentWrites() async throws {
        let writer = ODTWriter()
        let expected = try [S.minutes, S.threePages].map { try ODTWriter().write($0) }
        let results = try await withThrowingTaskGroup(of: (Int, Data).self) { group in
            for index in 0..<16 {
                group.addTask { (index % 2, try writer.write(index % 2 == 0 ? S.minutes : S.threePages)) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 16)
        for (which, data) in results { #expect(data == expected[which]) }
    }

    @Test("an entry deflated by a reused stream reads back whole, CRC checked, whatever came before")
    func deflateRoundTrip() throws {
        let stream = DeflateStream()
        let texts = [String(repeating: "Đảng bộ <xã> & \"thôn\" ", count: 2_000), "", "x", String(repeating: "a", count: 70_000)]
        var entries = [try ZipEntry.stored("mimetype", ODFXML.mimeType)]
        for (index, text) in texts.enumerated() { entries.append(try .deflated("part\(index).txt", text, with: stream)) }
        let archive = try Archive(data: Data(ZipArchive.bytes(entries)), accessMode: .read)
        #expect(archive.map(\.path) == ["mimetype"] + texts.indices.map { "part\($0).txt" })
        for (index, text) in texts.enumerated() {
            let entry = try #require(archive["part\(index).txt"])
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            #expect(String(decoding: bytes, as: UTF8.self) == text)
        }
    }
}
