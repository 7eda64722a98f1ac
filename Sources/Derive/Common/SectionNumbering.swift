import Template
import Vietnamese

/// Numbers the sections of one part that are shown, in order ("I", "II" … or, for subpoints, "1", "2" …);
/// a section left out is `false` and takes no number.
struct SectionNumbering {
    enum Style { case roman, arabic }

    let style: Style
    private var count = 0

    init(style: Style = .roman) {
        self.style = style
    }

    /// The section with its number and `content` when `shown`, else `false`.
    mutating func section(_ shown: Bool, _ content: [String: TemplateValue]) -> TemplateValue {
        guard shown else { return .bool(false) }
        count += 1
        let number = style == .roman ? RomanNumeral.string(count) : String(count)
        return .object(TemplateFields(content.merging(["number": .string(number)]) { _, number in number }))
    }

    /// A section of Markdown prose, shown when the prose holds more than white space.
    mutating func prose(_ markdown: String?) -> TemplateValue {
        section(!(markdown ?? "").allSatisfy(\.isWhitespace), ["blocks": ProseViewModel.blocks(markdown)])
    }
}
