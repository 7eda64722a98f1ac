/// A file's bytes as text: UTF-8, or refused with the line and column of the first byte that is not.
///
/// A file saved as UTF-16 (Windows Notepad's "Unicode", with or without its byte-order mark) is named as such,
/// since its ASCII letters alternate with NUL bytes that are valid UTF-8. A UTF-8 byte-order mark is dropped.
enum UTF8Text {
    struct Refusal: Error {
        let line: Int
        let column: Int
        /// `UTF-16` when the bytes look like it.
        let encoding: String?
    }

    static func decode(_ bytes: some Collection<UInt8>) -> Result<String, Refusal> {
        let head = Array(bytes.prefix(2))
        if head == [0xFF, 0xFE] || head == [0xFE, 0xFF] { return .failure(Refusal(line: 1, column: 1, encoding: "UTF-16")) }
        let utf16 = looksLikeUTF16(bytes)
        var text: String?
        if !utf16, let valid = String(validatingUTF8Bytes: bytes) { text = valid }
        guard let text else { return .failure(firstBadByte(bytes, utf16: utf16)) }
        return .success(text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text)
    }

    /// UTF-16 without a byte-order mark: in its first 256 bytes, at least a quarter of the byte pairs hold one
    /// NUL (the high byte of a Latin letter) — UTF-8 text holds no NUL that we would accept anyway.
    private static func looksLikeUTF16(_ bytes: some Collection<UInt8>) -> Bool {
        let sample = Array(bytes.prefix(256))
        let pairs = sample.count / 2
        guard pairs > 0 else { return false }
        var high = 0, low = 0
        for index in 0..<pairs {
            let first = sample[2 * index], second = sample[2 * index + 1]
            if first == 0 && second != 0 { high += 1 }
            if first != 0 && second == 0 { low += 1 }
        }
        return max(high, low) * 4 >= pairs
    }

    /// Where the first byte that is not UTF-8 (or, for UTF-16, the first NUL) stands; columns count characters.
    private static func firstBadByte(_ bytes: some Collection<UInt8>, utf16: Bool) -> Refusal {
        var iterator = bytes.makeIterator()
        var decoder = Unicode.UTF8()
        var position = LineColumnCounter()
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                if utf16 && scalar == "\0" { return Refusal(line: position.line, column: position.column, encoding: "UTF-16") }
                position.advance(over: scalar)
            case .emptyInput:
                return Refusal(line: position.line, column: position.column, encoding: utf16 ? "UTF-16" : nil)
            case .error:
                return Refusal(line: position.line, column: position.column, encoding: utf16 ? "UTF-16" : nil)
            }
        }
    }
}

private extension String {
    /// The bytes as a string when they are well-formed UTF-8 (no repair): decoding replaces ill-formed bytes
    /// with U+FFFD, so a text that does not encode back to the same bytes was repaired.
    init?(validatingUTF8Bytes bytes: some Collection<UInt8>) {
        let text = String(decoding: Array(bytes), as: UTF8.self)
        guard text.utf8.count == bytes.count, text.utf8.elementsEqual(bytes) else { return nil }
        self = text
    }
}
