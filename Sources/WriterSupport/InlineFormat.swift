/// What inline elements ask of their text — `strong`/`b` bold, `em`/`i`/`cite` italic, `u` underline — nested ones
/// adding up. The ODT writer gives each combination one text style (LibreOffice keeps only the inner of two
/// nested spans' styles), the DOCX writer one run's properties.
package struct InlineFormat: OptionSet, Hashable, Sendable {
    package let rawValue: UInt8
    package init(rawValue: UInt8) { self.rawValue = rawValue }
    package static let bold = InlineFormat(rawValue: 1)
    package static let italic = InlineFormat(rawValue: 2)
    package static let underline = InlineFormat(rawValue: 4)
    /// No formatting. Not the literal `[]`: across modules that is `SetAlgebra`'s generic `init(_:)` through its
    /// witness table, 1.86 M instructions a 300-delegate list's DOCX (callgrind), where this is a constant.
    package static var plain: InlineFormat { InlineFormat(rawValue: 0) }
    /// Whether it formats nothing (`SetAlgebra.isEmpty` is a witness call building an empty set to compare).
    package var isPlain: Bool { rawValue == 0 }

    /// What the inline element `name` adds, empty for one that formats nothing (`span`, `a` …).
    package static func of(element name: String) -> InlineFormat {
        switch name {
        case "strong", "b": return .bold
        case "em", "i", "cite": return .italic   // a title cited, italic as browsers print it
        case "u": return .underline
        default: return .plain
        }
    }
}
