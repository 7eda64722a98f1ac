/// One file of a zip archive, compressed once: the ODT writer keeps the entries that never change
/// (mimetype, manifest, styles, settings) and makes only the document's own ones per document.
package struct ZipEntry: Sendable, Equatable {
    /// How the data is stored (zip's compression method field).
    package enum Method: UInt16, Sendable {
        case stored = 0
        case deflated = 8
    }

    /// The path inside the archive, UTF-8.
    package let name: [UInt8]
    package let method: Method
    /// CRC-32 of the uncompressed bytes.
    package let crc: UInt32
    package let uncompressedSize: UInt32
    /// The bytes as stored in the archive (compressed when `method` is `.deflated`).
    package let data: [UInt8]

    /// An entry kept as it is (the ODF `mimetype` must be stored, never compressed).
    package static func stored(_ name: String, _ text: String) throws(ZipError) -> ZipEntry {
        try entry(name, text) { bytes in .success((.stored, Array(bytes))) }
    }

    /// An entry holding `text` as UTF-8, compressed with raw DEFLATE by `stream` (read in place, not copied).
    package static func deflated(_ name: String, _ text: String, with stream: DeflateStream) throws(ZipError) -> ZipEntry {
        var text = text
        return try text.withUTF8 { bytes in deflatedResult(name, bytes, with: stream) }.get()
    }

    /// An entry holding the concatenation of `pieces`, compressed with raw DEFLATE by `stream`; the
    /// pieces are read in place, never joined.
    package static func deflated(_ name: String, pieces: [UnsafeBufferPointer<UInt8>], with stream: DeflateStream) throws(ZipError) -> ZipEntry {
        try deflated(name, pieces: pieces, compress: { pieces throws(DeflateError) in try stream.compress(pieces) },
                     crc: { pieces in pieces.reduce(UInt32(0)) { DeflateStream.crc32($1, continuing: $0) } })
    }

    /// ``deflated(_:pieces:with:)`` through libdeflate (``QuickDeflater``): the DOCX writer's document part.
    package static func deflated(_ name: String, pieces: [UnsafeBufferPointer<UInt8>], with deflater: QuickDeflater) throws(ZipError) -> ZipEntry {
        try deflated(name, pieces: pieces, compress: { pieces throws(DeflateError) in try deflater.compress(pieces) },
                     crc: QuickDeflater.crc32)
    }

    /// The entry of the concatenation of `pieces`, compressed by `compress`, its CRC-32 by `crc`; sizes checked
    /// against zip's 4 GiB.
    private static func deflated(_ name: String, pieces: [UnsafeBufferPointer<UInt8>],
                                 compress: ([UnsafeBufferPointer<UInt8>]) throws(DeflateError) -> [UInt8],
                                 crc: ([UnsafeBufferPointer<UInt8>]) -> UInt32) throws(ZipError) -> ZipEntry {
        let size = pieces.reduce(0) { $0 + $1.count }
        guard size < Int(UInt32.max) else { throw .tooLarge(name) }
        let data: [UInt8]
        do throws(DeflateError) { data = try compress(pieces) } catch { throw .deflate(name, error) }
        guard data.count < Int(UInt32.max) else { throw .tooLarge(name) }
        return ZipEntry(name: Array(name.utf8), method: .deflated, crc: crc(pieces), uncompressedSize: UInt32(size), data: data)
    }

    private static func deflatedResult(_ name: String, _ bytes: UnsafeBufferPointer<UInt8>,
                                       with stream: DeflateStream) -> Result<ZipEntry, ZipError> {
        entry(name, bytes) { bytes in
            do throws(DeflateError) { return .success((.deflated, try stream.compress(bytes))) } catch { return .failure(.deflate(name, error)) }
        }
    }

    /// The entry of `text`'s UTF-8 bytes as `store` keeps them.
    private static func entry(_ name: String, _ text: String,
                              _ store: (UnsafeBufferPointer<UInt8>) -> Result<(Method, [UInt8]), ZipError>) throws(ZipError) -> ZipEntry {
        var text = text
        return try text.withUTF8 { entry(name, $0, store) }.get()
    }

    /// The entry of `bytes` as `store` keeps them; sizes checked against zip's 4 GiB.
    private static func entry(_ name: String, _ bytes: UnsafeBufferPointer<UInt8>,
                              _ store: (UnsafeBufferPointer<UInt8>) -> Result<(Method, [UInt8]), ZipError>) -> Result<ZipEntry, ZipError> {
        guard bytes.count < Int(UInt32.max) else { return .failure(.tooLarge(name)) }
        return store(bytes).flatMap { method, data in
            guard data.count < Int(UInt32.max) else { return .failure(.tooLarge(name)) }
            return .success(ZipEntry(name: Array(name.utf8), method: method, crc: DeflateStream.crc32(bytes),
                                     uncompressedSize: UInt32(bytes.count), data: data))
        }
    }
}

/// Why a zip entry or archive could not be made.
package enum ZipError: Error, Sendable, CustomStringConvertible {
    /// An entry, or the whole archive, does not fit the 4 GiB limits of a zip without ZIP64.
    case tooLarge(String)
    /// zlib refused to compress the entry.
    case deflate(String, DeflateError)

    package var description: String {
        switch self {
        case .tooLarge(let name): return "\(name) is too large for a zip archive without ZIP64"
        case .deflate(let name, let error): return "\(name): \(error)"
        }
    }
}
