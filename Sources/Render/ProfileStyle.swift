import DocumentTree
import Template

/// The format profile as the print stylesheet's variables, each with its unit ("20mm", "14pt").
struct ProfileStyle: TemplateValueConvertible {
    let profile: FormatProfile

    init(_ profile: FormatProfile) { self.profile = profile }

    var templateValue: TemplateValue {
        .object([
            "page_width": .string(Self.mm(profile.pageWidthMM)),
            "page_height": .string(Self.mm(profile.pageHeightMM)),
            "margin_top": .string(Self.mm(profile.marginTopMM)),
            "margin_bottom": .string(Self.mm(profile.marginBottomMM)),
            "margin_left": .string(Self.mm(profile.marginLeftMM)),
            "margin_right": .string(Self.mm(profile.marginRightMM)),
            "font_family": .string(profile.fontFamily),
            "fallback_font": .string(profile.fallbackFontFamilies.first ?? "serif"),
            "body_size": .string(Self.pt(profile.bodySizePt)),
            "party_name_size": .string(Self.pt(profile.partyNameSizePt)),
            "header_size": .string(Self.pt(profile.headerSizePt)),
            "title_size": .string(Self.pt(profile.titleSizePt)),
            "subject_size": .string(Self.pt(profile.subjectSizePt)),
            "table_size": .string(Self.pt(profile.tableSizePt)),
            "compact_table_size": .string(Self.pt(profile.compactTableSizePt)),
            "first_line_indent": .string(Self.mm(profile.firstLineIndentMM)),
            "line_height": .string(Self.pt(profile.lineHeightPt)),
            "paragraph_spacing": .string(Self.pt(profile.paragraphSpacingPt)),
            "upper_half_sheet": .string(Self.mm(profile.upperHalfSheetMM)),
            "cut_line_clearance": .string(Self.mm(FormatProfile.cutLineClearanceMM)),
            "issuer_width": .string(Self.number(profile.headerIssuerShare * 100) + "%"),
            "national_width": .string(Self.number((1 - profile.headerIssuerShare) * 100) + "%"),
        ])
    }

    /// CSS length: "20mm", "12.5mm" (a dot, as CSS wants).
    static func mm(_ value: Double) -> String { number(value) + "mm" }
    static func pt(_ value: Double) -> String { number(value) + "pt" }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
