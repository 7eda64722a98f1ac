import Yams

/// The tag the YAML 1.2 core schema gives a plain scalar (YAML 1.2.2 §10.3.2), decided by hand-written matchers.
///
/// The core schema is what makes `010` the integer 10 (not YAML 1.1's octal 8), `09` an integer (not a float),
/// and `yes`, `on`, `1_000`, `1:30`, `2025-03-27` plain text. Our code, not Yams', because Yams 6.2.2 cannot do
/// it: it has no core-schema resolver (`Resolver.default` is YAML 1.1: yes/no/on/off booleans, `0`-prefixed
/// octal, sexagesimal, timestamps), and a resolver built from the spec's patterns (`Resolver.Rule`) matches each
/// with an `NSRegularExpression`, which costed more than half of loading a congress file (ICU) and, shared across
/// threads, crashes on Linux. Its `Node.int` is YAML 1.1 too (`0`-prefixed octal), so `Cursor.integer()` reads
/// the digits itself. Loads compose with `Resolver.basic` and ask this; `PlainScalarTagTests` compares it with a
/// `Resolver` built from the spec's own patterns on thousands of strings.
enum PlainScalarTag {
    /// The tag of the plain scalar `text`.
    static func resolve(_ text: String) -> Tag.Name {
        guard let first = text.utf8.first else { return .null }
        // Names, places, prose: a first character no rule starts with (most scalars of a congress file).
        guard ruleStarts.contains(first) else { return .str }
        let bytes = Array(text.utf8)[...]
        if nulls.contains(Array(bytes)) { return .null }
        if bools.contains(Array(bytes)) { return .bool }
        if isInt(bytes) { return .int }
        if isFloat(bytes) { return .float }
        return .str
    }
}

private extension PlainScalarTag {
    typealias Bytes = ArraySlice<UInt8>

    /// The first characters of every string some rule matches (the empty string aside).
    static let ruleStarts: Set<UInt8> = Set("0123456789-+.~nNtTfF".utf8)

    /// `null | Null | NULL | ~` (and the empty scalar).
    static let nulls: Set<[UInt8]> = Set(["~", "null", "Null", "NULL"].map { Array($0.utf8) })
    /// `true | True | TRUE | false | False | FALSE` — not YAML 1.1's yes/no/on/off.
    static let bools: Set<[UInt8]> = Set(["true", "True", "TRUE", "false", "False", "FALSE"].map { Array($0.utf8) })

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isHex(_ byte: UInt8) -> Bool { isDigit(byte) || (byte >= 0x61 && byte <= 0x66) || (byte >= 0x41 && byte <= 0x46) }
    static func isOctal(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x37 }

    /// `bytes` without one leading `-` or `+`.
    static func unsigned(_ bytes: Bytes) -> Bytes {
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { return bytes.dropFirst() }
        return bytes
    }

    /// `[-+]?[0-9]+ | 0o[0-7]+ | 0x[0-9a-fA-F]+`
    static func isInt(_ bytes: Bytes) -> Bool {
        let body = unsigned(bytes)
        if !body.isEmpty, body.allSatisfy(isDigit) { return true }
        guard bytes.count > 2, bytes[bytes.startIndex] == 0x30 else { return false }
        let rest = bytes.dropFirst(2)
        switch bytes[bytes.startIndex + 1] {
        case UInt8(ascii: "o"): return rest.allSatisfy(isOctal)
        case UInt8(ascii: "x"): return rest.allSatisfy(isHex)
        default: return false
        }
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)? | [-+]?\.(inf|Inf|INF) | \.(nan|NaN|NAN)`
    static func isFloat(_ bytes: Bytes) -> Bool {
        if ["nan", "NaN", "NAN"].contains(where: { bytes.elementsEqual(".\($0)".utf8) }) { return true }
        let body = unsigned(bytes)
        if ["inf", "Inf", "INF"].contains(where: { body.elementsEqual(".\($0)".utf8) }) { return true }
        let whole = body.prefix(while: isDigit)
        var rest = body.dropFirst(whole.count)
        if rest.first == 0x2E {
            let fraction = rest.dropFirst().prefix(while: isDigit)
            guard !whole.isEmpty || !fraction.isEmpty else { return false }
            rest = rest.dropFirst(1 + fraction.count)
        } else if whole.isEmpty {
            return false
        }
        if rest.isEmpty { return true }
        guard rest.first == 0x65 || rest.first == 0x45 else { return false }
        let exponent = unsigned(rest.dropFirst())
        return !exponent.isEmpty && exponent.allSatisfy(isDigit)
    }
}
