import Yams

/// The tag YAML 1.1 gives a plain scalar, decided by hand-written matchers instead of regular expressions.
///
/// The rules are Yams 6.2.2's `Resolver.default` (bool, int, float, merge, null, timestamp, value), tried in
/// that order, first match wins; `PlainScalarTagTests` compares the two on thousands of strings. Yams matches
/// them with one `NSRegularExpression` each, which costed more than half of loading a congress file (ICU),
/// and sharing one across threads crashes on Linux; here loads compose with `Resolver.basic` and ask this.
enum PlainScalarTag {
    /// The tag of the plain scalar `text`.
    static func resolve(_ text: String) -> Tag.Name {
        guard let first = text.utf8.first else { return .null }
        // Names, places, prose: a first character no rule starts with (most scalars of a congress file).
        guard ruleStarts.contains(first) else { return .str }
        let bytes = Array(text.utf8)
        if isBool(bytes) { return .bool }
        if isInt(bytes[...]) { return .int }
        if isFloat(bytes[...]) { return .float }
        if bytes == Array("<<".utf8) { return .merge }
        if isNull(bytes) { return .null }
        if isTimestamp(bytes) { return .timestamp }
        if bytes == [UInt8(ascii: "=")] { return .value }
        return .str
    }
}

private extension PlainScalarTag {
    typealias Bytes = ArraySlice<UInt8>

    /// The first characters of every string some rule matches (the empty string aside).
    static let ruleStarts: Set<UInt8> = Set("0123456789-+.~<=yYnNtTfFoO".utf8)

    static let bools: Set<[UInt8]> = Set(["yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False",
                                          "FALSE", "on", "On", "ON", "off", "Off", "OFF"].map { Array($0.utf8) })
    static let nulls: Set<[UInt8]> = Set(["", "~", "null", "Null", "NULL"].map { Array($0.utf8) })

    static func isBool(_ bytes: [UInt8]) -> Bool { bools.contains(bytes) }
    static func isNull(_ bytes: [UInt8]) -> Bool { nulls.contains(bytes) }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func all(_ bytes: Bytes, _ allowed: (UInt8) -> Bool) -> Bool { bytes.allSatisfy(allowed) }

    /// `bytes` without one leading `-` or `+`.
    static func unsigned(_ bytes: Bytes) -> Bytes {
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { return bytes.dropFirst() }
        return bytes
    }

    /// `bytes` starts with `prefix`; returns the rest.
    static func after(_ prefix: String, in bytes: Bytes) -> Bytes? {
        let head = Array(prefix.utf8)
        guard bytes.starts(with: head) else { return nil }
        return bytes.dropFirst(head.count)
    }

    /// `[-+]?0b[0-1_]+ | [-+]?0o?[0-7_]+ | [-+]?(?:0|[1-9][0-9_]*) | [-+]?0x[0-9a-fA-F_]+ | [-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+`
    static func isInt(_ bytes: Bytes) -> Bool {
        let body = unsigned(bytes)
        if let rest = after("0b", in: body), !rest.isEmpty, all(rest, { $0 == 0x30 || $0 == 0x31 || $0 == 0x5F }) { return true }
        let octal = { (b: UInt8) in (b >= 0x30 && b <= 0x37) || b == 0x5F }
        if let rest = after("0o", in: body), !rest.isEmpty, all(rest, octal) { return true }
        if let rest = after("0", in: body), !rest.isEmpty, all(rest, octal) { return true }
        if body.elementsEqual([0x30]) { return true }
        if let first = body.first, first >= 0x31, first <= 0x39, all(body.dropFirst(), { isDigit($0) || $0 == 0x5F }) { return true }
        let hex = { (b: UInt8) in isDigit(b) || (b >= 0x61 && b <= 0x66) || (b >= 0x41 && b <= 0x46) || b == 0x5F }
        if let rest = after("0x", in: body), !rest.isEmpty, all(rest, hex) { return true }
        if let first = body.first, first >= 0x31, first <= 0x39, let rest = sexagesimalHead(body), isSexagesimalTail(rest) { return true }
        return false
    }

    /// `[-+]?(?:[0-9][0-9_]*)(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)? | \.[0-9_]+(?:[eE][-+][0-9]+)?
    ///  | [-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]* | [-+]?\.(?:inf|Inf|INF) | \.(?:nan|NaN|NAN)`
    static func isFloat(_ bytes: Bytes) -> Bool {
        let body = unsigned(bytes)
        if isDecimal(body) { return true }
        if bytes.first == 0x2E, isDotFraction(bytes.dropFirst()) { return true }
        if let first = body.first, isDigit(first), let rest = sexagesimalHead(body),
           let dot = rest.firstIndex(of: 0x2E), isSexagesimalTail(rest[..<dot]),
           all(rest[(dot + 1)...], { isDigit($0) || $0 == 0x5F }) { return true }
        if let rest = after(".", in: body), ["inf", "Inf", "INF"].contains(where: { rest.elementsEqual($0.utf8) }) { return true }
        if ["nan", "NaN", "NAN"].contains(where: { bytes.elementsEqual(".\($0)".utf8) }) { return true }
        return false
    }

    /// `[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?`
    static func isDecimal(_ bytes: Bytes) -> Bool {
        guard let first = bytes.first, isDigit(first) else { return false }
        var rest = bytes.dropFirst()
        rest = rest.drop { isDigit($0) || $0 == 0x5F }
        if rest.first == 0x2E { rest = rest.dropFirst().drop { isDigit($0) || $0 == 0x5F } }
        if rest.isEmpty { return true }
        guard rest.first == 0x65 || rest.first == 0x45 else { return false }
        let exponent = unsigned(rest.dropFirst())
        return !exponent.isEmpty && all(exponent, isDigit)
    }

    /// After the dot of `\.[0-9_]+(?:[eE][-+][0-9]+)?`.
    static func isDotFraction(_ bytes: Bytes) -> Bool {
        let digits = bytes.prefix { isDigit($0) || $0 == 0x5F }
        guard !digits.isEmpty else { return false }
        let rest = bytes.dropFirst(digits.count)
        if rest.isEmpty { return true }
        guard rest.first == 0x65 || rest.first == 0x45, rest.count >= 3,
              rest[rest.startIndex + 1] == 0x2D || rest[rest.startIndex + 1] == 0x2B else { return false }
        return all(rest.dropFirst(2), isDigit)
    }

    /// `[0-9][0-9_]*` at the start of `bytes` (the caller checked the first digit); returns what follows.
    static func sexagesimalHead(_ bytes: Bytes) -> Bytes? {
        let rest = bytes.dropFirst().drop { isDigit($0) || $0 == 0x5F }
        return rest.first == 0x3A ? rest : nil
    }

    /// `(?::[0-5]?[0-9])+` exactly.
    static func isSexagesimalTail(_ bytes: Bytes) -> Bool {
        var rest = bytes
        guard !rest.isEmpty else { return false }
        while !rest.isEmpty {
            guard rest.first == 0x3A else { return false }
            rest = rest.dropFirst()
            let digits = rest.prefix(while: isDigit)
            guard digits.count == 1 || (digits.count == 2 && digits.first! <= 0x35) else { return false }
            rest = rest.dropFirst(digits.count)
        }
        return true
    }

    /// `[0-9]{4}-[0-9]{2}-[0-9]{2} | [0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?
    ///  (?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?`
    static func isTimestamp(_ bytes: [UInt8]) -> Bool {
        var scanner = Scanner(bytes: bytes[...])
        guard scanner.digits(4...4), scanner.take(0x2D) else { return false }
        let date = scanner
        var plain = date
        if plain.digits(2...2), plain.take(0x2D), plain.digits(2...2), plain.atEnd { return true }
        guard scanner.digits(1...2), scanner.take(0x2D), scanner.digits(1...2) else { return false }
        if !scanner.take(0x54), !scanner.take(0x74) {
            guard scanner.spaces() > 0 else { return false }
        }
        guard scanner.digits(1...2), scanner.take(0x3A), scanner.digits(2...2), scanner.take(0x3A), scanner.digits(2...2) else { return false }
        if scanner.take(0x2E) { _ = scanner.digits(0...Int.max) }
        if scanner.atEnd { return true }
        _ = scanner.spaces()
        if scanner.take(0x5A) { return scanner.atEnd }
        guard scanner.take(0x2D) || scanner.take(0x2B), scanner.digits(1...2) else { return false }
        if scanner.take(0x3A) { guard scanner.digits(2...2) else { return false } }
        return scanner.atEnd
    }

    /// A cursor over bytes for the timestamp rule (greedy, as the pattern's parts cannot overlap).
    struct Scanner {
        var bytes: Bytes
        var atEnd: Bool { bytes.isEmpty }

        mutating func take(_ byte: UInt8) -> Bool {
            guard bytes.first == byte else { return false }
            bytes = bytes.dropFirst()
            return true
        }

        /// Takes as many digits as `count` allows (greedily, at most its upper bound); false if fewer than its lower bound.
        mutating func digits(_ count: ClosedRange<Int>) -> Bool {
            let run = bytes.prefix { PlainScalarTag.isDigit($0) }.prefix(count.upperBound)
            guard run.count >= count.lowerBound else { return false }
            bytes = bytes.dropFirst(run.count)
            return true
        }

        /// Takes spaces and tabs; returns how many.
        mutating func spaces() -> Int {
            let run = bytes.prefix { $0 == 0x20 || $0 == 0x09 }
            bytes = bytes.dropFirst(run.count)
            return run.count
        }
    }
}
