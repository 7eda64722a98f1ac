import Foundation

/// Text of the document tree as Typst source: every run of text becomes a Typst string literal
/// (`#"…"`), never markup, so no character of the data can mean anything to Typst (data is never code).
///
/// Inside a string literal only `\` and `"` have a meaning; both are escaped, every control character
/// becomes U+FFFD (as in the HTML writer) and tab, LF and CR a space, so a run can never close its literal or start an expression. Markup's own
/// specials (`# $ * _ ` < > @ [ ] / ~ = - +`, `//` comments, URLs that markup would link) never reach the
/// markup parser. The text is set in NFC (Vietnamese precomposed), as the ODT and HTML writers' readers see it.
enum TypstText {
    /// `text` as an embedded Typst string literal: `#"…"`.
    static func literal(_ text: String) -> String {
        "#" + quoted(text)
    }

    /// `text` as a Typst string literal in code: `"…"`, in NFC.
    static func quoted(_ text: String) -> String {
        let normalized = text.precomposedStringWithCanonicalMapping
        var out = "\""
        out.reserveCapacity(normalized.utf8.count + 2)
        for scalar in normalized.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n", "\r", "\t": out += " "
            default:
                if scalar.properties.generalCategory == .control || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A length in Typst: at most three decimals, locale-independent, without trailing zeros (`14pt`, `10.5mm`).
    static func length(_ value: Double, _ unit: String) -> String { number(value) + unit }

    /// `value` with at most three decimals, written the same on every machine.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let thousandths = Int64((value * 1000).rounded())
        let sign = thousandths < 0 ? "-" : ""
        let magnitude = thousandths.magnitude
        var result = sign + String(magnitude / 1000)
        let fraction = magnitude % 1000
        if fraction != 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: 3 - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            result += "." + digits
        }
        return result
    }
}
