/// XML escaping of interpolated values, by a scan of their UTF-8 bytes.
///
/// `& < > " '` become `&amp; &lt; &gt; &quot; &#39;`; runs of other bytes are copied in bulk.
/// Characters XML 1.0 forbids (C0 controls but tab, LF and CR; U+FFFE; U+FFFF) are refused.
enum XMLEscaper {
    /// Appends `value` escaped to `output`; returns the first forbidden scalar instead, appending nothing more.
    static func append(_ value: String, to output: inout [UInt8]) -> UInt32? {
        if let result = value.utf8.withContiguousStorageIfAvailable({ bytes in append(bytes, to: &output) }) {
            return result
        }
        var copy = value
        return copy.withUTF8 { bytes in append(bytes, to: &output) }
    }

    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) -> UInt32? {
        let count = bytes.count
        var runStart = 0
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte > 0x3E && byte != 0xEF {
                index += 1
                continue
            }
            let replacement: StaticString
            switch byte {
            case 0x26: replacement = "&amp;"
            case 0x3C: replacement = "&lt;"
            case 0x3E: replacement = "&gt;"
            case 0x22: replacement = "&quot;"
            case 0x27: replacement = "&#39;"
            case 0x09, 0x0A, 0x0D:
                index += 1
                continue
            case 0..<0x20:
                return UInt32(byte)
            case 0xEF:
                if index + 2 < count, bytes[index + 1] == 0xBF, bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF {
                    return 0xFFC0 | UInt32(bytes[index + 2] & 0x3F)
                }
                index += 1
                continue
            default:
                index += 1
                continue
            }
            if runStart < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            replacement.withUTF8Buffer { output.append(contentsOf: $0) }
            index += 1
            runStart = index
        }
        if runStart < count { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count])) }
        return nil
    }
}
