import CongressModel
import Foundation

/// `people:` — everyone named in the file, by id.
enum PeopleReader {
    static var keys: [String] { CongressFields.person.keys }

    static func people(_ cursor: Cursor) -> [Person]? {
        guard let entries = cursor.list() else { return nil }
        let people = entries.map(person)
        cursor.context.knownIDs = entries.compactMap { entry in
            entry.node.mapping?["id"]?.string.map { PersonID(entry.context.lineBreaks.restored($0)) }
        }.filter { cursor.context.idLocations[$0] != nil }
        return people.contains { $0 == nil } ? nil : people.compactMap { $0 }
    }

    static func person(_ cursor: Cursor) -> Person? {
        guard let map = cursor.map(keys: keys) else { return nil }
        let id = map.required("id").flatMap(self.id)
        let name = map.required("name")?.text()
        let gender = optional(map, "gender") { $0.choice(Gender.self) }
        let birthYear = optional(map, "birth_year") { $0.integer(minimum: 1900, maximum: 2100) }
        let ethnicity = optional(map, "ethnicity") { $0.text() }
        let education = optional(map, "education") { $0.choice(Education.self) }
        let schooling = optional(map, "general_education") { $0.choice(GeneralEducation.self) }
        let theory = optional(map, "theory") { $0.choice(PoliticalTheory.self) }
        let joined = optional(map, "joined") { $0.date() }
        let membership = optional(map, "membership") { $0.choice(Membership.self) }
        let position = optional(map, "position") { $0.text() }
        let unit = optional(map, "unit") { $0.text() }
        let expertise = optional(map, "expertise") { $0.text() }
        guard let id, let name, let gender, let birthYear, let ethnicity, let education, let schooling, let theory, let joined,
              let membership, let position, let unit, let expertise else { return nil }
        var person = Person(id: id, name: name, gender: gender, birthYear: birthYear, ethnicity: ethnicity,
                            education: education, politicalTheory: theory, joinedParty: joined, membership: membership,
                            position: position, unit: unit)
        person.generalEducation = schooling
        person.expertise = expertise
        return person
    }

    /// An id `[a-z0-9_-]+`; its location is kept for the duplicate check.
    static func id(_ cursor: Cursor) -> PersonID? {
        guard let raw = cursor.scalarText(expecting: .text) else { return nil }
        guard Identifier.isValid(raw) else {
            cursor.error(.invalidID(id: raw))
            return nil
        }
        let id = PersonID(raw)
        if cursor.context.idLocations[id] != nil {
            cursor.error(.duplicateID(id: raw))
        } else {
            cursor.context.idLocations[id] = cursor.location
        }
        return id
    }

    /// An optional field: `.some(nil)` when absent, `nil` when present but invalid.
    static func optional<T>(_ map: MapCursor, _ key: String, _ read: (Cursor) -> T?) -> T?? {
        guard let cursor = map.optional(key) else { return .some(nil) }
        guard let value = read(cursor) else { return nil }
        return .some(value)
    }
}
