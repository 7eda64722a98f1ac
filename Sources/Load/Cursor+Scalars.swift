import CongressModel
import Diagnostics
import Foundation
import Vietnamese
import Yams

extension Cursor {
    /// An integer within `minimum...maximum`. The maximum defaults to the cap on any count of people, ballots or
    /// votes (`IntegerBounds.count`): no integer of the file is unbounded, so no figure can overflow a sum later.
    func integer(minimum: Int = Int.min, maximum: Int = IntegerBounds.count) -> Int? {
        guard kind == .integer else {
            wrongType(.integer)
            return nil
        }
        guard let value = node.int else {
            // Digits too many for 64 bits (99999999999999999999) are out of range, not of the wrong type.
            if let raw = rawScalar, raw.drop(while: { $0 == "-" || $0 == "+" }).allSatisfy({ $0.isASCIIDigit || $0 == "_" }) {
                error(.outOfRange(key: path, minimum: minimum, maximum: maximum, found: raw))
            } else {
                wrongType(.integer)
            }
            return nil
        }
        if value < minimum || value > maximum {
            error(.outOfRange(key: path, minimum: minimum, maximum: maximum, found: String(value)))
            return nil
        }
        return value
    }

    /// `true` or `false`.
    func boolean() -> Bool? {
        guard kind == .boolean, let value = node.bool else {
            wrongType(.boolean)
            return nil
        }
        return value
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

    /// A time `HH:MM` (or `H:MM`), quoted or not (unquoted YAML 1.1 reads it as sexagesimal; the raw text is used).
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
        let id = PersonID(raw.precomposedStringWithCanonicalMapping)
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
