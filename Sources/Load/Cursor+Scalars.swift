import CongressModel
import Diagnostics
import Foundation
import Vietnamese
import Yams

extension Cursor {
    /// An integer within `minimum...maximum`. The maximum defaults to the cap on any count of people, ballots or
    /// votes (`IntegerBounds.count`): no integer of the file is unbounded, so no figure can overflow a sum later.
    ///
    /// Integers are decimal, as the YAML 1.2 core schema reads `[-+]?[0-9]+`: `010` is 10 (never YAML 1.1's
    /// octal 8), `+5` is 5. The core schema's `0x1F` and `0o17` are integers too, but no count of a congress is
    /// written in hexadecimal or octal: they are refused with the decimal form (DH130), never read silently.
    func integer(minimum: Int = Int.min, maximum: Int = IntegerBounds.count) -> Int? {
        guard kind == .integer, let raw = rawScalar else {
            wrongType(.integer)
            return nil
        }
        let digits = raw.utf8.drop { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            let radix = raw.hasPrefix("0x") ? 16 : 8
            error(.nonDecimalInteger(key: path, found: raw, decimal: Int(raw.dropFirst(2), radix: radix).map(String.init)))
            return nil
        }
        // Digits too many for 64 bits (99999999999999999999) are out of range, not of the wrong type.
        guard let value = Int(raw) else {
            error(.outOfRange(key: path, minimum: minimum, maximum: maximum, found: raw))
            return nil
        }
        if value < minimum || value > maximum {
            error(.outOfRange(key: path, minimum: minimum, maximum: maximum, found: String(value)))
            return nil
        }
        return value
    }

    /// `true` or `false` (`True`, `TRUE` …; the core schema's booleans, not YAML 1.1's yes/no/on/off).
    func boolean() -> Bool? {
        guard kind == .boolean, let raw = rawScalar else {
            wrongType(.boolean)
            return nil
        }
        return raw.first == "t" || raw.first == "T"
    }

    /// A date `YYYY-MM-DD` that exists, read from the raw scalar (Yams would make a timestamp of it).
    func date() -> CalendarDate? {
        guard let raw = scalarText(expecting: .date) else { return nil }
        let parts = raw.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              let date = CalendarDate(year: y, month: m, day: d) else {
            error(.impossibleDate(text: raw))
            return nil
        }
        return date
    }

    /// A time `HH:MM` (or `H:MM`), quoted or not (the raw text is used).
    func time() -> ClockTime? {
        guard let raw = scalarText(expecting: .time) else { return nil }
        let parts = raw.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let h = Int(parts[0]), let m = Int(parts[1]), let time = ClockTime(hour: h, minute: m) else {
            error(.invalidTime(text: raw))
            return nil
        }
        return time
    }

    /// One of an enumeration's raw values; anything else is reported with the allowed set.
    func choice<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> E? where E.RawValue == String {
        guard let raw = scalarText(expecting: .text) else { return nil }
        guard let value = E(rawValue: raw) else {
            error(.invalidValue(key: path, allowed: E.allCases.map(\.rawValue), found: raw))
            return nil
        }
        return value
    }

    /// A person id referred to from outside `people`; it is checked against `people` once they are all read.
    func personReference() -> PersonID? {
        guard let raw = scalarText(expecting: .text) else { return nil }
        guard CombiningMarkRun.first(in: raw) == nil else {
            error(.combiningMarkRun(key: path, limit: CombiningMarkRun.limit))
            return nil
        }
        let id = PersonID(VietnameseText.normalized(raw))
        context.refer(to: id, at: location)
        return id
    }

    /// A list of person references.
    func personReferences() -> [PersonID]? {
        list()?.compactMap { $0.personReference() }
    }

    /// The raw text of a non-null scalar, or a wrong-type diagnostic naming `expected`.
    func scalarText(expecting expected: ValueKind) -> String? {
        guard let raw = rawScalar, kind != .nothing else {
            wrongType(expected)
            return nil
        }
        return raw
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
