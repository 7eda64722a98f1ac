/// What an inline element asks of its text (`strong`/`b`, `em`/`i`, `u`), alone or together: nested
/// elements add up, and each combination is one ODF text style (``ODFStyleName/characterStyle(_:)``).
struct CharacterStyle: OptionSet, Hashable, Sendable {
    let rawValue: UInt8
    static let bold = CharacterStyle(rawValue: 1)
    static let italic = CharacterStyle(rawValue: 2)
    static let underline = CharacterStyle(rawValue: 4)
}
