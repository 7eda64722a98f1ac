internal import CLibDeflate

/// Raw DEFLATE (RFC 1951) of a whole buffer through libdeflate at its level 1, for the one large part a DOCX makes
/// per document (`word/document.xml`), with libdeflate's CRC-32.
///
/// Why: zlib at level 3 took 7.2 M instructions, and its CRC-32 1.1 M, of the 41.6 M a 300-delegate list cost as
/// DOCX (a document.xml of 286 KB); libdeflate at level 1 takes 3.7 M and its CRC-32 0.1 M, for 8,898 bytes
/// instead of 8,689 (+2.4 %; callgrind). zlib's levels 1 to 3 cost the same there. The other parts keep zlib
/// (``DeflateStream``): the fixed ones are compressed once per writer, at zlib's thorough level.
///
/// A compressor keeps its tables (some 100 KB), so a ``QuickDeflatePool`` hands them out and takes them back.
package final class QuickDeflater {
    private let compressor: OpaquePointer?

    package init() {
        compressor = libdeflate_alloc_compressor(1)
    }

    deinit {
        if let compressor { libdeflate_free_compressor(compressor) }
    }

    /// The concatenation of `pieces` compressed as one raw DEFLATE stream. libdeflate reads one buffer: a single
    /// piece (the DOCX writer's whole `document.xml`) is read in place, several are copied into one first.
    /// - Throws: ``DeflateError`` when libdeflate could not allocate its compressor (out of memory).
    package func compress(_ pieces: [UnsafeBufferPointer<UInt8>]) throws(DeflateError) -> [UInt8] {
        guard let compressor else { throw DeflateError(code: -4) }  // zlib's Z_MEM_ERROR, the same meaning
        if pieces.count == 1 { return Self.compress(pieces[0], with: compressor) }
        let total = pieces.reduce(0) { $0 + $1.count }
        let joined = [UInt8](unsafeUninitializedCapacity: total) { buffer, count in
            // Each piece copied with memcpy after the ones before it: the pieces add up to `total`, the buffer's room.
            for piece in pieces where !piece.isEmpty {
                UnsafeMutableRawPointer(buffer.baseAddress! + count).copyMemory(from: piece.baseAddress!, byteCount: piece.count)
                count += piece.count
            }
        }
        return joined.withUnsafeBufferPointer { Self.compress($0, with: compressor) }
    }

    /// `input` compressed by `compressor` into a buffer as large as libdeflate's bound for it.
    private static func compress(_ input: UnsafeBufferPointer<UInt8>, with compressor: OpaquePointer) -> [UInt8] {
        let bound = libdeflate_deflate_compress_bound(compressor, input.count)
        // Uninitialised: libdeflate writes what it produces, and only those bytes are kept. With room for the
        // bound it always succeeds.
        return [UInt8](unsafeUninitializedCapacity: max(bound, 1)) { output, count in
            count = libdeflate_deflate_compress(compressor, input.baseAddress, input.count, output.baseAddress, output.count)
        }
    }

    /// The CRC-32 (ISO 3309, as zip uses it) of the concatenation of `pieces`.
    package static func crc32(_ pieces: [UnsafeBufferPointer<UInt8>]) -> UInt32 {
        pieces.reduce(UInt32(0)) { crc, piece in UInt32(libdeflate_crc32(crc, piece.baseAddress, piece.count)) }
    }
}

/// The libdeflate compressors of one writer.
package typealias QuickDeflatePool = CompressorPool<QuickDeflater>

extension CompressorPool where Compressor == QuickDeflater {
    package convenience init() {
        self.init { QuickDeflater() }
    }
}
