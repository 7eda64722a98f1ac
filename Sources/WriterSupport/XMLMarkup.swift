/// OpenDocument markup being written: UTF-8 bytes in one growing buffer. Appending markup copies its
/// bytes; text is escaped on the way in (``append(escaping:)``). A body of hundreds of kilobytes is
/// written without a String append per tag, and zipped as it is.
package struct XMLMarkup {
    /// The UTF-8 bytes so far.
    package private(set) var bytes: [UInt8] = []

    package init() {}

    /// Number of bytes so far.
    package var count: Int { bytes.count }

    package var isEmpty: Bool { bytes.isEmpty }

    /// Makes room for `capacity` bytes in all.
    package mutating func reserveCapacity(_ capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends `markup` as it is (already markup: tags, names, escaped text).
    package static func += (buffer: inout XMLMarkup, markup: String) {
        // A string holding its bytes in one piece (not a small one) is copied from them in place.
        if markup.utf8.withContiguousStorageIfAvailable({ buffer.bytes.append(contentsOf: $0) }) == nil {
            buffer.bytes.append(contentsOf: markup.utf8)
        }
    }

    /// Appends one ASCII character, given as its byte.
    package mutating func append(ascii byte: UInt8) {
        bytes.append(byte)
    }

    /// Appends another buffer's bytes.
    package static func += (buffer: inout XMLMarkup, other: XMLMarkup) {
        buffer.bytes.append(contentsOf: other.bytes)
    }

    /// Appends `text` escaped as ``XMLText/escape(_:)`` escapes it; text with nothing to escape is copied as it is.
    package mutating func append(escaping text: String) {
        // Read in place when the string holds its bytes in one piece: scanned, then copied as they are.
        let copied = text.utf8.withContiguousStorageIfAvailable { utf8 in
            guard !XMLText.needsEscaping(utf8) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if copied == true { return }
        if XMLText.needsEscaping(text.utf8) {
            bytes.append(contentsOf: XMLText.escapeScalars(text).utf8)
        } else {
            bytes.append(contentsOf: text.utf8)
        }
    }

    /// Inserts `markup` (already markup) before the byte at `offset`.
    package mutating func insert(_ markup: String, at offset: Int) {
        bytes.insert(contentsOf: markup.utf8, at: offset)
    }

    /// Whether the bytes end with the UTF-8 of `suffix`.
    package func hasSuffix(_ suffix: String) -> Bool {
        bytes.count >= suffix.utf8.count && bytes.suffix(suffix.utf8.count).elementsEqual(suffix.utf8)
    }

    /// The markup as a string (the bytes are UTF-8, made only of strings).
    package var string: String { String(decoding: bytes, as: UTF8.self) }
}
