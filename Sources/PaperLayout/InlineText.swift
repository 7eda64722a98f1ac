import Foundation
import DocumentTree
import WriterSupport
import PDFDrawing

/// A paragraph's inline content (text, `strong`/`b`, `em`/`i`/`cite`, `u`, `br`) as words to set: white space
/// collapsed as HTML collapses it (as the ODT writer's `ODFInline` does), text in NFC, control characters as
/// U+FFFD. A word is what lies between two plain spaces (U+0020): Vietnamese breaks a line only there, never at a
/// no-break space (U+00A0, which `NoBreakSpacing` puts between a number and its unit, or inside a name).
struct InlineText {
    /// A run of one face inside a word.
    struct Piece: Equatable {
        var text: String
        var face: FaceStyle
        var underline: Bool
    }

    /// A word, or a forced line break (`br`).
    enum Token: Equatable {
        case word([Piece])
        /// The space between two words, in the face of the text it stands in.
        case space(FaceStyle, underline: Bool)
        case lineBreak
    }

    private(set) var tokens: [Token] = []
    private var pieces: [Piece] = []
    private var pendingSpace: (FaceStyle, Bool)?
    private var atLineStart = true

    /// The words of `nodes`, with `bold`/`italic`/`underline` the paragraph style's own.
    init(_ nodes: ArraySlice<Node>, bold: Bool = false, italic: Bool = false, underline: Bool = false, uppercase: Bool = false) {
        for node in nodes { collect(node, bold: bold, italic: italic, underline: underline, uppercase: uppercase) }
        endWord()
    }

    /// Whether nothing visible is set (an empty paragraph still takes one line).
    var isEmpty: Bool { tokens.isEmpty }

    private mutating func collect(_ node: Node, bold: Bool, italic: Bool, underline: Bool, uppercase: Bool) {
        switch node {
        case .text(let text):
            let face = FaceStyle(bold: bold, italic: italic)
            let clean = Self.clean(uppercase ? text.uppercased() : text)
            // The words between white space, sliced from the text (no character appended one by one).
            let scalars = clean.unicodeScalars
            var start = scalars.startIndex
            var index = start
            while index < scalars.endIndex {
                let scalar = scalars[index]
                if Self.isWhiteSpace(scalar) {
                    if start < index { pieces.append(Piece(text: String(scalars[start..<index]), face: face, underline: underline)) }
                    endWord()
                    if !atLineStart { pendingSpace = (face, underline) }
                    start = scalars.index(after: index)
                } else if start == index {
                    if let space = pendingSpace {
                        tokens.append(.space(space.0, underline: space.1 && underline))
                        pendingSpace = nil
                    }
                    atLineStart = false
                }
                index = scalars.index(after: index)
            }
            if start < scalars.endIndex { pieces.append(Piece(text: String(scalars[start...]), face: face, underline: underline)) }
        case .element(let element):
            switch element.name {
            case "br":
                endWord()
                pendingSpace = nil
                atLineStart = true
                tokens.append(.lineBreak)
            default:
                // What the element asks of its text, as the ODT and DOCX writers read it (one mapping, WriterSupport).
                let format = InlineFormat.of(element: element.name)
                for child in element.children {
                    collect(child, bold: bold || format.contains(.bold), italic: italic || format.contains(.italic),
                            underline: underline || format.contains(.underline), uppercase: uppercase)
                }
            }
        }
    }

    private mutating func endWord() {
        guard !pieces.isEmpty else { return }
        // Pieces of one face that follow each other are one run.
        var merged: [Piece] = []
        for piece in pieces {
            if let last = merged.last, last.face == piece.face, last.underline == piece.underline {
                merged[merged.count - 1].text += piece.text
            } else {
                merged.append(piece)
            }
        }
        tokens.append(.word(merged))
        pieces = []
    }

    /// `text` in NFC, each control character (other than the white space handled above) as U+FFFD, the invisible
    /// format characters (the word joiner `YearRange` puts in "2020 -⁠ 2025", zero-width spaces and joiners, the soft
    /// hyphen, the byte-order mark) left out: they print nothing, and the font has no glyph for them.
    static func clean(_ text: String) -> String {
        // Most text is already clean: no control character, nothing invisible, nothing NFC would change.
        var needsNFC = false
        var needsCleaning = false
        for scalar in text.unicodeScalars {
            if isControl(scalar) || isInvisible(scalar) { needsCleaning = true }
            if !isStableUnderNFC(scalar) { needsNFC = true }
        }
        let normalized = needsNFC ? text.precomposedStringWithCanonicalMapping : text
        guard needsCleaning else { return normalized }
        var out = ""
        for scalar in normalized.unicodeScalars where !isInvisible(scalar) {
            out.unicodeScalars.append(isControl(scalar) ? "\u{FFFD}" : scalar)
        }
        return out
    }

    /// A scalar NFC leaves as it is wherever it stands: Latin-1 and Latin Extended-A/B below the combining marks,
    /// Vietnamese's precomposed letters (U+1EA0–U+1EF9), the general punctuation Party papers use. Anything else
    /// (a combining mark, a singleton such as U+212B) sends the text through the full normalization.
    static func isStableUnderNFC(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x300, 0x1EA0...0x1EF9, 0x2010...0x2027, 0x2030...0x205E, 0x2060, 0x20AB: true
        default: false
        }
    }

    /// A format character that prints nothing: word joiner, zero-width space/non-joiner/joiner, soft hyphen, BOM.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2060, 0x200B, 0x200C, 0x200D, 0x00AD, 0xFEFF: true
        default: false
        }
    }

    /// HTML's white space: where words end.
    static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}"
    }

    /// A control character (Unicode category Cc: U+0000–U+001F, U+007F–U+009F) other than white space, or a
    /// noncharacter U+FFFE, U+FFFF.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if isWhiteSpace(scalar) { return false }
        return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF
    }
}
