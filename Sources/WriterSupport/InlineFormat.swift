/// What inline elements ask of their text — `strong`/`b` bold, `em`/`i` italic, `u` underline — nested ones
/// adding up. The ODT writer gives each combination one text style (LibreOffice keeps only the inner of two
/// nested spans' styles), the DOCX writer one run's properties.
package struct InlineFormat: OptionSet, Hashable, Sendable {
    package let rawValue: UInt8
    package init(rawValue: UInt8) { self.rawValue = rawValue }
    package static let bold = InlineFormat(rawValue: 1)
    package static let italic = InlineFormat(rawValue: 2)
    package static let underline = InlineFormat(rawValue: 4)

    /// What the inline element `name` adds, empty for one that formats nothing (`span`, `a` …).
    package static func of(element name: String) -> InlineFormat {
        switch name {
        case "strong", "b": return .bold
        case "em", "i": return .italic
        case "u": return .underline
        default: return []
        }
    }
}
