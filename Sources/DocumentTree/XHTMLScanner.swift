/// The byte-level reading of ``TemplateXHTMLReader``: names, attributes, character data with its references,
/// comments, over the UTF-8 of a rendered page. Reads only the part of XML 1.0 DaiHoi's templates write, and
/// reads it exactly as libxml2 does; anything else (a CDATA section, a DOCTYPE, a processing instruction, a
/// named entity other than the five predefined ones, a carriage return, a control character, bytes that are not
/// UTF-8, a prefix other than `xml:`, a literal tab or line break in an attribute value, a name outside ASCII …)
/// throws ``Unsupported`` and the page goes to libxml2, which accepts or refuses it with its own message.
struct XHTMLScanner {
    /// The page holds something this scanner leaves to libxml2.
    struct Unsupported: Error {}

    /// A start tag read: its name's bytes, its attributes (namespace declarations left out, as libxml2 keeps
    /// them apart), and whether it closed itself (`<br/>`).
    struct StartTag {
        var name: Range<Int>
        var attributes: [Attribute]
        var isEmpty: Bool
    }

    /// A run of character data between two pieces of markup: where it is, whether it holds a reference, and
    /// whether its text is final as it stands (``isPlain``).
    struct CharacterData {
        var range: Range<Int>
        var hasReference: Bool
        /// No reference, nothing ``Whitespace/collapse(_:)`` changes (a tab, a line feed, two spaces in a row) and
        /// no space ``NoBreakSpacing`` may bind (after a digit, "≥" or "≤"): the tree keeps the text as read.
        /// Found in the one pass that finds the text's end, so most cells' texts take no pass of their own.
        var isPlain = false
        /// No reference, and only spaces, tabs and line feeds (found in the same pass: the indentation between
        /// two blocks is not read again to be dropped).
        var isSpaceOnly = false
    }

    let bytes: UnsafeBufferPointer<UInt8>
    /// The next byte to read.
    var at = 0

    /// A text longer than this is left to libxml2 (its own limit for one text node is 10 MB).
    static let longestText = 1 << 20
    /// The namespace the templates declare (`xmlns`), the only one read here.
    static let xhtmlNamespace = "http://www.w3.org/1999/xhtml"
    /// The XML declaration the templates open with, the only one read here.
    static let declaration = Array(#"<?xml version="1.0" encoding="UTF-8"?>"#.utf8)

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var atEnd: Bool { at >= bytes.count }

    /// The byte at `at + offset`, or 0 past the end (a 0 in the page is refused wherever it is read: no test here
    /// takes a 0 for anything but the end or an unreadable byte).
    func peek(_ offset: Int = 0) -> UInt8 {
        at + offset < bytes.count ? bytes[at + offset] : 0
    }

    // MARK: The whole page

    /// The length of the UTF-8 sequence at `index`, whose first byte is 0x80 or more, when it is a character XML 1.0
    /// allows. Every byte of a page is checked by the reading that takes it (``characterData()``, an attribute value,
    /// a comment; markup is ASCII by the names' and spaces' own tests): a page checked whole before it was read
    /// cost a 300-delegate list 0.70 M of its 35 M instructions, a second pass over every text (callgrind).
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) throws(Unsupported) -> Int {
        let byte = bytes[index]
        let length: Int
        switch byte {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: throw Unsupported()
        }
        guard index + length <= bytes.count else { throw Unsupported() }
        var scalar = UInt32(byte) & (0xFF >> (length + 1))
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { throw Unsupported() }
            scalar = scalar << 6 | UInt32(next & 0x3F)
        }
        // Overlong forms, surrogates, past U+10FFFF, and U+FFFE / U+FFFF.
        let smallest: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard scalar >= smallest, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar),
              scalar != 0xFFFE, scalar != 0xFFFF else { throw Unsupported() }
        return length
    }

    /// Whether `byte`, below 0x20, is one a page may hold: a tab or a line feed (never a carriage return, which
    /// libxml2 turns with its line feed into one, nor another control character).
    static func isAllowedControl(_ byte: UInt8) -> Bool {
        byte == 0x09 || byte == 0x0A
    }

    /// Skips the XML declaration at the very start, when it is the templates' one.
    mutating func skipDeclaration() {
        guard bytes.count >= Self.declaration.count,
              Self.declaration.indices.allSatisfy({ bytes[$0] == Self.declaration[$0] }) else { return }
        at = Self.declaration.count
    }

    /// Skips white space and comments (before and after the root element).
    mutating func skipMisc() throws(Unsupported) {
        while !atEnd {
            if Self.isMarkupSpace(peek()) { at += 1 }
            else if peek() == UInt8(ascii: "<"), peek(1) == UInt8(ascii: "!") { try comment() }
            else { return }
        }
    }

    // MARK: Markup

    /// A comment, `at` on its `<!`: `<!--`, no `--` inside, `-->`.
    mutating func comment() throws(Unsupported) {
        guard peek(2) == UInt8(ascii: "-"), peek(3) == UInt8(ascii: "-") else { throw Unsupported() }
        at += 4
        while !atEnd {
            let byte = peek()
            if byte == UInt8(ascii: "-"), peek(1) == UInt8(ascii: "-") {
                guard peek(2) == UInt8(ascii: ">") else { throw Unsupported() }
                at += 3
                return
            }
            if byte >= 0x80 {
                at += try Self.sequenceLength(bytes, at: at)
                continue
            }
            guard byte >= 0x20 || Self.isAllowedControl(byte) else { throw Unsupported() }
            at += 1
        }
        throw Unsupported()
    }

    /// A start tag, `at` on its `<`.
    mutating func startTag() throws(Unsupported) -> StartTag {
        at += 1
        let name = try self.name()
        var tag = StartTag(name: name, attributes: [], isEmpty: false)
        var declaresNamespace = false
        while true {
            let spaced = skipSpace()
            switch peek() {
            case UInt8(ascii: ">"):
                at += 1
                return tag
            case UInt8(ascii: "/"):
                guard peek(1) == UInt8(ascii: ">") else { throw Unsupported() }
                at += 2
                tag.isEmpty = true
                return tag
            default:
                guard spaced else { throw Unsupported() }
                let kept = try attributeName(self.name(allowingPrefix: true))
                skipSpace()
                guard peek() == UInt8(ascii: "=") else { throw Unsupported() }
                at += 1
                skipSpace()
                let value = try attributeValue()
                // Two attributes of one name (a namespace declaration too) are not well-formed.
                if let kept {
                    guard !tag.attributes.contains(where: { $0.name == kept }) else { throw Unsupported() }
                    tag.attributes.append(Attribute(name: kept, value: value))
                } else {
                    // Only XHTML's namespace: libxml2 reports a namespace name that is not a URI as an error.
                    guard !declaresNamespace, value == Self.xhtmlNamespace else { throw Unsupported() }
                    declaresNamespace = true
                }
            }
        }
    }

    /// An end tag closing `name`, `at` on its `</`.
    ///
    /// The open name's bytes are compared in place, then the byte after them must end a name: the same test as
    /// reading the closing name and comparing it (the open one is a name already), without reading it twice
    /// (0.35 M instructions of a 300-delegate list's tree; callgrind).
    mutating func endTag(_ name: Range<Int>) throws(Unsupported) {
        at += 2
        let end = at + name.count
        guard end < bytes.count else { throw Unsupported() }
        var offset = 0
        while offset < name.count {
            guard bytes[at + offset] == bytes[name.lowerBound + offset] else { throw Unsupported() }
            offset += 1
        }
        guard !Self.continuesName(bytes[end]) else { throw Unsupported() }
        at = end
        skipSpace()
        guard peek() == UInt8(ascii: ">") else { throw Unsupported() }
        at += 1
    }

    /// Character data up to the next `<` (or the end), `at` on its first byte: `]]>` and a bare `&` are not
    /// well-formed, and a reference is one of those ``reference(at:into:)`` reads.
    ///
    /// One loop over the bytes, each read once, ``CharacterData/isPlain`` found on the way: the texts of a
    /// 300-delegate list cost 0.88 M instructions here and 0.98 M more in the own passes of collapse and no-break
    /// spacing; now 0.98 M together (callgrind). (Skipping eight bytes at a time while none is a space, `<`, `&` or
    /// `]` made it 1.8 M: a name's spaces come every few bytes, so nearly every word failed the test.)
    mutating func characterData() throws(Unsupported) -> CharacterData {
        let start = at
        let count = bytes.count
        var index = at
        var hasReference = false
        var changes = false  // something collapse or no-break spacing may change
        var spaceOnly = true  // nothing but spaces, tabs and line feeds so far (template indentation)
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        while index < count {
            let byte = bytes[index]
            if byte == 0x20 {
                if previous == 0x20 || (previous >= 0x30 && previous <= 0x39)
                    || ((previous == 0xA4 || previous == 0xA5) && beforePrevious == 0x89) { changes = true }
            } else if byte < 0x20 {
                guard Self.isAllowedControl(byte) else { throw Unsupported() }
                changes = true  // a tab or a line feed: collapsed
            } else if byte >= 0x80 {
                // A character of two to four bytes, its last two kept for the test of "≥" / "≤" before a space.
                let length = try Self.sequenceLength(bytes, at: index)
                index += length
                spaceOnly = false
                beforePrevious = bytes[index - 2]
                previous = bytes[index - 1]
                continue
            } else if byte == UInt8(ascii: "<") {
                break
            } else if byte == UInt8(ascii: "&") {
                hasReference = true
                var scratch: [UInt8] = []
                index = try Self.reference(bytes, at: index, into: &scratch)
                previous = 0
                beforePrevious = 0
                continue
            } else if byte == UInt8(ascii: "]"), index + 2 < count, bytes[index + 1] == UInt8(ascii: "]"),
                      bytes[index + 2] == UInt8(ascii: ">") {
                throw Unsupported()
            }
            if byte > 0x20 { spaceOnly = false }
            beforePrevious = previous
            previous = byte
            index += 1
        }
        at = index
        var data = try finished(start, hasReference)
        data.isPlain = !hasReference && !changes
        data.isSpaceOnly = !hasReference && spaceOnly
        return data
    }

    /// The text of `data`, its references replaced.
    func text(_ data: CharacterData) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[data.range])
        guard data.hasReference else { return String(decoding: slice, as: UTF8.self) }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(slice.count)
        var index = data.range.lowerBound
        while index < data.range.upperBound {
            if bytes[index] == UInt8(ascii: "&") {
                // Read once already by characterData: it cannot fail here.
                index = (try? Self.reference(bytes, at: index, into: &decoded)) ?? data.range.upperBound
            } else {
                decoded.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    /// Whether the first and last bytes of `data` (a plain text's own, ``CharacterData/isPlain``) are spaces.
    func edges(of data: CharacterData) -> Whitespace.Edges {
        guard !data.range.isEmpty else { return Whitespace.Edges(startsWithSpace: false, endsWithSpace: false) }
        return Whitespace.Edges(startsWithSpace: bytes[data.range.lowerBound] == 0x20,
                                endsWithSpace: bytes[data.range.upperBound - 1] == 0x20)
    }

    /// Whether the text of `data` is empty or only XML white space (a reference is read as what it stands for).
    func isSpaceOnly(_ data: CharacterData) -> Bool {
        if data.hasReference { return text(data).utf8.allSatisfy(Self.isSpace) }
        return data.isSpaceOnly
    }

    /// Whether two ranges of the page hold the same bytes.
    func same(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count else { return false }
        var offset = 0
        while offset < a.count {
            if bytes[a.lowerBound + offset] != bytes[b.lowerBound + offset] { return false }
            offset += 1
        }
        return true
    }

    /// Whether the bytes of `range` spell the ASCII `name`.
    func spells(_ range: Range<Int>, _ name: StaticString) -> Bool {
        guard range.count == name.utf8CodeUnitCount else { return false }
        return name.withUTF8Buffer { word in
            word.indices.allSatisfy { bytes[range.lowerBound + $0] == word[$0] }
        }
    }

    /// White space this scanner reads between markup: space, tab, line feed. A carriage return, XML white space
    /// too, is left to libxml2 (the reader stops at it and gives up).
    static func isMarkupSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A
    }

    /// XML white space: space, tab, line feed, carriage return.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}

private extension XHTMLScanner {
    func finished(_ start: Int, _ hasReference: Bool) throws(Unsupported) -> CharacterData {
        guard at - start <= Self.longestText else { throw Unsupported() }
        return CharacterData(range: start..<at, hasReference: hasReference)
    }

    @discardableResult
    mutating func skipSpace() -> Bool {
        let start = at
        while !atEnd, Self.isMarkupSpace(peek()) { at += 1 }
        return at > start
    }

    /// An ASCII name: a letter or `_`, then letters, digits, `-`, `_`, `.`; with `allowingPrefix`, one `:` inside.
    mutating func name(allowingPrefix: Bool = false) throws(Unsupported) -> Range<Int> {
        let start = at
        guard Self.isNameStart(peek()) else { throw Unsupported() }
        at += 1
        var colons = 0
        while !atEnd {
            let byte = peek()
            if Self.continuesName(byte) {
                at += 1
            } else if byte == UInt8(ascii: ":"), allowingPrefix, colons == 0, Self.isNameStart(peek(1)) {
                colons += 1
                at += 1
            } else {
                break
            }
        }
        guard at - start <= 256 else { throw Unsupported() }
        return start..<at
    }

    /// A byte that may stand inside a name (not the `:` of a prefix).
    static func continuesName(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E
    }

    static func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x5F
    }

    /// The attribute's name as the tree keeps it (`xml:lang` with its prefix); nil for the namespace declaration
    /// `xmlns`, which libxml2 keeps apart from the attributes; any other prefix or `xml…` name is left to libxml2.
    /// Read on the bytes: made a string only when kept (a short name is a small string, not allocated).
    func attributeName(_ range: Range<Int>) throws(Unsupported) -> String? {
        if spells(range, "xmlns") { return nil }
        if spells(range, "xml:lang") { return "xml:lang" }
        if spells(range, "class") { return "class" }  // nearly every attribute the templates write: no string to decode
        let start = range.lowerBound
        if range.count >= 3, bytes[start] == UInt8(ascii: "x"), bytes[start + 1] == UInt8(ascii: "m"),
           bytes[start + 2] == UInt8(ascii: "l") { throw Unsupported() }
        var index = start
        while index < range.upperBound {
            if bytes[index] == UInt8(ascii: ":") { throw Unsupported() }
            index += 1
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// A quoted attribute value, `at` on its quote: no `<`, no literal tab or line break (libxml2 normalises
    /// them to spaces), references replaced.
    mutating func attributeValue() throws(Unsupported) -> String {
        let quote = peek()
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { throw Unsupported() }
        at += 1
        let start = at
        var hasReference = false
        while !atEnd, peek() != quote {
            switch peek() {
            case UInt8(ascii: "<"), 0x00...0x1F: throw Unsupported()  // a tab, a line break, a control character
            case 0x80...0xFF: at += try Self.sequenceLength(bytes, at: at)
            case UInt8(ascii: "&"):
                hasReference = true
                var scratch: [UInt8] = []
                at = try Self.reference(bytes, at: at, into: &scratch)
            default: at += 1
            }
        }
        guard !atEnd, at - start <= Self.longestText else { throw Unsupported() }
        let value = text(CharacterData(range: start..<at, hasReference: hasReference))
        at += 1
        return value
    }

    /// The reference at `index` (`&amp;` `&lt;` `&gt;` `&quot;` `&apos;`, `&#…;`, `&#x…;` of a character XML
    /// allows) appended to `out` as UTF-8; returns the index after its `;`.
    static func reference(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, into out: inout [UInt8]) throws(Unsupported) -> Int {
        var end = index + 1
        while end < bytes.count, end - index <= 12, bytes[end] != UInt8(ascii: ";") { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ";") else { throw Unsupported() }
        let body = UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end])
        if body.elementsEqual("amp".utf8) { out.append(UInt8(ascii: "&")) }
        else if body.elementsEqual("lt".utf8) { out.append(UInt8(ascii: "<")) }
        else if body.elementsEqual("gt".utf8) { out.append(UInt8(ascii: ">")) }
        else if body.elementsEqual("quot".utf8) { out.append(UInt8(ascii: "\"")) }
        else if body.elementsEqual("apos".utf8) { out.append(UInt8(ascii: "'")) }
        else {
            guard body.count >= 2, body[0] == UInt8(ascii: "#") else { throw Unsupported() }
            let hex = body[1] == UInt8(ascii: "x")
            let digits = body.dropFirst(hex ? 2 : 1)
            guard !digits.isEmpty, digits.count <= 8,
                  let value = UInt32(String(decoding: digits, as: UTF8.self), radix: hex ? 16 : 10),
                  let scalar = Unicode.Scalar(value),
                  value == 0x9 || value == 0xA || value == 0xD || (value >= 0x20 && value != 0xFFFE && value != 0xFFFF)
            else { throw Unsupported() }
            // `UInt32(_:radix:)` takes a sign; a reference never has one.
            guard digits.allSatisfy({ $0 != UInt8(ascii: "+") && $0 != UInt8(ascii: "-") }) else { throw Unsupported() }
            out.append(contentsOf: String(Character(scalar)).utf8)
        }
        return end + 1
    }
}
