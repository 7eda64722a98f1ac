import CongressModel
import Diagnostics

/// Reads the top-level map of `congress.yaml`; each section has its own reader below.
struct DocumentReader {
    let context: LoadContext

    static let keys = ["schema", "organisation", "congress", "people", "delegates", "attendance", "guests",
                       "bodies", "sessions", "discussions", "motions", "settings"]

    /// The congress, or `nil` when a required part could not be read (the diagnostics say why).
    func read(_ root: Cursor) -> Congress? {
        guard let map = root.map(keys: Self.keys) else { return nil }
        guard let schema = readSchema(map) else { return nil }
        let organisation = map.required("organisation").flatMap(OrganisationReader.organisation)
        let details = map.required("congress").flatMap(OrganisationReader.details)
        let people = map.required("people").flatMap(PeopleReader.people)
        let delegates = map.required("delegates").flatMap(DelegatesReader.delegates)
        let attendance = map.optional("attendance").flatMap(DelegatesReader.attendance)
        let guests = map.optional("guests").map(DelegatesReader.guests) ?? []
        let bodies = map.required("bodies").flatMap(DelegatesReader.bodies)
        let sessions = map.required("sessions").flatMap(SessionsReader.sessions)
        let discussions = map.optional("discussions").map(SessionsReader.discussions) ?? []
        let motions = map.optional("motions").map(SessionsReader.motions) ?? []
        let settings = map.optional("settings").map(SettingsReader.settings) ?? Settings()
        guard let organisation, let details, let people, let delegates, let bodies, let sessions else { return nil }
        return Congress(file: context.file, schema: schema, organisation: organisation, details: details,
                        people: people, delegates: delegates, declaredAttendance: attendance, guests: guests,
                        bodies: bodies, preparatorySession: sessions.preparatory, officialSession: sessions.official,
                        discussions: discussions, motions: motions, settings: settings)
    }

    /// `schema: 1`; any other version stops the load (the rest of the file may mean something else).
    private func readSchema(_ map: MapCursor) -> Int? {
        guard let cursor = map.required("schema") else { return nil }
        guard cursor.kind == .integer, cursor.node.int == 1 else {
            cursor.error(.unsupportedSchema(found: cursor.rawScalar ?? cursor.kind.name(in: .en)))
            return nil
        }
        return 1
    }
}
