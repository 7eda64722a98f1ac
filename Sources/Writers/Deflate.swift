internal import CDeflate

/// Raw DEFLATE (RFC 1951) and CRC-32 through zlib: the two computations a deflated zip entry needs.
///
/// The only place zlib is called. Each call owns its own stream, so calls may run concurrently.
enum Deflate {
    /// zlib's default level (6), the level ZIPFoundation and Python's zipfile use.
    static let defaultLevel: Int32 = Z_DEFAULT_COMPRESSION

    /// `bytes` compressed as one raw DEFLATE stream.
    /// - Throws: ``DeflateError`` when zlib refuses (out of memory, input over 4 GiB).
    static func compress(_ bytes: [UInt8], level: Int32 = defaultLevel) throws(DeflateError) -> [UInt8] {
        guard bytes.count < Int(UInt32.max) else { throw DeflateError(code: Z_BUF_ERROR) }
        var stream = z_stream()
        let initialised = daihoi_deflateInitRaw(&stream, level)
        guard initialised == Z_OK else { throw DeflateError(code: initialised) }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, uLong(bytes.count)))
        var output = [UInt8](repeating: 0, count: bound)
        var status: Int32 = Z_OK
        let written = bytes.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out -> Int in
                // zlib never writes through next_in; the pointer is mutable only in its C signature.
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                status = deflate(&stream, Z_FINISH)
                return out.count - Int(stream.avail_out)
            }
        }
        // With an output buffer of deflateBound bytes, one Z_FINISH call always ends the stream.
        guard status == Z_STREAM_END else { throw DeflateError(code: status) }
        output.removeSubrange(written...)
        return output
    }

    /// The CRC-32 (ISO 3309, as zip uses it) of `bytes`.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            UInt32(CDeflate.crc32(0, buffer.baseAddress, uInt(buffer.count)))
        }
    }
}

/// zlib refused to compress: its status code.
struct DeflateError: Error, Sendable, CustomStringConvertible {
    let code: Int32

    var description: String { "zlib deflate failed with status \(code)" }
}
