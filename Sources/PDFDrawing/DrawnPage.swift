/// The pages of a paper as drawn, the hand-over between the built-in layout (`PaperLayout`: document tree →
/// pages) and the PDF file writer (`PDFFileWriter`: pages → bytes). Positions are in points from the page's
/// top-left corner, y growing downwards (the PDF writer turns them into PDF's bottom-up space).
///
/// Nothing here knows a Party paper: only faces, sizes, runs of text and lines.

/// One of the four faces of the paper's font (Liberation Serif: Times New Roman's metrics).
public enum FaceStyle: Int, Sendable, CaseIterable, Hashable {
    case regular, bold, italic, boldItalic

    /// The face with `bold` and `italic` as asked.
    public init(bold: Bool, italic: Bool) {
        switch (bold, italic) {
        case (false, false): self = .regular
        case (true, false): self = .bold
        case (false, true): self = .italic
        case (true, true): self = .boldItalic
        }
    }

    public var isBold: Bool { self == .bold || self == .boldItalic }
    public var isItalic: Bool { self == .italic || self == .boldItalic }
}

/// One page: its size and what is drawn on it, in the order drawn.
public struct DrawnPage: Sendable, Equatable {
    public var widthPt: Double
    public var heightPt: Double
    public var items: [DrawnItem]

    public init(widthPt: Double, heightPt: Double, items: [DrawnItem] = []) {
        self.widthPt = widthPt
        self.heightPt = heightPt
        self.items = items
    }
}

/// One thing drawn on a page.
public enum DrawnItem: Sendable, Equatable {
    /// `text` (NFC) set in one face and size as one run, left to right from `x`, on the baseline `baseline`.
    /// A justified line is drawn as several runs (one per word or group of words), each at its own `x`.
    case text(x: Double, baseline: Double, face: FaceStyle, sizePt: Double, text: String)
    /// A straight line: a table border, the rule under the party's name, an underline, a cut line.
    /// `dashPt` is empty for a solid line, else the dash pattern (on, off …) in points.
    case line(x1: Double, y1: Double, x2: Double, y2: Double, widthPt: Double, dashPt: [Double])
}

/// What a drawn PDF says about itself.
public struct DrawnDocumentInfo: Sendable, Equatable {
    /// The document's title (`/Title`, `dc:title`).
    public var title: String
    /// The issuing body (`/Author`, `dc:creator`), if known.
    public var author: String?
    /// The paper's date (its creation and modification date, midnight UTC), if known; never the clock.
    public var date: (year: Int, month: Int, day: Int)?
    /// BCP 47 language of the text (`/Lang`), `vi` for every Party paper.
    public var language: String
    /// One outline entry (bookmark) per part: its title and the index of its first page. The file opens on
    /// its outline when there is one.
    public var bookmarks: [(title: String, pageIndex: Int)]

    public init(title: String, author: String? = nil, date: (year: Int, month: Int, day: Int)? = nil,
                language: String = "vi", bookmarks: [(title: String, pageIndex: Int)] = []) {
        self.title = title
        self.author = author
        self.date = date
        self.language = language
        self.bookmarks = bookmarks
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.title == b.title && a.author == b.author && a.language == b.language
            && a.date?.year == b.date?.year && a.date?.month == b.date?.month && a.date?.day == b.date?.day
            && a.bookmarks.map(\.title) == b.bookmarks.map(\.title) && a.bookmarks.map(\.pageIndex) == b.bookmarks.map(\.pageIndex)
    }
}

/// How wide text is, for the layout: advances and vertical metrics of the four faces, in ems.
/// `PDFDrawing.FontFaces` (the TrueType files) is the one implementation.
public protocol TextMetrics: Sendable {
    /// The advance width of `scalar` in `face`, in ems (a character the font lacks: its .notdef glyph's).
    func advance(of scalar: Unicode.Scalar, in face: FaceStyle) -> Double
    /// The width of `text` in `face` at `sizePt`, in points (the sum of its advances).
    func width(of text: Substring, in face: FaceStyle, sizePt: Double) -> Double
    /// Ascender and descender as LibreOffice uses for a line at 100 % (hhea / OS/2 win metrics), in ems,
    /// both positive (Liberation Serif: 0.891 and 0.216).
    var ascenderEm: Double { get }
    var descenderEm: Double { get }
}

extension TextMetrics {
    public func width(of text: Substring, in face: FaceStyle, sizePt: Double) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars { ems += advance(of: scalar, in: face) }
        return ems * sizePt
    }
}
