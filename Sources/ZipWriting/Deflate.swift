internal import CDeflate

/// A raw DEFLATE (RFC 1951) compressor through zlib, reusable: its buffers (about 400 KB) are
/// allocated once and reset between inputs, since allocating and freeing them for every zip entry
/// costed more than compressing a page. Not for two tasks at once; ``DeflatePool`` hands them out.
///
/// The only place zlib is called, with ``crc32(_:)``.
package final class DeflateStream {
    /// zlib keeps a pointer back to its stream, so the stream lives at a fixed address.
    private let stream: UnsafeMutablePointer<z_stream>
    private let ready: Bool

    /// How hard zlib looks for repeats.
    package enum Level: Int32, Sendable {
        /// zlib's level 3, for the parts made for every document: on a 300-row list (content.xml of
        /// 360 KB) it deflates about 3× faster than level 6 for about 1.8 KB more.
        case fast = 3
        /// zlib's default level (6), for the parts compressed once per writer (styles.xml …).
        case thorough = -1
        /// zlib's level 1, for the built-in PDF engine's page streams: on a 10-page 300-row list (200 KB of
        /// content streams) it writes the whole file in 1.9 ms against 2.8 ms at level 3, for 1.3 % more bytes.
        case fastest = 1
    }

    /// A stream at `level`.
    package init(level: Level = .fast) {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        ready = daihoi_deflateInitRaw(stream, level.rawValue) == Z_OK
    }

    deinit {
        if ready { deflateEnd(stream) }
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// `bytes` compressed as one raw DEFLATE stream.
    /// - Throws: ``DeflateError`` when zlib refuses (out of memory, input over 4 GiB).
    package func compress(_ bytes: UnsafeBufferPointer<UInt8>) throws(DeflateError) -> [UInt8] {
        try compress([bytes])
    }

    /// The concatenation of `pieces` compressed as one raw DEFLATE stream, the pieces read in place
    /// (a part made of a head, a large body and a tail is never copied into one buffer).
    /// - Throws: ``DeflateError`` when zlib refuses (out of memory, input over 4 GiB).
    package func compress(_ pieces: [UnsafeBufferPointer<UInt8>]) throws(DeflateError) -> [UInt8] {
        guard ready else { throw DeflateError(code: Z_MEM_ERROR) }
        let total = pieces.reduce(0) { $0 + $1.count }
        guard total < Int(UInt32.max) else { throw DeflateError(code: Z_BUF_ERROR) }
        let reset = deflateReset(stream)
        guard reset == Z_OK else { throw DeflateError(code: reset) }
        let bound = Int(deflateBound(stream, uLong(total)))
        var status: Int32 = Z_OK
        // Uninitialised: zlib writes what it produces, and only those bytes are kept.
        let output = [UInt8](unsafeUninitializedCapacity: bound) { out, count in
            stream.pointee.next_out = out.baseAddress
            stream.pointee.avail_out = uInt(out.count)
            for (index, piece) in pieces.enumerated() {
                let last = index == pieces.count - 1
                // An empty piece is no progress, which zlib reports as an error short of the end.
                if piece.isEmpty, !last { continue }
                // zlib never writes through next_in; the pointer is mutable only in its C signature.
                stream.pointee.next_in = UnsafeMutablePointer(mutating: piece.baseAddress)
                stream.pointee.avail_in = uInt(piece.count)
                status = deflate(stream, last ? Z_FINISH : Z_NO_FLUSH)
                // The output has room for the whole stream, so each piece is taken whole.
                if status != Z_OK && status != Z_STREAM_END || stream.pointee.avail_in != 0 { break }
            }
            if pieces.isEmpty { status = deflate(stream, Z_FINISH) }
            stream.pointee.next_in = nil
            stream.pointee.next_out = nil
            count = out.count - Int(stream.pointee.avail_out)
        }
        // With an output buffer of deflateBound bytes, the Z_FINISH call always ends the stream.
        guard status == Z_STREAM_END else { throw DeflateError(code: status == Z_OK ? Z_BUF_ERROR : status) }
        return output
    }

    /// The CRC-32 (ISO 3309, as zip uses it) of `bytes`, continuing the CRC `previous` of the bytes before them.
    package static func crc32(_ bytes: UnsafeBufferPointer<UInt8>, continuing previous: UInt32 = 0) -> UInt32 {
        UInt32(CDeflate.crc32(uLong(previous), bytes.baseAddress, uInt(bytes.count)))
    }
}

/// zlib refused to compress: its status code.
package struct DeflateError: Error, Sendable, CustomStringConvertible {
    package let code: Int32

    package var description: String { "zlib deflate failed with status \(code)" }
}
