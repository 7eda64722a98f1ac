import Foundation

/// The paper's font, Liberation Serif (metric-compatible with Times New Roman, the font Hướng dẫn 36-HD/VPTW
/// asks for), in its four faces: the layout's `TextMetrics` and the PDF writer's glyphs.
public final class FontFaces: TextMetrics, Sendable {
    /// Where Debian's fonts-liberation2 (and the older fonts-liberation) put the faces.
    public static let defaultFolders = ["/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation"]

    /// The faces by `FaceStyle.rawValue`.
    let faces: [TrueTypeFace]

    public init(regular: TrueTypeFace, bold: TrueTypeFace, italic: TrueTypeFace, boldItalic: TrueTypeFace) {
        faces = [regular, bold, italic, boldItalic]
    }

    /// Liberation Serif's four faces from the first of `folders` that has each file.
    /// Throws `FontFaceError.missing` naming the file and the package when a face is nowhere.
    public static func liberationSerif(folders: [String] = defaultFolders) throws -> FontFaces {
        func load(_ suffix: String) throws -> TrueTypeFace {
            let file = "LiberationSerif-\(suffix).ttf"
            for folder in folders {
                let path = (folder as NSString).appendingPathComponent(file)
                if FileManager.default.fileExists(atPath: path) { return try TrueTypeFace(path: path) }
            }
            throw FontFaceError.missing(file: file, folders: folders)
        }
        return FontFaces(regular: try load("Regular"), bold: try load("Bold"),
                         italic: try load("Italic"), boldItalic: try load("BoldItalic"))
    }

    /// The TrueType face drawn for `style`.
    public func face(_ style: FaceStyle) -> TrueTypeFace { faces[style.rawValue] }

    @inline(__always) public func advance(of scalar: Unicode.Scalar, in face: FaceStyle) -> Double {
        faces[face.rawValue].advanceEm(of: scalar)
    }

    public func width(of text: Substring, in face: FaceStyle, sizePt: Double) -> Double {
        let face = faces[face.rawValue]
        var ems = 0.0
        for scalar in text.unicodeScalars { ems += face.advanceEm(of: scalar) }
        return ems * sizePt
    }

    /// Win ascent/descent of the regular face (LibreOffice's line: 1825/2048 and 443/2048 for Liberation Serif).
    public var ascenderEm: Double { Double(faces[0].winAscent) / Double(faces[0].unitsPerEm) }
    public var descenderEm: Double { Double(faces[0].winDescent) / Double(faces[0].unitsPerEm) }
}
