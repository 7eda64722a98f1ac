import DocumentTree
import Foundation
import Testing
@testable import DOCXWriting
@testable import WriterSupport
@testable import ZipWriting

/// The buffers a writer keeps between documents (``MarkupPool``), and the document part deflated from pieces or
/// from one buffer.
@Suite("Markup pool")
struct MarkupPoolTests {
    static func markup(_ text: String) -> XMLMarkup {
        var markup = XMLMarkup()
        markup += text
        return markup
    }

    @Test("a new pool hands out an empty buffer; one given back comes back empty, its room kept")
    func reuse() {
        let pool = MarkupPool()
        #expect(pool.take().isEmpty)
        var large = Self.markup(String(repeating: "<w:p/>", count: 1000))
        large.reserveCapacity(10_000)
        pool.give(large)
        large = XMLMarkup()
        let taken = pool.take()
        #expect(taken.isEmpty)
        #expect(taken.capacity >= 10_000)
        #expect(pool.take().isEmpty)
    }

    @Test("emptying a buffer another markup shares leaves that one's bytes as they were")
    func sharedBufferNotCleared() {
        let pool = MarkupPool()
        let kept = Self.markup("<w:tc>")
        pool.give(kept)
        var taken = pool.take()
        #expect(taken.isEmpty)
        taken += "<w:tr>"
        #expect(kept.string == "<w:tc>")
        #expect(taken.string == "<w:tr>")
    }

    @Test("the pool keeps at most its capacity of idle buffers")
    func capacity() {
        let pool = MarkupPool()
        for _ in 0..<(MarkupPool.capacity + 3) {
            var markup = XMLMarkup()
            markup.reserveCapacity(1000)
            pool.give(markup)
        }
        var reused = 0
        for _ in 0..<(MarkupPool.capacity + 3) where pool.take().capacity >= 1000 { reused += 1 }
        #expect(reused == MarkupPool.capacity)
    }

    @Test("one DOCX writer for a long document, then a short one, then the long one again gives what fresh writers give")
    func writerReusesBuffer() throws {
        let writer = DOCXWriter()
        for document in [ODFSamples.threePages, ODFSamples.minutes, ODFSamples.threePages, ODFSamples.minutes] {
            #expect(try writer.write(document) == DOCXWriter().write(document))
        }
    }

    @Test("libdeflate compresses pieces as it compresses them joined")
    func deflatePieces() throws {
        let text = Array(String(repeating: "<w:tc><w:p><w:r><w:t>Nguyễn Văn An</w:t></w:r></w:p></w:tc>\n", count: 50).utf8)
        let deflater = QuickDeflater()
        let whole = try text.withUnsafeBufferPointer { try deflater.compress([$0]) }
        let pieces = try text.withUnsafeBufferPointer { buffer in
            try deflater.compress([UnsafeBufferPointer(rebasing: buffer[..<7]), UnsafeBufferPointer(rebasing: buffer[7..<7]),
                                   UnsafeBufferPointer(rebasing: buffer[7...])])
        }
        #expect(pieces == whole)
        #expect(whole.count < text.count / 10)
        #expect(QuickDeflater.crc32([UnsafeBufferPointer(start: nil, count: 0)]) == 0)
    }
}
