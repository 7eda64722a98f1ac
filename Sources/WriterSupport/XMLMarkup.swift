/// OpenDocument markup being written: UTF-8 bytes in one growing buffer. Appending markup copies its
/// bytes; text is escaped on the way in (``append(escaping:)``). A body of hundreds of kilobytes is
/// written without a String append per tag, and zipped as it is.
///
/// The bytes live in a buffer of its own (``MarkupBytes``), copied with `memcpy`, not in an `Array`: appending a
/// tag to an array through `append(contentsOf:)` took some 190 instructions (its generic copy, a retain and a
/// release), 4.3 M of the 43.6 M a 300-row delegate list cost as DOCX, for 15,000 appends (callgrind, release
/// build). Copies of a markup share the buffer until one of them is changed.
package struct XMLMarkup {
    private var storage = MarkupBytes()

    package init() {}

    /// Number of bytes so far.
    package var count: Int { storage.count }

    package var isEmpty: Bool { storage.count == 0 }

    /// The UTF-8 bytes so far (a copy; ``withUnsafeBytes(_:)`` reads them in place).
    package var bytes: [UInt8] { withUnsafeBytes { Array($0) } }

    /// Calls `body` with the bytes so far, read in place.
    package func withUnsafeBytes<Result, Failure: Error>(
        _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try body(UnsafeBufferPointer(start: storage.base, count: storage.count))
    }

    /// Makes room for `capacity` bytes in all.
    package mutating func reserveCapacity(_ capacity: Int) {
        makeUnique()
        storage.reserve(capacity)
    }

    /// Bytes the buffer holds before it grows.
    package var capacity: Int { storage.capacity }

    /// Removes every byte, keeping the buffer's room when no other markup shares it.
    package mutating func removeAll() {
        if isKnownUniquelyReferenced(&storage) { storage.removeAll() } else { storage = MarkupBytes() }
    }

    /// Appends `markup` as it is (already markup: tags, names, escaped text).
    package static func += (buffer: inout XMLMarkup, markup: String) {
        // A string holding its bytes in one piece (nearly all: literals, native strings) is copied from them in place.
        if markup.utf8.withContiguousStorageIfAvailable({ buffer.append(utf8: $0) }) == nil {
            var copy = markup
            copy.withUTF8 { buffer.append(utf8: $0) }
        }
    }

    /// Appends one ASCII character, given as its byte.
    package mutating func append(ascii byte: UInt8) {
        makeUnique()
        storage.append(byte)
    }

    /// Appends another buffer's bytes.
    package static func += (buffer: inout XMLMarkup, other: XMLMarkup) {
        other.withUnsafeBytes { buffer.append(utf8: $0) }
    }

    /// Appends UTF-8 bytes of markup as they are.
    package mutating func append(utf8: UnsafeBufferPointer<UInt8>) {
        makeUnique()
        storage.append(utf8)
    }

    /// Appends `text` escaped as ``XMLText/escape(_:)`` escapes it; text with nothing to escape is copied as it is.
    package mutating func append(escaping text: String) {
        // Read in place when the string holds its bytes in one piece: scanned, then copied as they are.
        let copied = text.utf8.withContiguousStorageIfAvailable { utf8 in
            guard !XMLText.needsEscaping(utf8) else { return false }
            append(utf8: utf8)
            return true
        }
        if copied == true { return }
        self += XMLText.needsEscaping(text.utf8) ? XMLText.escapeScalars(text) : text
    }

    /// Inserts `markup` (already markup) before the byte at `offset`.
    package mutating func insert(_ markup: String, at offset: Int) {
        precondition(offset >= 0 && offset <= count, "offset outside the markup")
        makeUnique()
        var copy = markup
        copy.withUTF8 { storage.insert($0, at: offset) }
    }

    /// Whether the bytes end with the UTF-8 of `suffix`.
    package func hasSuffix(_ suffix: String) -> Bool {
        withUnsafeBytes { bytes in
            bytes.count >= suffix.utf8.count && bytes.suffix(suffix.utf8.count).elementsEqual(suffix.utf8)
        }
    }

    /// The markup as a string (the bytes are UTF-8, made only of strings).
    package var string: String { withUnsafeBytes { String(decoding: $0, as: UTF8.self) } }

    /// The buffer, copied first when another markup shares it.
    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }
}

/// The bytes of an ``XMLMarkup``: one allocation, grown by doubling, appended to with `memcpy`.
final class MarkupBytes {
    private(set) var base: UnsafeMutablePointer<UInt8>?
    private(set) var count = 0
    private(set) var capacity = 0

    init() {}

    deinit { base?.deallocate() }

    /// Room for `needed` bytes in all.
    func reserve(_ needed: Int) {
        guard needed > capacity else { return }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: max(needed, capacity * 2, 256))
        if let base {
            grown.initialize(from: base, count: count)
            base.deallocate()
        }
        base = grown
        capacity = max(needed, capacity * 2, 256)
    }

    /// No bytes, the room kept.
    func removeAll() {
        count = 0
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(count + bytes.count)
        (base! + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    func append(_ byte: UInt8) {
        reserve(count + 1)
        (base! + count).initialize(to: byte)
        count += 1
    }

    /// `bytes` put before the byte at `offset`, the bytes after it moved up.
    func insert(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(count + bytes.count)
        let start = base! + offset
        (start + bytes.count).moveInitialize(from: start, count: count - offset)
        start.initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    /// A buffer of its own with the same bytes.
    func copy() -> MarkupBytes {
        let copy = MarkupBytes()
        if let base { copy.append(UnsafeBufferPointer(start: base, count: count)) }
        return copy
    }
}
