import Testing
@testable import WriterSupport

@Suite("XML text escaping, byte test")
struct XMLTextTests {
    @Test("every ASCII character needs escaping exactly when escaping changes it, alone and inside Vietnamese text")
    func everyASCIIByte() {
        for value in UInt8(0)..<0x80 {
            let character = String(UnicodeScalar(value))
            for text in [character, "Nguyễn\(character)Văn", "\(character)ế"] {
                #expect(XMLText.needsEscaping(text.utf8) == (XMLText.escapeScalars(text) != text), "byte \(value)")
            }
        }
    }

    @Test("U+FFFE and U+FFFF need escaping wherever they stand; their neighbours U+FFFD, U+FEFF and U+EFBF do not")
    func noncharacters() {
        for text in ["\u{FFFE}", "a\u{FFFF}", "ế\u{FFFE}b"] { #expect(XMLText.needsEscaping(text.utf8), "\(text.unicodeScalars.map(\.value))") }
        for text in ["\u{FFFD}", "\u{FEFF}", "\u{EFBF}", "\u{EFBF}\u{BF}", "ở ở"] { #expect(!XMLText.needsEscaping(text.utf8)) }
    }
}
