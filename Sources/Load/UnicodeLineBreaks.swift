/// NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029) are content in YAML 1.2, where
/// only LF and CR break lines, and in every editor; libyaml (YAML 1.1) breaks lines at them, which cuts a
/// plain value in two, folds them to a space in a quoted one, and shifts every later line number.
///
/// So they are swapped for three noncharacters (U+FDD0–U+FDD2) before libyaml reads the text and swapped
/// back in every scalar read from it. A text that already holds one of those noncharacters is left as it is;
/// `LineMap` then keeps the line numbers right.
struct UnicodeLineBreaks {
    private static let breaks: [UInt32] = [0x85, 0x2028, 0x2029]
    private static let placeholders: [UInt32] = [0xFDD0, 0xFDD1, 0xFDD2]

    /// Whether the text held a break and it was swapped.
    let active: Bool

    init(text: String) {
        var hasBreak = false, hasPlaceholder = false
        for scalar in text.unicodeScalars {
            if Self.breaks.contains(scalar.value) { hasBreak = true }
            if Self.placeholders.contains(scalar.value) { hasPlaceholder = true }
        }
        active = hasBreak && !hasPlaceholder
    }

    /// The text as libyaml is given it.
    func hidden(_ text: String) -> String {
        guard active else { return text }
        return Self.swap(text, from: Self.breaks, to: Self.placeholders)
    }

    /// A scalar read from the hidden text, with its breaks back.
    func restored(_ text: String) -> String {
        guard active, text.unicodeScalars.contains(where: { Self.placeholders.contains($0.value) }) else { return text }
        return Self.swap(text, from: Self.placeholders, to: Self.breaks)
    }

    private static func swap(_ text: String, from: [UInt32], to: [UInt32]) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let index = from.firstIndex(of: scalar.value), let swapped = Unicode.Scalar(to[index]) {
                out.append(swapped)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
