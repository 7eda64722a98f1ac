import DocumentTree
import WriterSupport

/// How a paragraph is set: the values the ODT writer's paragraph styles carry (`ODFStyles`), one per
/// ``ParagraphRole``, so that the built-in layout prints the format LibreOffice prints from the ODT.
struct ParagraphStyle: Sendable, Equatable {
    /// How tall a line is.
    enum LineHeight: Sendable, Equatable {
        /// Exactly so many points (running text: the profile's 18 pt).
        case exact(Double)
        /// The font's own line at 100 % (ascender + descender): tight lines of tables, the header, signatures.
        case single
    }

    var sizePt: Double
    var bold = false
    var italic = false
    var underline = false
    var uppercase = false
    var alignment: Alignment = .left
    var lineHeight: LineHeight = .single
    /// First-line indent, in points (may be negative: a hanging label).
    var firstIndentPt = 0.0
    /// Indent of every line from the left edge, in points.
    var leftIndentPt = 0.0
    var spaceBeforePt = 0.0
    var spaceAfterPt = 0.0
    /// Lines a paragraph never leaves alone at a page's foot (orphans) or head (widows); 0: tight lines, no rule.
    var widowsOrphans = 0
    /// The style keeps its paragraph with the next (titles, headings, the signature lines).
    var keepWithNext = false

    static let pointsPerMM = 72 / 25.4

    /// Running text: justified, exact line height, the paragraph spacing after, widows and orphans of 2.
    static func running(_ profile: FormatProfile, indent: Bool) -> ParagraphStyle {
        ParagraphStyle(sizePt: profile.bodySizePt, alignment: .justify, lineHeight: .exact(profile.lineHeightPt),
                       firstIndentPt: indent ? profile.firstLineIndentMM * pointsPerMM : 0,
                       spaceAfterPt: profile.paragraphSpacingPt, widowsOrphans: 2)
    }

    /// Tight lines (100 %), no space around, at `sizePt`.
    static func tight(_ sizePt: Double, alignment: Alignment, bold: Bool = false) -> ParagraphStyle {
        ParagraphStyle(sizePt: sizePt, bold: bold, alignment: alignment)
    }

    /// The style of a paragraph of `role` (`ODFStyles.paragraphStyles`).
    static func of(_ role: ParagraphRole, profile: FormatProfile) -> ParagraphStyle {
        let mm = pointsPerMM
        switch role {
        case .textBody: return running(profile, indent: true)
        case .noIndent: return running(profile, indent: false)
        case .center:
            var style = running(profile, indent: false)
            style.alignment = .center
            return style
        case .quotations:
            var style = running(profile, indent: false)
            style.leftIndentPt = profile.firstLineIndentMM * mm
            return style
        case .listParagraph: return running(profile, indent: false)
        case .recipients: return tight(12, alignment: .left)
        case .subject:
            var style = tight(profile.subjectSizePt, alignment: .center, bold: true)
            style.spaceAfterPt = 12
            style.keepWithNext = true
            return style
        case .headerLine, .superior, .star, .docNumber: return tight(profile.headerSizePt, alignment: .center)
        case .issuer: return tight(profile.headerSizePt, alignment: .center, bold: true)
        case .partyName: return tight(profile.partyNameSizePt, alignment: .center, bold: true)
        case .placeDate:
            var style = tight(profile.headerSizePt, alignment: .center)
            style.italic = true
            style.spaceBeforePt = 6
            return style
        case .tableContents: return tight(profile.tableSizePt, alignment: .left)
        case .tableHeading: return tight(profile.tableSizePt, alignment: .center, bold: true)
        case .tableNumber: return tight(profile.tableSizePt, alignment: .right)
        case .compactTableContents: return tight(profile.compactTableSizePt, alignment: .left)
        case .compactTableHeading: return tight(profile.compactTableSizePt, alignment: .center, bold: true)
        case .compactTableNumber: return tight(profile.compactTableSizePt, alignment: .right)
        case .signatureLine:
            var style = tight(profile.bodySizePt, alignment: .center)
            style.keepWithNext = true
            return style
        case .signAuthority, .signTitle, .signName:
            var style = tight(profile.bodySizePt, alignment: .center, bold: true)
            style.keepWithNext = true
            return style
        case .signSpace:
            var style = tight(profile.bodySizePt, alignment: .center)
            style.spaceAfterPt = WriterSupport.PaperLayout.signatureSpaceMM * mm
            style.keepWithNext = true
            return style
        }
    }

    /// `h1` (the title, tên loại), `h2` (bold) and `h3` and below (bold italic).
    static func heading(level: Int, profile: FormatProfile) -> ParagraphStyle {
        if level <= 1 {
            var style = tight(profile.titleSizePt, alignment: .center, bold: true)
            style.uppercase = true
            style.spaceBeforePt = 18
            style.keepWithNext = true
            return style
        }
        var style = ParagraphStyle(sizePt: profile.bodySizePt, bold: true, italic: level >= 3, alignment: .justify,
                                   lineHeight: .exact(profile.lineHeightPt),
                                   spaceBeforePt: WriterSupport.PaperLayout.headingSpaceAbovePt(level: level), spaceAfterPt: 6, keepWithNext: true)
        style.widowsOrphans = 2
        return style
    }
}
