/// OpenDocument markup being written: UTF-8 bytes in one growing buffer. Appending markup copies its
/// bytes; text is escaped on the way in (``append(escaping:)``). A body of hundreds of kilobytes is
/// written without a String append per tag, and zipped as it is.
struct ODFMarkup {
    /// The UTF-8 bytes so far.
    private(set) var bytes: [UInt8] = []

    /// Number of bytes so far.
    var count: Int { bytes.count }

    var isEmpty: Bool { bytes.isEmpty }

    /// Makes room for `capacity` bytes in all.
    mutating func reserveCapacity(_ capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends `markup` as it is (already markup: tags, names, escaped text).
    static func += (buffer: inout ODFMarkup, markup: String) {
        // A string holding its bytes in one piece (not a small one) is copied from them in place.
        if markup.utf8.withContiguousStorageIfAvailable({ buffer.bytes.append(contentsOf: $0) }) == nil {
            buffer.bytes.append(contentsOf: markup.utf8)
        }
    }

    /// Appends one ASCII character, given as its byte.
    mutating func append(ascii byte: UInt8) {
        bytes.append(byte)
    }

    /// Appends another buffer's bytes.
    static func += (buffer: inout ODFMarkup, other: ODFMarkup) {
        buffer.bytes.append(contentsOf: other.bytes)
    }

    /// Appends `text` escaped as ``ODFXML/escape(_:)`` escapes it; text with nothing to escape is copied as it is.
    mutating func append(escaping text: String) {
        // Read in place when the string holds its bytes in one piece: scanned, then copied as they are.
        let copied = text.utf8.withContiguousStorageIfAvailable { utf8 in
            guard !ODFXML.needsEscaping(utf8) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if copied == true { return }
        if ODFXML.needsEscaping(text.utf8) {
            bytes.append(contentsOf: ODFXML.escapeScalars(text).utf8)
        } else {
            bytes.append(contentsOf: text.utf8)
        }
    }

    /// Whether the bytes end with the UTF-8 of `suffix`.
    func hasSuffix(_ suffix: String) -> Bool {
        bytes.count >= suffix.utf8.count && bytes.suffix(suffix.utf8.count).elementsEqual(suffix.utf8)
    }

    /// The markup as a string (the bytes are UTF-8, made only of strings).
    var string: String { String(decoding: bytes, as: UTF8.self) }
}
