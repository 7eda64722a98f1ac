/// Escaping for XHTML that is read both as XML and as HTML (polyglot markup).
public enum HTMLEscaping {
    /// Text content: `&`, `<` and `>` (so `]]>` can never appear) as entities.
    public static func text(_ value: String) -> String {
        escape(value) { scalar in
            switch scalar {
            case "&": return "&amp;"
            case "<": return "&lt;"
            case ">": return "&gt;"
            default: return nil
            }
        }
    }

    /// A double-quoted attribute value: `&`, `<`, `"`, and tab/line breaks as character references
    /// (so that attribute-value normalisation cannot turn them into spaces).
    public static func attribute(_ value: String) -> String {
        escape(value) { scalar in
            switch scalar {
            case "&": return "&amp;"
            case "<": return "&lt;"
            case "\"": return "&quot;"
            case "\t": return "&#9;"
            case "\n": return "&#10;"
            case "\r": return "&#13;"
            default: return nil
            }
        }
    }

    /// The stylesheet inside `<style>`: read as raw text by HTML and as parsed text by XML, so `<` and
    /// `&` (which would mean different things to each) become CSS escapes, valid in CSS strings and names.
    static func stylesheet(_ css: String) -> String {
        escape(css) { scalar in
            switch scalar {
            case "<": return "\\3c "
            case "&": return "\\26 "
            default: return nil
            }
        }
    }
}

private extension HTMLEscaping {
    /// Applies `replacement`; characters XML 1.0 forbids (C0 controls other than tab, LF, CR;
    /// U+FFFE, U+FFFF) become U+FFFD so the output is always well-formed.
    static func escape(_ value: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            if let replaced = replacement(scalar) {
                result += replaced
            } else if isForbidden(scalar) {
                result.unicodeScalars.append("\u{FFFD}")
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r")
            || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }
}
