internal import CDeflate
internal import ZipWriting

/// A PDF file being written object by object: numbers handed out in advance (`reserve`), each object's offset
/// kept for the cross-reference table, streams deflated at zlib's level 1 (zlib format: the raw DEFLATE of
/// `ZipWriting`'s stream between a zlib header and the Adler-32), and the trailer's `/ID` a hash of everything before it.
struct PDFObjects {
    private(set) var out: PDFBytes
    /// The byte offset of each object by number; index 0 is the free list's head.
    private var offsets: [Int] = [0]
    private let deflate = DeflateStream(level: .fastest)

    init(capacity: Int) {
        out = PDFBytes(capacity: capacity)
        out.append("%PDF-1.7\n%")
        // A comment of four bytes above 127 (ISO 32000-1 §7.5.2; ISO 19005-2 §6.1.2): a binary file.
        out.append([0xE2, 0xE3, 0xCF, 0xD3])
        out.append("\n")
    }

    /// A new object number, its object written later.
    mutating func reserve() -> Int {
        offsets.append(-1)
        return offsets.count - 1
    }

    /// Object `number` as the dictionary or array `body` writes.
    mutating func object(_ number: Int, _ body: (inout PDFBytes) -> Void) {
        offsets[number] = out.count
        out.append(int: number)
        out.append(" 0 obj\n")
        body(&out)
        out.append("\nendobj\n")
    }

    /// Object `number`, a stream of `data`: deflated when `compress` (falling back to the plain bytes if zlib
    /// refuses), its dictionary holding `/Length`, `/Filter` and what `entries` adds.
    mutating func stream(_ number: Int, data: [UInt8], compress: Bool, entries: (inout PDFBytes) -> Void = { _ in }) {
        let packed = compress ? zlib(data) : nil
        object(number) { out in
            out.append("<< /Length ")
            out.append(int: packed?.count ?? data.count)
            if packed != nil { out.append(" /Filter /FlateDecode") }
            entries(&out)
            out.append(" >>\nstream\n")
            out.append(packed ?? data)
            out.append("\nendstream")
        }
    }

    /// `data` in the zlib format (RFC 1950) PDF's FlateDecode reads.
    private func zlib(_ data: [UInt8]) -> [UInt8]? {
        guard let raw = try? data.withUnsafeBufferPointer({ try deflate.compress($0) }) else { return nil }
        let adler = data.withUnsafeBufferPointer { UInt32(adler32(adler32(0, nil, 0), $0.baseAddress, uInt($0.count))) }
        var packed: [UInt8] = [0x78, 0x01]
        packed.reserveCapacity(raw.count + 6)
        packed.append(contentsOf: raw)
        packed.append(contentsOf: [UInt8(adler >> 24), UInt8(adler >> 16 & 0xFF), UInt8(adler >> 8 & 0xFF), UInt8(adler & 0xFF)])
        return packed
    }

    /// The cross-reference table and trailer after the objects: the finished file.
    mutating func finish(root: Int, info: Int) -> [UInt8] {
        let id = Self.fileIdentifier(out.bytes)
        let xref = out.count
        out.append("xref\n0 ")
        out.append(int: offsets.count)
        out.append("\n0000000000 65535 f\r\n")
        for offset in offsets.dropFirst() {
            let digits = Array(String(max(offset, 0)).utf8)
            out.append([UInt8](repeating: UInt8(ascii: "0"), count: max(0, 10 - digits.count)))
            out.append(digits)
            out.append(offset >= 0 ? " 00000 n\r\n" : " 00000 f\r\n")
        }
        out.append("trailer\n<< /Size ")
        out.append(int: offsets.count)
        out.append(" /Root ")
        out.append(reference: root)
        out.append(" /Info ")
        out.append(reference: info)
        out.append(" /ID [<")
        out.append(id)
        out.append("> <")
        out.append(id)
        out.append(">] >>\nstartxref\n")
        out.append(int: xref)
        out.append("\n%%EOF\n")
        return out.bytes
    }

    /// 16 bytes (32 hex digits) of two FNV-1a 64-bit hashes of `bytes`: the same file, the same identifier.
    static func fileIdentifier(_ bytes: [UInt8]) -> [UInt8] {
        var first: UInt64 = 0xCBF2_9CE4_8422_2325, second: UInt64 = 0x6C62_272E_07BB_0142
        bytes.withUnsafeBufferPointer { buffer in
            for byte in buffer {
                first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                second = (second ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
        }
        var hex = PDFBytes(capacity: 32)
        for word in [first, second] {
            for shift in stride(from: 48, through: 0, by: -16) { hex.appendHex16(UInt16(word >> UInt64(shift) & 0xFFFF)) }
        }
        return hex.bytes
    }
}
