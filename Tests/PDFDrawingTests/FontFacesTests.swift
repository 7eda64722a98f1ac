import Foundation
import Testing
@testable import PDFDrawing

/// The four Liberation Serif faces read by hand: advances, vertical metrics and the errors of a missing or
/// malformed file.
@Suite("Font faces")
struct FontFacesTests {
    static let faces = Result { try FontFaces.liberationSerif() }

    /// "Đảng Cộng sản Việt Nam" at 14 pt in each face. The hmtx sums were read independently of this module
    /// with a 60-line /usr/bin/python3 `struct` reader of the cmap (3,1) format 4 and hmtx tables
    /// (fonts-liberation2 2.1.5): 21159, 22188, 21049 and 21736 units of 2048.
    @Test("the width of the Party's name is the sum of the font's own advances, in every face")
    func partyNameWidth() throws {
        let faces = try Self.faces.get()
        let name: Substring = "Đảng Cộng sản Việt Nam"
        let units: [FaceStyle: Double] = [.regular: 21159, .bold: 22188, .italic: 21049, .boldItalic: 21736]
        for (face, sum) in units {
            #expect(abs(faces.width(of: name, in: face, sizePt: 14) - sum * 14 / 2048) < 1e-9, "\(face)")
        }
        // 144.64 pt in the regular face; the same as a scalar-by-scalar sum through the protocol's default.
        #expect(abs(faces.width(of: name, in: .regular, sizePt: 14) - 144.6416015625) < 1e-9)
        let bySum = name.unicodeScalars.reduce(0.0) { $0 + faces.advance(of: $1, in: .regular) } * 14
        #expect(abs(bySum - 144.6416015625) < 1e-9)
    }

    @Test("single advances: space 512, Đ 1479, digits 1024 units of 2048 (Times New Roman's widths)")
    func singleAdvances() throws {
        let faces = try Self.faces.get()
        #expect(faces.advance(of: " ", in: .regular) == 512.0 / 2048)
        #expect(faces.advance(of: "Đ", in: .regular) == 1479.0 / 2048)
        for digit in "0123456789".unicodeScalars { #expect(faces.advance(of: digit, in: .bold) == 0.5) }
        // A scalar the font lacks takes .notdef's advance, glyph 0.
        let notdef = faces.face(.regular)
        #expect(notdef.glyph(of: "\u{10FFFD}") == 0 && notdef.glyph(of: "\u{E000}") == 0)
        #expect(faces.advance(of: "\u{10FFFD}", in: .regular) == Double(notdef.advance(ofGlyph: 0)) / 2048)
        #expect(notdef.advance(ofGlyph: 0) == 1593)
        // A default-ignorable character the font lacks is 0 wide (the word joiner NoBreakSpacing puts after a dash,
        // BOM, a variation selector, a tag), in every face; the zero-width space and the soft hyphen have glyphs of
        // their own (cmap: glyphs 2008 and 111, read with the same independent reader).
        for face in FaceStyle.allCases {
            #expect(faces.face(face).glyph(of: "\u{200B}") == 2008 && faces.advance(of: "\u{200B}", in: face) == 0)
            for ignorable: Unicode.Scalar in ["\u{2060}", "\u{FEFF}", "\u{FE0F}", "\u{E0041}"] {
                #expect(faces.advance(of: ignorable, in: face) == 0, "U+\(String(ignorable.value, radix: 16)) in \(face)")
                #expect(faces.face(face).isInvisible(ignorable))
            }
            #expect(!faces.face(face).isInvisible("\u{AD}") && !faces.face(face).isInvisible("😀"))
        }
    }

    @Test("vertical metrics as LibreOffice sets a line: win ascent 1825, descent 443 of 2048")
    func verticalMetrics() throws {
        let faces = try Self.faces.get()
        #expect(faces.ascenderEm == 1825.0 / 2048 && faces.descenderEm == 443.0 / 2048)
        #expect(String(format: "%.3f %.3f", faces.ascenderEm, faces.descenderEm) == "0.891 0.216")
        #expect(faces.face(.regular).postScriptName == "LiberationSerif")
        #expect(faces.face(.boldItalic).postScriptName == "LiberationSerif-BoldItalic")
        #expect(faces.face(.italic).italicAngle < 0 && faces.face(.regular).italicAngle == 0)
        #expect(faces.face(.bold).weightClass == 700 && faces.face(.regular).weightClass == 400)
    }

    @Test("a missing face names the file, the folders and the Debian package")
    func missingFace() {
        #expect(throws: FontFaceError.missing(file: "LiberationSerif-Regular.ttf", folders: ["/nonexistent"])) {
            try FontFaces.liberationSerif(folders: ["/nonexistent"])
        }
        let message = FontFaceError.missing(file: "LiberationSerif-Regular.ttf", folders: ["/nonexistent"]).description
        #expect(message.contains("fonts-liberation2") && message.contains("/nonexistent"))
    }

    /// Every prefix of the real file, and the real file with bytes overwritten, either loads or throws.
    @Test("a truncated or damaged font file throws, never crashes")
    func malformedFiles() throws {
        let path = try Self.faces.get().face(.regular).file.path
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        for length in [0, 3, 12, 100, 400, 2000, bytes.count / 3, bytes.count / 2, bytes.count - 1] {
            #expect(throws: FontFaceError.self) { try TrueTypeFace(bytes: Array(bytes.prefix(length)), path: "cut.ttf") }
        }
        #expect(throws: FontFaceError.self) { try TrueTypeFace(bytes: Array("OTTO and more bytes".utf8), path: "cff.otf") }
        // Damage: every 16-bit word of the table directory and of each small table set to 0xFFFF in turn.
        var thrown = 0, loaded = 0
        for offset in stride(from: 0, to: min(bytes.count - 1, 12 + 16 * 19 + 600), by: 2) {
            var damaged = bytes
            damaged[offset] = 0xFF
            damaged[offset + 1] = 0xFF
            if (try? TrueTypeFace(bytes: damaged, path: "damaged.ttf")) == nil { thrown += 1 } else { loaded += 1 }
        }
        #expect(thrown > 0 && loaded > 0)
    }
}
