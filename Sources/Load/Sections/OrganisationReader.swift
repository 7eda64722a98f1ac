import CongressModel

/// `organisation:` and `congress:` — who holds the congress and which congress it is.
enum OrganisationReader {
    static func organisation(_ cursor: Cursor) -> Organisation? {
        guard let map = cursor.map(keys: CongressFields.organisation.keys) else { return nil }
        let name = map.required("name")?.text()
        let level = map.required("level")?.choice(OrganisationLevel.self)
        let superior = map.required("superior")?.text()
        let place = map.required("place")?.text()
        guard let name, let level, let superior, let place else { return nil }
        return Organisation(name: name, level: level, superior: superior, place: place)
    }

    static func details(_ cursor: Cursor) -> CongressDetails? {
        guard let map = cursor.map(keys: CongressFields.congress.keys) else { return nil }
        let kind = map.required("kind")?.choice(CongressKind.self)
        let number = map.required("number")?.integer(minimum: 1, maximum: IntegerBounds.congressNumber)
        let term = map.required("term").flatMap(self.term)
        let venue = map.required("venue")?.text()
        guard let kind, let number, let term, let venue else { return nil }
        return CongressDetails(kind: kind, number: number, term: term, venue: venue)
    }

    /// `YYYY-YYYY` with the end after the start (quoted or not).
    static func term(_ cursor: Cursor) -> Term? {
        guard let raw = cursor.scalarText(expecting: .text) else { return nil }
        let parts = raw.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let from = Int(parts[0]), let to = Int(parts[1]), to > from else {
            cursor.error(.invalidTerm(text: raw))
            return nil
        }
        return Term(from: from, to: to)
    }
}
